import { getTableColumns, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db';
import { anyIn } from './any-of';

/**
 * A read of whole rows of one table for the hot loaders, compiled to its statement text once. drizzle's select
 * builder renders the statement again on every call and maps every value of every row through its column classes
 * (an `is` check each): for a page of 100 bodies with their seats that was an eighth of the request's CPU. Here the
 * text is rendered on first use, with placeholders for the values, and rows come back as the driver makes them,
 * already under the properties drizzle would give them; only the columns whose values the driver cannot give in
 * their final form (timestamps, as strings) are converted, by the columns' own mapping. The statement is issued
 * through the database handle given, so it is counted, stopped at the request's deadline and prepared like any
 * other read.
 *
 * `clauses` gets a placeholder maker and returns what follows `FROM table` (WHERE, ORDER BY …), written with the
 * table's columns; `read(db, values)` fills the placeholders by name.
 */
export function compiledRead<Table extends PgTable>(
  table: Table,
  clauses: (placeholder: (name: string) => Placeholder) => SQL,
): (db: Database, values: Record<string, unknown>) => Promise<Table['$inferSelect'][]> {
  const columns = Object.entries(getTableColumns(table)) as [string, PgColumn][];
  const selectList = sql.raw(columns.map(([key, column]) => `${quoted(column.name)} AS ${quoted(key)}`).join(', '));
  const converted = columns.filter(([, column]) => !deliveredAsIs.has(column.columnType));
  let compiled: { sql: string; params: unknown[] } | undefined;

  return async (db, values) => {
    const internals = db as unknown as DrizzleInternals;
    compiled ??= internals.dialect.sqlToQuery(
      sql`select ${selectList} from ${table} ${clauses((name) => sql.placeholder(name))}`,
    );
    const result = await internals.session.prepareQuery(compiled, undefined, undefined, false).execute(values);
    // postgres.js answers an array of rows, PGlite `{ rows }`.
    const rows = (Array.isArray(result) ? result : result.rows) as Record<string, unknown>[];
    if (converted.length > 0) {
      for (const row of rows) {
        for (const [key, column] of converted) {
          const value = row[key];
          if (value !== null && value !== undefined) row[key] = column.mapFromDriverValue(value);
        }
      }
    }
    return rows as Table['$inferSelect'][];
  };
}

/** Column types whose values both drivers give as drizzle would map them: strings, booleans, numbers, parsed JSON. */
const deliveredAsIs = new Set([
  'PgUUID',
  'PgText',
  'PgVarchar',
  'PgChar',
  'PgEnumColumn',
  'PgBoolean',
  'PgInteger',
  'PgSmallInt',
  'PgDateString',
  'PgJsonb',
]);

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

interface DrizzleInternals {
  dialect: { sqlToQuery(query: SQL): { sql: string; params: unknown[] } };
  session: {
    prepareQuery(
      query: { sql: string; params: unknown[] },
      fields: undefined,
      name: undefined,
      arrayMode: boolean,
    ): { execute(values: Record<string, unknown>): Promise<unknown[] | { rows: unknown[] }> };
  };
}

/** Rows of `table` whose primary key is one of `ids`. */
export function readById<Table extends PgTable & { id: PgColumn }>(table: Table) {
  const read = compiledRead(table, (placeholder) => sql`where ${anyIn(table.id, placeholder('ids'))}`);
  return (db: Database, ids: readonly string[]) => read(db, { ids });
}
