import { and, count, eq, exists, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { anyOf } from '../../shared/any-of';
import { pageDateRow, readById, type ReadBeside } from '../../shared/compiled-read';
import {
  bodies,
  bodyAliases,
  bodyDocuments,
  bodyLegalStatuses,
  bodySuccessions,
  bodyWorkings,
  memberships,
} from '../../../schema/database/index';
import type { Database } from '../../db';
import { holdsOn, type IsoDate } from '../../shared/dates';
import { datedRowsByKey, rowsById, rowsByKey } from '../../shared/loaders';
import { keysetPage, toPage, type PageRequest } from '../../shared/pagination';
import { containsPattern } from '../../shared/search';
import { inAreaTree } from '../areas/index';
import type { BodyRow } from './body.type';

export interface BodyCriteria {
  areaId?: string | null;
  kinds?: BodyRow['kind'][] | null;
  levels?: BodyRow['level'][] | null;
  nameContains?: string | null;
  organisationId?: string | null;
  asOf: IsoDate;
}

const bodiesById = readById(bodies);

export class BodyStore {
  constructor(private readonly db: Database) {}

  readonly byId = rowsById((ids) => bodiesById(this.db, ids));

  readonly inArea = datedRowsByKey(
    (areaIds, asOf) =>
      this.db
        .select()
        .from(bodies)
        .where(and(inArray(bodies.areaId, areaIds), holdsOn(bodies, asOf)))
        .orderBy(bodies.name),
    (row) => row.areaId,
  );

  /** Every name a body has been known by besides its own, with their periods: callers pick those of a date. */
  readonly aliases = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(bodyAliases)
        .where(anyOf(bodyAliases.bodyId, ids))
        .orderBy(bodyAliases.validFrom, bodyAliases.alias),
    (row) => row.bodyId,
  );

  /** Every period of a body's workings, oldest first: callers pick the one of a date. */
  readonly workings = rowsByKey(
    (ids) => this.db.select().from(bodyWorkings).where(anyOf(bodyWorkings.bodyId, ids)).orderBy(bodyWorkings.validFrom),
    (row) => row.bodyId,
  );

  readonly workingsById = rowsById((ids) => this.db.select().from(bodyWorkings).where(anyOf(bodyWorkings.id, ids)));

  readonly aliasesById = rowsById((ids) => this.db.select().from(bodyAliases).where(anyOf(bodyAliases.id, ids)));

  readonly legalStatuses = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(bodyLegalStatuses)
        .where(anyOf(bodyLegalStatuses.bodyId, ids))
        .orderBy(bodyLegalStatuses.validFrom),
    (row) => row.bodyId,
  );

  readonly documents = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(bodyDocuments)
        .where(anyOf(bodyDocuments.bodyId, ids))
        .orderBy(bodyDocuments.kind, bodyDocuments.createdAt),
    (row) => row.bodyId,
  );

  /** The parts by their own ids, for writes that name one and the payloads that show it afterwards. */
  readonly legalStatusesById = rowsById((ids) =>
    this.db.select().from(bodyLegalStatuses).where(anyOf(bodyLegalStatuses.id, ids)),
  );

  readonly documentsById = rowsById((ids) => this.db.select().from(bodyDocuments).where(anyOf(bodyDocuments.id, ids)));

  readonly successionsById = rowsById((ids) =>
    this.db.select().from(bodySuccessions).where(anyOf(bodySuccessions.id, ids)),
  );

  readonly successionsFrom = rowsByKey(
    (ids) => this.db.select().from(bodySuccessions).where(anyOf(bodySuccessions.predecessorId, ids)),
    (row) => row.predecessorId,
  );

  readonly successionsTo = rowsByKey(
    (ids) => this.db.select().from(bodySuccessions).where(anyOf(bodySuccessions.successorId, ids)),
    (row) => row.successorId,
  );

  /**
   * A page of bodies, with `besides` read in the same statement: the children the query selects of each body
   * (their seats, their lines), as columns computed for the page's rows only, after its order and limit.
   */
  async page(criteria: BodyCriteria, request: PageRequest, besides: readonly ReadBeside[] = []) {
    const page = keysetPage(bodies.name, bodies.id, request);
    const columns = Object.fromEntries(besides.map(({ select }, position) => [`beside${position}`, select]));
    const query = this.db
      .select({ body: bodies, ...columns })
      .from(bodies)
      .$dynamic();
    // The date the children are read as at, as a row the page joins: their SQL is then the same text every time.
    if (besides.length) query.crossJoin(pageDateRow(criteria.asOf));
    const found: ({ body: BodyRow } & Record<string, unknown>)[] = await query
      .where(and(this.conditions(criteria), page.where))
      .orderBy(...page.orderBy)
      .limit(page.limit);
    besides.forEach(({ take }, position) => take(found.map((row) => [row.body.id, row[`beside${position}`]] as const)));
    return toPage(
      found.map(({ body }) => body),
      request,
      (row) => row.name,
    );
  }

  async count(criteria: BodyCriteria): Promise<number> {
    const [row] = await this.db.select({ total: count() }).from(bodies).where(this.conditions(criteria));
    return row?.total ?? 0;
  }

  /** The rows a list of the API answers, so that an export writes exactly those. */
  conditions(criteria: BodyCriteria): SQL | undefined {
    return and(
      holdsOn(bodies, criteria.asOf),
      criteria.areaId ? inAreaTree(bodies.areaId, criteria.areaId) : undefined,
      criteria.kinds?.length ? inArray(bodies.kind, criteria.kinds) : undefined,
      criteria.levels?.length ? inArray(bodies.level, criteria.levels) : undefined,
      criteria.nameContains ? this.nameMatches(criteria.nameContains) : undefined,
      criteria.organisationId ? this.hasMember(criteria.organisationId, criteria.asOf) : undefined,
    );
  }

  private nameMatches(text: string): SQL {
    const pattern = containsPattern(text);
    const alias = this.db
      .select({ one: sql`1` })
      .from(bodyAliases)
      .where(and(eq(bodyAliases.bodyId, bodies.id), ilike(bodyAliases.alias, pattern)));
    return or(ilike(bodies.name, pattern), exists(alias))!;
  }

  private hasMember(organisationId: string, asOf: IsoDate): SQL {
    const seat = this.db
      .select({ one: sql`1` })
      .from(memberships)
      .where(
        and(
          eq(memberships.bodyId, bodies.id),
          or(eq(memberships.memberOrganisationId, organisationId), eq(memberships.onBehalfOfId, organisationId)),
          holdsOn(memberships, asOf),
        ),
      );
    return exists(seat);
  }
}
