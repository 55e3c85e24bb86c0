import { sql, type Param, type Placeholder, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * `column = ANY($1)` with the values as one array parameter, for loaders: drizzle's `inArray` makes a parameter per
 * value (`IN ($1, …, $n)`), which costs a pass over every one of them to build the statement and a new statement
 * text for every length, none of which can then be prepared. The same rows, the same indexes.
 */
export function anyOf(column: PgColumn, values: readonly string[]): SQL {
  // One value is the commonest case, and the one PostgreSQL would plan again every time: see `OneValue`.
  if (values.length === 1) return anyIn(column, new OneValue(sql.param(values[0])));
  return anyIn(column, sql.param([...values]));
}

/** The same test against a placeholder, for statements compiled once (`compiledRead`). */
export function anyIn(column: PgColumn, values: Param | Placeholder | OneValue): SQL {
  if (values instanceof OneValue) return sql`${column} = ${values.placeholder}::${sql.raw(column.getSQLType())}`;
  return sql`${column} = ANY(${values}::${sql.raw(column.getSQLType())}[])`;
}

/**
 * A placeholder that will hold one value where `anyIn` usually gets a list: the test becomes `column = $1`.
 * PostgreSQL plans a prepared `= ANY($1)` anew on every execution when it is mostly given one value (its generic plan
 * assumes ten, so the custom plan always looks cheaper), and planning cost more than running the statement; `= $1`
 * gets its generic plan after five executions and is never planned again.
 */
export class OneValue {
  constructor(readonly placeholder: Placeholder | Param) {}
}
