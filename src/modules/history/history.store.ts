import { and, asc, count, desc, eq, gt, gte, isNull, lt, or, type SQL } from 'drizzle-orm';
import { anyOf } from '../../shared/any-of';
import { changes } from '../../../schema/database/index';
import type { Database } from '../../db';
import type { IsoDate } from '../../shared/dates';
import { rowsByKey } from '../../shared/loaders';
import type { PagePosition, PageRequest } from '../../shared/pagination';
import { inAreaTree } from '../areas/index';

export interface ChangeCriteria {
  areaId: string;
  from: IsoDate | null;
  to: IsoDate | null;
}

export class HistoryStore {
  constructor(private readonly db: Database) {}

  /** The organisation on whose behalf each record was created through the API, for records created that way. */
  readonly creatorOf = rowsByKey(
    (ids) =>
      this.db
        .select({ recordId: changes.recordId, organisationId: changes.organisationId })
        .from(changes)
        .where(and(anyOf(changes.recordId, ids), isNull(changes.before))),
    (row) => row.recordId,
  );

  /** A record's changes, oldest first; loaded once whether the rule or the resolver asks first. */
  readonly ofRecord = rowsByKey(
    (ids) => this.db.select().from(changes).where(anyOf(changes.recordId, ids)).orderBy(changes.changedAt, changes.id),
    (row) => row.recordId,
  );

  /** Changes in an area (and the areas within it) over a period, newest first, a page at a time. */
  async page(criteria: ChangeCriteria, request: PageRequest) {
    const { after, before } = request;
    // Newest first: after a cursor come older changes; paging backwards reads the newer ones nearest `before` first.
    const newest = !request.backward;
    const order = newest ? desc : asc;
    const rows = await this.db
      .select()
      .from(changes)
      .where(
        and(this.conditions(criteria), after ? beyond(after, lt) : undefined, before ? beyond(before, gt) : undefined),
      )
      .orderBy(order(changes.changedAt), order(changes.id))
      .limit(request.limit + 1);
    return rows;
  }

  async count(criteria: ChangeCriteria): Promise<number> {
    const [row] = await this.db.select({ total: count() }).from(changes).where(this.conditions(criteria));
    return row?.total ?? 0;
  }

  private conditions(criteria: ChangeCriteria): SQL | undefined {
    return and(
      inAreaTree(changes.areaId, criteria.areaId),
      criteria.from ? gte(changes.changedAt, new Date(`${criteria.from}T00:00:00Z`)) : undefined,
      criteria.to ? lt(changes.changedAt, new Date(`${criteria.to}T00:00:00Z`)) : undefined,
    );
  }
}

/** Changes past a cursor's position in time, then id: `lt` for older ones, `gt` for newer. */
function beyond(position: PagePosition, past: typeof lt | typeof gt): SQL {
  const at = new Date(position.sortKey);
  return or(past(changes.changedAt, at), and(eq(changes.changedAt, at), past(changes.id, position.id)))!;
}
