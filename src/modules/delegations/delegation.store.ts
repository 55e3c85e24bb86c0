import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { anyOf } from '../../shared/any-of';
import { bodies, delegations, organisations, powers } from '../../../schema/database/index';
import type { Database } from '../../db';
import { holdsOn, type IsoDate } from '../../shared/dates';
import { datedRowsByKey, rowsById } from '../../shared/loaders';
import { keysetPage, toPage, type PageRequest } from '../../shared/pagination';
import { inAreaTree } from '../areas/index';

export interface DelegationCriteria {
  /** A body or organisation row id: ids are UUIDs, so one value can be matched against both columns. */
  delegatorId?: string | null;
  delegateId?: string | null;
  powerId?: string | null;
  areaId?: string | null;
  asOf: IsoDate;
}

/** Delegations are listed oldest first: they have no name, and their history reads best in order. */
export const delegationSortKey = (row: { validFrom: string }) => row.validFrom;

export class DelegationStore {
  constructor(private readonly db: Database) {}

  readonly powersById = rowsById((ids) => this.db.select().from(powers).where(anyOf(powers.id, ids)));

  readonly byId = rowsById((ids) => this.db.select().from(delegations).where(anyOf(delegations.id, ids)));

  /** Keys are body or organisation ids. */
  readonly grantedBy = datedRowsByKey(
    (ids, asOf) =>
      this.inForce(asOf, or(anyOf(delegations.delegatorBodyId, ids), anyOf(delegations.delegatorOrganisationId, ids))),
    (row) => row.delegatorBodyId ?? row.delegatorOrganisationId,
  );

  /** Keys are body or organisation ids. */
  readonly receivedBy = datedRowsByKey(
    (ids, asOf) =>
      this.inForce(asOf, or(anyOf(delegations.delegateBodyId, ids), anyOf(delegations.delegateOrganisationId, ids))),
    (row) => row.delegateBodyId ?? row.delegateOrganisationId,
  );

  readonly ofPower = datedRowsByKey(
    (ids, asOf) => this.inForce(asOf, anyOf(delegations.powerId, ids)),
    (row) => row.powerId,
  );

  readonly subDelegations = datedRowsByKey(
    (ids, asOf) => this.inForce(asOf, anyOf(delegations.parentDelegationId, ids)),
    (row) => row.parentDelegationId,
  );

  allPowers() {
    return this.db.select().from(powers).orderBy(powers.code);
  }

  async page(criteria: DelegationCriteria, request: PageRequest) {
    const page = keysetPage(delegations.validFrom, delegations.id, request);
    const rows = await this.db
      .select()
      .from(delegations)
      .where(and(this.conditions(criteria), page.where))
      .orderBy(...page.orderBy)
      .limit(page.limit);
    return toPage(rows, request, delegationSortKey);
  }

  async count(criteria: DelegationCriteria): Promise<number> {
    const [row] = await this.db.select({ total: count() }).from(delegations).where(this.conditions(criteria));
    return row?.total ?? 0;
  }

  private inForce(asOf: IsoDate, condition: SQL | undefined) {
    return this.db
      .select()
      .from(delegations)
      .where(and(condition, holdsOn(delegations, asOf)))
      .orderBy(asc(delegations.validFrom), asc(delegations.id));
  }

  /** The rows a list of the API answers, so that an export writes exactly those. */
  conditions(criteria: DelegationCriteria): SQL | undefined {
    const { delegatorId, delegateId } = criteria;
    return and(
      holdsOn(delegations, criteria.asOf),
      delegatorId
        ? or(eq(delegations.delegatorBodyId, delegatorId), eq(delegations.delegatorOrganisationId, delegatorId))
        : undefined,
      delegateId
        ? or(eq(delegations.delegateBodyId, delegateId), eq(delegations.delegateOrganisationId, delegateId))
        : undefined,
      criteria.powerId ? eq(delegations.powerId, criteria.powerId) : undefined,
      criteria.areaId ? this.touchesArea(criteria.areaId) : undefined,
    );
  }

  /** Either party is a body of the area (or one within it), or an organisation based there. */
  private touchesArea(areaId: string): SQL {
    const areaBodies = this.db.select({ id: bodies.id }).from(bodies).where(inAreaTree(bodies.areaId, areaId));
    const areaOrganisations = this.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(inAreaTree(organisations.areaId, areaId));
    return or(
      inArray(delegations.delegatorBodyId, areaBodies),
      inArray(delegations.delegateBodyId, areaBodies),
      inArray(delegations.delegatorOrganisationId, areaOrganisations),
      inArray(delegations.delegateOrganisationId, areaOrganisations),
    )!;
  }
}
