import { and, count, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import { anyOf } from '../../shared/any-of';
import { budgetArrangements, contributions } from '../../../schema/database/index';
import type { Database } from '../../db';
import { holdsOn, type IsoDate } from '../../shared/dates';
import { datedRowsByKey, rowsById, rowsByKey } from '../../shared/loaders';
import { keysetPage, toPage, type PageRequest } from '../../shared/pagination';
import { inAreaTree } from '../areas/index';
import type { BudgetArrangementRow } from './budget.type';

export interface BudgetArrangementCriteria {
  areaId?: string | null;
  kinds?: BudgetArrangementRow['kind'][] | null;
  contributorId?: string | null;
  hostId?: string | null;
  asOf: IsoDate;
}

export class BudgetStore {
  constructor(private readonly db: Database) {}

  readonly byId = rowsById((ids) => this.db.select().from(budgetArrangements).where(anyOf(budgetArrangements.id, ids)));

  readonly contributionsById = rowsById((ids) =>
    this.db.select().from(contributions).where(anyOf(contributions.id, ids)),
  );

  readonly inArea = datedRowsByKey(
    (ids, asOf) => this.inForce(asOf, anyOf(budgetArrangements.areaId, ids)),
    (row) => row.areaId,
  );

  readonly hostedBy = datedRowsByKey(
    (ids, asOf) => this.inForce(asOf, anyOf(budgetArrangements.hostId, ids)),
    (row) => row.hostId,
  );

  readonly governedBy = datedRowsByKey(
    (ids, asOf) => this.inForce(asOf, anyOf(budgetArrangements.governingBodyId, ids)),
    (row) => row.governingBodyId,
  );

  readonly contributionsTo = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(contributions)
        .where(anyOf(contributions.arrangementId, ids))
        .orderBy(contributions.financialYear, contributions.resourceType, contributions.id),
    (row) => row.arrangementId,
  );

  readonly contributionsBy = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(contributions)
        .where(anyOf(contributions.organisationId, ids))
        .orderBy(contributions.financialYear, contributions.arrangementId, contributions.id),
    (row) => row.organisationId,
  );

  async page(criteria: BudgetArrangementCriteria, request: PageRequest) {
    const page = keysetPage(budgetArrangements.name, budgetArrangements.id, request);
    const rows = await this.db
      .select()
      .from(budgetArrangements)
      .where(and(this.conditions(criteria), page.where))
      .orderBy(...page.orderBy)
      .limit(page.limit);
    return toPage(rows, request, (row) => row.name);
  }

  async count(criteria: BudgetArrangementCriteria): Promise<number> {
    const [row] = await this.db.select({ total: count() }).from(budgetArrangements).where(this.conditions(criteria));
    return row?.total ?? 0;
  }

  private inForce(asOf: IsoDate, condition: SQL) {
    return this.db
      .select()
      .from(budgetArrangements)
      .where(and(condition, holdsOn(budgetArrangements, asOf)))
      .orderBy(budgetArrangements.name, budgetArrangements.id);
  }

  /** The rows a list of the API answers, so that an export writes exactly those. */
  conditions(criteria: BudgetArrangementCriteria): SQL | undefined {
    return and(
      holdsOn(budgetArrangements, criteria.asOf),
      criteria.areaId ? inAreaTree(budgetArrangements.areaId, criteria.areaId) : undefined,
      criteria.kinds?.length ? inArray(budgetArrangements.kind, criteria.kinds) : undefined,
      criteria.hostId ? eq(budgetArrangements.hostId, criteria.hostId) : undefined,
      criteria.contributorId ? this.contributedBy(criteria.contributorId) : undefined,
    );
  }

  private contributedBy(organisationId: string): SQL {
    const contribution = this.db
      .select({ one: sql`1` })
      .from(contributions)
      .where(
        and(eq(contributions.arrangementId, budgetArrangements.id), eq(contributions.organisationId, organisationId)),
      );
    return exists(contribution);
  }
}
