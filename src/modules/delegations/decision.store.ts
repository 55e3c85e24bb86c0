import { and, count, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import { anyOf } from '../../shared/any-of';
import { bodies, decisions, ratifications } from '../../../schema/database/index';
import type { Standing } from '../../auth/access';
import type { Database } from '../../db';
import { rowsById, rowsByKey } from '../../shared/loaders';
import { keysetPage, toPage, type PageRequest } from '../../shared/pagination';
import type { DecisionRow } from './decision.type';

export interface DecisionCriteria {
  bodyId?: string | null;
  statuses?: DecisionRow['status'][] | null;
  awaitingRatificationBy?: string | null;
  /** The viewer's standing; null for an administrator, who sees every decision. */
  standing: Standing | null;
}

/**
 * Which decisions a viewer may know of: an LSCB's only its members and secretariat (004 ¶84), others all. With
 * `content`, also which it may read in full (pending ratifications included): published ones, and unpublished ones
 * of bodies it sits on, serves or oversees. The same rules as the Decision fields', applied to lists in SQL so that
 * neither rows nor counts give away what the fields hide.
 */
export function visibleDecisions(standing: Standing | null, content: boolean): SQL | undefined {
  if (!standing) return undefined;
  const own = sql`${decisions.bodyId} = ANY(${sql.param(standing.bodies)}::uuid[])`;
  const lscbs = sql`(SELECT ${bodies.id} FROM ${bodies} WHERE ${bodies.kind} = 'LSCB')`;
  const known = sql`(${decisions.bodyId} NOT IN ${lscbs} OR ${own})`;
  if (!content) return known;
  const overseen = sql`${decisions.bodyId} IN (SELECT ${bodies.id} FROM ${bodies} WHERE ${bodies.areaId} = ANY(${sql.param(standing.areas)}::uuid[]))`;
  return sql`(${known} AND (${decisions.published} OR ${own} OR ${overseen}))`;
}

/** Decisions are listed in the order they were taken, like minutes. */
export const decisionSortKey = (row: { decidedOn: string }) => row.decidedOn;

export class DecisionStore {
  constructor(private readonly db: Database) {}

  readonly byId = rowsById((ids) => this.db.select().from(decisions).where(anyOf(decisions.id, ids)));

  readonly ofBody = rowsByKey(
    (ids) =>
      this.db.select().from(decisions).where(anyOf(decisions.bodyId, ids)).orderBy(decisions.decidedOn, decisions.id),
    (row) => row.bodyId,
  );

  readonly underDelegation = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(decisions)
        .where(anyOf(decisions.delegationId, ids))
        .orderBy(decisions.decidedOn, decisions.id),
    (row) => row.delegationId,
  );

  /** Answered ones first, in the order given; pending ones last. */
  readonly ratificationsOf = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(ratifications)
        .where(anyOf(ratifications.decisionId, ids))
        .orderBy(sql`${ratifications.decidedOn} NULLS LAST`, ratifications.createdAt, ratifications.id),
    (row) => row.decisionId,
  );

  readonly ratificationsBy = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(ratifications)
        .where(anyOf(ratifications.organisationId, ids))
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
      visibleDecisions(criteria.standing, Boolean(criteria.awaitingRatificationBy)),
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
