import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import {
  encodeCursor,
  PageInfo,
  pageOfRows,
  pageRequest,
  type Page,
  type PageArguments,
  type SortKeyKind,
} from './pagination';

/**
 * A Relay connection type for `Item`: edges with cursors, the bare nodes for clients that need no cursors, page
 * info, and a total that is counted only when asked for.
 */
export function ConnectionOf<Item extends object>(itemType: ClassType<Item>, itemName: string) {
  @ObjectType(`${itemName}Edge`, { description: `One ${itemName} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Pass as `after` to continue from this item, or as `before` to page back.' })
    cursor!: string;

    @Field(() => itemType, { description: `The ${itemName}.` })
    node!: Item;
  }

  /** Registered but never emitted: no field returns it; subclasses inherit its fields. */
  @ObjectType(`${itemName}ConnectionBase`)
  abstract class Connection {
    @Field(() => [Edge], { description: 'The items of this page, each with its cursor.' })
    edges!: Edge[];

    @Field(() => [itemType], { description: 'The items of this page.' })
    nodes!: Item[];

    @Field(() => PageInfo, { description: 'Whether more follow, and where to continue.' })
    pageInfo!: PageInfo;

    // Not `simple`: the value is a thenable, which only a resolver's answer is awaited as (graphql-jit reads a plain
    // field's property inline).
    @Field(() => Int, { simple: false, description: 'How many items match, across all pages.' })
    totalCount!: PromiseLike<number>;
  }

  return Connection;
}

export interface ConnectionValue<Item> {
  edges: { cursor: string; node: Item }[];
  nodes: Item[];
  pageInfo: PageInfo;
  totalCount: PromiseLike<number>;
}

/** Builds a connection value from a page of rows; `count` runs only when a client selects `totalCount`. */
export function toConnection<Row extends { id: string }, Item>(
  page: Page<Row>,
  sortKeyOf: (row: Row) => string,
  toItem: (row: Row) => Item,
  count: () => Promise<number>,
): ConnectionValue<Item> {
  const edges = page.items.map((row) => new EdgeValue(sortKeyOf(row), row.id, toItem(row)));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.startCursor,
      endCursor: page.endCursor,
    },
    totalCount: lazily(count),
  };
}

/** An edge whose cursor is written only if a client selects it: most ask for `nodes`, or for the end cursor only. */
class EdgeValue<Item> {
  constructor(
    private readonly sortKey: string,
    private readonly rowId: string,
    readonly node: Item,
  ) {}

  get cursor(): string {
    return encodeCursor({ sortKey: this.sortKey, id: this.rowId });
  }
}

/** A thenable that starts its work only when awaited: GraphQL awaits a field's value only when it is selected. */
function lazily<T>(run: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then(onFulfilled, onRejected) {
      started ??= run();
      return started.then(onFulfilled, onRejected);
    },
  };
}

/**
 * A connection over a list loaded in full for its parent (one statement for every parent in the request, as the plain
 * list costs), paged in memory in the order (sort key, id), so a nested connection adds no statement per parent.
 */
export function connectionOfRows<Row extends { id: string }, Item>(
  rows: readonly Row[],
  args: PageArguments,
  order: { kind: SortKeyKind; sortKeyOf: (row: Row) => string },
  toItem: (row: Row) => Item,
): ConnectionValue<Item> {
  const page = pageOfRows(rows, pageRequest(args, order.kind), order.sortKeyOf);
  return toConnection(page, order.sortKeyOf, toItem, async () => rows.length);
}
