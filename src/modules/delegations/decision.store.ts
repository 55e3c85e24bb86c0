import { and, count, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import { decisions, ratifications } from '../../../schema/database/index';
import type { Database } from '../../db';
import { rowsById, rowsByKey } from '../../shared/loaders';
import { keysetPage, toPage, type PageRequest } from '../../shared/pagination';
import type { DecisionRow } from './decision.type';

export interface DecisionCriteria {
  bodyId?: string | null;
  statuses?: DecisionRow['status'][] | null;
  awaitingRatificationBy?: string | null;
}

/** Decisions are listed in the order they were taken, like minutes. */
export const decisionSortKey = (row: { decidedOn: string }) => row.decidedOn;

export class DecisionStore {
  constructor(private readonly db: Database) {}

  readonly byId = rowsById((ids) => this.db.select().from(decisions).where(inArray(decisions.id, ids)));

  readonly ofBody = rowsByKey(
    (ids) =>
      this.db.select().from(decisions).where(inArray(decisions.bodyId, ids)).orderBy(decisions.decidedOn, decisions.id),
    (row) => row.bodyId,
  );

  readonly underDelegation = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(decisions)
        .where(inArray(decisions.delegationId, ids))
        .orderBy(decisions.decidedOn, decisions.id),
    (row) => row.delegationId,
  );

  /** Answered ones first, in the order given; pending ones last. */
  readonly ratificationsOf = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(ratifications)
        .where(inArray(ratifications.decisionId, ids))
        .orderBy(sql`${ratifications.decidedOn} NULLS LAST`, ratifications.createdAt, ratifications.id),
    (row) => row.decisionId,
  );

  readonly ratificationsBy = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(ratifications)
        .where(inArray(ratifications.organisationId, ids))
        .orderBy(sql`${ratifications.decidedOn} NULLS LAST`, ratifications.createdAt, ratifications.id),
    (row) => row.organisationId,
  );

  async page(criteria: DecisionCriteria, request: PageRequest) {
    const page = keysetPage(decisions.decidedOn, decisions.id, request);
    const rows = await this.db
      .select()
      .from(decisions)
      .where(and(this.conditions(criteria), page.where))
      .orderBy(...page.orderBy)
      .limit(page.limit);
    return toPage(rows, request, decisionSortKey);
  }

  async count(criteria: DecisionCriteria): Promise<number> {
    const [row] = await this.db.select({ total: count() }).from(decisions).where(this.conditions(criteria));
    return row?.total ?? 0;
  }

  private conditions(criteria: DecisionCriteria): SQL | undefined {
    return and(
      criteria.bodyId ? eq(decisions.bodyId, criteria.bodyId) : undefined,
      criteria.statuses?.length ? inArray(decisions.status, criteria.statuses) : undefined,
      criteria.awaitingRatificationBy ? this.pendingWith(criteria.awaitingRatificationBy) : undefined,
    );
  }

  private pendingWith(organisationId: string): SQL {
    const pending = this.db
      .select({ one: sql`1` })
      .from(ratifications)
      .where(
        and(
          eq(ratifications.decisionId, decisions.id),
          eq(ratifications.organisationId, organisationId),
          eq(ratifications.status, 'PENDING'),
        ),
      );
    return exists(pending);
  }
}
