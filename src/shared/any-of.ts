import { sql, type Param, type Placeholder, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * `column = ANY($1)` with the values as one array parameter, for loaders: drizzle's `inArray` makes a parameter per
 * value (`IN ($1, …, $n)`), which costs a pass over every one of them to build the statement and a new statement
 * text for every length, none of which can then be prepared. The same rows, the same indexes.
 */
export function anyOf(column: PgColumn, values: readonly string[]): SQL {
  return anyIn(column, sql.param([...values]));
}

/** The same test against a placeholder, for statements compiled once (`compiledRead`). */
export function anyIn(column: PgColumn, values: Param | Placeholder): SQL {
  return sql`${column} = ANY(${values}::${sql.raw(column.getSQLType())}[])`;
}
