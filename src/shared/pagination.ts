import { and, asc, desc, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { dateProblem } from './dates';
import { badUserInput } from './errors';
import { base64url, isRowId } from './global-id';
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

  @Field(() => Int, {
    nullable: true,
    description: `Page backwards: the last 1 to ${maxPageSize} items (before \`before\`, if given). Not with \`first\`.`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items before this cursor (`pageInfo.startCursor`).',
  })
  @Bounds({ text: 'cursor' })
  before?: string | null;
}

@ObjectType({ description: 'Where a page stands in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item on this page.' })
  endCursor!: string | null;

  @Field(() => Boolean, {
    description:
      'Whether items come before this page: when paging backwards (`last`), whether more precede it; when paging ' +
      'forwards, whether the page starts after a cursor.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item on this page.' })
  startCursor!: string | null;
}

/** Keyset position: the sort key and the row id, so equal names never skip or repeat a row. */
export interface PagePosition {
  sortKey: string;
  id: string;
}

export interface PageRequest {
  limit: number;
  after: PagePosition | null;
  before: PagePosition | null;
  /** Paging backwards (`last`): the rows nearest `before` are wanted, so they are read in reverse order. */
  backward: boolean;
}

/** The page arguments of a connection, whether declared by `PageArgs` or inline. */
export interface PageArguments {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** What a connection is ordered by, and so what the sort key of its cursors must be. */
export type SortKeyKind = 'text' | 'date' | 'instant';

/**
 * The page asked for. A cursor is checked against the order it continues (`sortedBy`, or in `keysetPage` the sort
 * column's type), so that a forged one, or one from a connection ordered otherwise, is refused before it reaches SQL.
 */
export function pageRequest(args: PageArguments, sortedBy?: SortKeyKind): PageRequest {
  if (args.first != null && args.last != null) throw badUserInput('last', 'Give first or last, not both');
  const backward = args.last != null;
  const limit = (backward ? args.last : args.first) ?? defaultPageSize;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    const name = backward ? 'last' : 'first';
    throw badUserInput(name, `${name} must be between 1 and ${maxPageSize}; got ${limit}`);
  }
  const after = args.after ? decodeCursor(args.after, 'after') : null;
  const before = args.before ? decodeCursor(args.before, 'before') : null;
  if (sortedBy) {
    if (after) checkSortKey(after, sortedBy, 'after');
    if (before) checkSortKey(before, sortedBy, 'before');
  }
  return { limit, after, before, backward };
}

export function encodeCursor(position: PagePosition): string {
  return base64url(JSON.stringify([position.sortKey, position.id]));
}

type CursorArgument = 'after' | 'before';

const notACursor = (field: CursorArgument) => badUserInput(field, `${field} is not a cursor this API gave out`);

/** Only what `encodeCursor` would write is a cursor: a sort key and a row id, encoded exactly so. */
function decodeCursor(cursor: string, field: CursorArgument): PagePosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notACursor(field);
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw notACursor(field);
  const [sortKey, id] = decoded as unknown[];
  if (typeof sortKey !== 'string' || typeof id !== 'string' || !isRowId(id)) throw notACursor(field);
  // PostgreSQL text cannot hold NUL, so no sort key this API gave out has one.
  if (sortKey.includes('\u0000') || encodeCursor({ sortKey, id }) !== cursor) throw notACursor(field);
  return { sortKey, id };
}

function checkSortKey(position: PagePosition, kind: SortKeyKind, field: CursorArgument): void {
  const { sortKey } = position;
  const fits =
    kind === 'text' || (kind === 'date' && dateProblem(sortKey) === null) || (kind === 'instant' && isInstant(sortKey));
  if (!fits) throw badUserInput(field, `${field} is a cursor of a list in another order`);
}

const isInstant = (text: string) => {
  const instant = new Date(text);
  return !Number.isNaN(instant.getTime()) && instant.toISOString() === text;
};

const sortKeyKindOf = (column: PgColumn): SortKeyKind => {
  const type = column.getSQLType();
  return type === 'date' ? 'date' : type.startsWith('timestamp') ? 'instant' : 'text';
};

/** Rows strictly after (or before) a position in the order (sortColumn, idColumn), ascending or descending. */
function beyond(sortColumn: PgColumn, idColumn: PgColumn, position: PagePosition, later: boolean): SQL {
  const past = later ? gt : lt;
  return or(past(sortColumn, position.sortKey), and(eq(sortColumn, position.sortKey), past(idColumn, position.id)))!;
}

/**
 * Condition and ordering for one keyset page over (sortColumn, idColumn), in ascending order or, with
 * `descending`, newest first. Paging backwards reads the opposite way from `before` and `toPage` turns the rows back.
 */
export function keysetPage(sortColumn: PgColumn, idColumn: PgColumn, request: PageRequest, descending = false) {
  const kind = sortKeyKindOf(sortColumn);
  if (request.after) checkSortKey(request.after, kind, 'after');
  if (request.before) checkSortKey(request.before, kind, 'before');
  const where = and(
    request.after ? beyond(sortColumn, idColumn, request.after, !descending) : undefined,
    request.before ? beyond(sortColumn, idColumn, request.before, descending) : undefined,
  );
  const ascending = descending === request.backward;
  const order = ascending ? asc : desc;
  return { where, orderBy: [order(sortColumn), order(idColumn)], limit: request.limit + 1 };
}

export interface Page<Item> {
  items: Item[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * Trims the extra row fetched to learn whether another page follows (or, paging backwards, precedes), and puts
 * rows read backwards into the list's order. A page that starts after a cursor has items before it, and one that
 * ends before a cursor has items after it.
 */
export function toPage<Row extends { id: string }>(
  rows: Row[],
  request: PageRequest,
  sortKeyOf: (row: Row) => string,
): Page<Row> {
  const more = rows.length > request.limit;
  const items = rows.slice(0, request.limit);
  if (request.backward) items.reverse();
  const cursorOf = (row: Row | undefined) => (row ? encodeCursor({ sortKey: sortKeyOf(row), id: row.id }) : null);
  return {
    items,
    hasNextPage: request.backward ? request.before !== null : more,
    hasPreviousPage: request.backward ? more : request.after !== null,
    startCursor: cursorOf(items[0]),
    endCursor: cursorOf(items.at(-1)),
  };
}

/**
 * One page of a list already loaded in full (a record's seats, an area's bodies: one statement for every parent in
 * the request), in the order (sort key, id), so a nested connection costs no statement beyond its list's.
 */
export function pageOfRows<Row extends { id: string }>(
  rows: readonly Row[],
  request: PageRequest,
  sortKeyOf: (row: Row) => string,
  descending = false,
): Page<Row> {
  const positionOf = (row: Row): PagePosition => ({ sortKey: sortKeyOf(row), id: row.id });
  let window = [...rows].sort((a, b) => comparePositions(positionOf(a), positionOf(b), descending));
  const { after, before } = request;
  if (after) window = window.filter((row) => comparePositions(positionOf(row), after, descending) > 0);
  if (before) window = window.filter((row) => comparePositions(positionOf(row), before, descending) < 0);
  const taken = request.backward ? window.slice(-request.limit - 1).reverse() : window.slice(0, request.limit + 1);
  return toPage(taken, request, sortKeyOf);
}

function comparePositions(a: PagePosition, b: PagePosition, descending: boolean): number {
  const order = a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return descending ? -order : order;
}
