import { and, asc, eq, gt, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { dateProblem } from './dates';
import { badUserInput } from './errors';
import { isRowId } from './global-id';
import { Bounds } from './input-bounds';

export const defaultPageSize = 25;
/** Dashboards page through whole areas; more than this per page is refused rather than silently cut. */
export const maxPageSize = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many to return: 1 to ${maxPageSize}, default ${defaultPageSize}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (`pageInfo.endCursor`).' })
  @Bounds({ text: 'cursor' })
  after?: string | null;
}

@ObjectType({ description: 'Where a page stands in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item on this page.' })
  endCursor!: string | null;
}

/** Keyset position: the sort key and the row id, so equal names never skip or repeat a row. */
export interface PagePosition {
  sortKey: string;
  id: string;
}

export interface PageRequest {
  limit: number;
  after: PagePosition | null;
}

/** What a connection is ordered by, and so what the sort key of its cursors must be. */
export type SortKeyKind = 'text' | 'date' | 'instant';

/**
 * The page asked for. A cursor is checked against the order it continues (`sortedBy`, or in `keysetPage` the sort
 * column's type), so that a forged one, or one from a connection ordered otherwise, is refused before it reaches SQL.
 */
export function pageRequest(args: PageArgs, sortedBy?: SortKeyKind): PageRequest {
  const limit = args.first ?? defaultPageSize;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    throw badUserInput('first', `first must be between 1 and ${maxPageSize}; got ${args.first}`);
  }
  const after = args.after ? decodeCursor(args.after) : null;
  if (after && sortedBy) checkSortKey(after, sortedBy);
  return { limit, after };
}

export function encodeCursor(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.sortKey, position.id]), 'utf8').toString('base64url');
}

const notACursor = () => badUserInput('after', 'after is not a cursor this API gave out');

/** Only what `encodeCursor` would write is a cursor: a sort key and a row id, encoded exactly so. */
function decodeCursor(cursor: string): PagePosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notACursor();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw notACursor();
  const [sortKey, id] = decoded as unknown[];
  if (typeof sortKey !== 'string' || typeof id !== 'string' || !isRowId(id)) throw notACursor();
  // PostgreSQL text cannot hold NUL, so no sort key this API gave out has one.
  if (sortKey.includes('\u0000') || encodeCursor({ sortKey, id }) !== cursor) throw notACursor();
  return { sortKey, id };
}

function checkSortKey(position: PagePosition, kind: SortKeyKind): void {
  const { sortKey } = position;
  const fits =
    kind === 'text' || (kind === 'date' && dateProblem(sortKey) === null) || (kind === 'instant' && isInstant(sortKey));
  if (!fits) throw badUserInput('after', 'after is a cursor of a list in another order');
}

const isInstant = (text: string) => {
  const instant = new Date(text);
  return !Number.isNaN(instant.getTime()) && instant.toISOString() === text;
};

const sortKeyKindOf = (column: PgColumn): SortKeyKind => {
  const type = column.getSQLType();
  return type === 'date' ? 'date' : type.startsWith('timestamp') ? 'instant' : 'text';
};

/** Condition and ordering for one keyset page over (sortColumn, idColumn). */
export function keysetPage(sortColumn: PgColumn, idColumn: PgColumn, request: PageRequest) {
  if (request.after) checkSortKey(request.after, sortKeyKindOf(sortColumn));
  const where: SQL | undefined = request.after
    ? or(
        gt(sortColumn, request.after.sortKey),
        and(eq(sortColumn, request.after.sortKey), gt(idColumn, request.after.id)),
      )
    : undefined;
  return { where, orderBy: [asc(sortColumn), asc(idColumn)], limit: request.limit + 1 };
}

export interface Page<Item> {
  items: Item[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Trims the extra row fetched to learn whether another page follows. */
export function toPage<Row extends { id: string }>(
  rows: Row[],
  request: PageRequest,
  sortKeyOf: (row: Row) => string,
): Page<Row> {
  const items = rows.slice(0, request.limit);
  const last = items.at(-1);
  return {
    items,
    hasNextPage: rows.length > request.limit,
    endCursor: last ? encodeCursor({ sortKey: sortKeyOf(last), id: last.id }) : null,
  };
}
