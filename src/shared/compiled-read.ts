import { getTableColumns, getTableName, sql, type Placeholder, type SQL } from 'drizzle-orm';
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
  const read = compiledReadIncluding(table, clauses, {});
  return async (db, values) => (await read(db, values)).rows;
}

/**
 * The same, with the rows each row refers to in other tables, for the relations nearly every query of these rows
 * follows (a seat's post, a seat's body): `inclusions` names, for each, the table and the column of `table` that
 * refers to it. Each comes back as one JSON value per row, in the same statement, and is answered apart, once per
 * id, for the caller to prime that table's by-id loader with. One statement instead of one per relation.
 */
export function compiledReadIncluding<Table extends PgTable, Inclusions extends Record<string, Inclusion>>(
  table: Table,
  clauses: (placeholder: (name: string) => Placeholder) => SQL,
  inclusions: Inclusions,
): (
  db: Database,
  values: Record<string, unknown>,
) => Promise<{ rows: Table['$inferSelect'][]; included: { [Key in keyof Inclusions]: Inclusions[Key]['table']['$inferSelect'][] } }> {
  const columns = columnsOf(table);
  const included = Object.entries(inclusions).map(([key, { table: other, via }]) => {
    const json = columnsOf(other).all.map(([name, column]) => `'${name}', i.${quoted(column.name)}`);
    const text = `(select json_build_object(${json.join(', ')}) from ${quoted(getTableName(other))} i where i."id" = `;
    return { key: `included:${key}`, name: key, converted: columnsOf(other).converted, select: { text, via } };
  });
  const selectList = sql.join(
    [
      sql.raw(columns.all.map(([key, column]) => `${quoted(column.name)} AS ${quoted(key)}`).join(', ')),
      ...included.map(({ key, select }) => sql`${sql.raw(select.text)}${select.via}) AS ${sql.raw(quoted(key))}`),
    ],
    sql`, `,
  );
  let compiled: { sql: string; params: unknown[] } | undefined;

  return async (db, values) => {
    const internals = db as unknown as DrizzleInternals;
    compiled ??= internals.dialect.sqlToQuery(
      sql`select ${selectList} from ${table} ${clauses((name) => sql.placeholder(name))}`,
    );
    const result = await internals.session.prepareQuery(compiled, undefined, undefined, false).execute(values);
    // postgres.js answers an array of rows, PGlite `{ rows }`.
    const rows = (Array.isArray(result) ? result : result.rows) as Record<string, unknown>[];
    const answered: Record<string, Map<string, Record<string, unknown>>> = {};
    for (const { name } of included) answered[name] = new Map();
    for (const row of rows) {
      // The included values are the row's last properties, taken off last first: V8 keeps such an object in its
      // fast form, as it does not one that loses a property from the middle.
      for (let index = included.length - 1; index >= 0; index -= 1) {
        const { key, name, converted } = included[index]!;
        const value = row[key] as Record<string, unknown> | null;
        delete row[key];
        if (value && !answered[name]!.has(value.id as string)) answered[name]!.set(value.id as string, convert(value, converted));
      }
      convert(row, columns.converted);
    }
    const byName = Object.fromEntries(Object.entries(answered).map(([name, found]) => [name, [...found.values()]]));
    return { rows: rows as Table['$inferSelect'][], included: byName as never };
  };
}

export interface Inclusion {
  table: PgTable;
  /** The column of the including table that holds the included row's id. */
  via: PgColumn;
}

function convert(row: Record<string, unknown>, converted: readonly [string, PgColumn][]): Record<string, unknown> {
  for (const [key, column] of converted) {
    const value = row[key];
    if (value !== null && value !== undefined) row[key] = column.mapFromDriverValue(value);
  }
  return row;
}

const columnsByTable = new WeakMap<PgTable, { all: [string, PgColumn][]; converted: [string, PgColumn][] }>();

/** A table's columns by the property drizzle gives each, and those whose values the drivers give in another form. */
function columnsOf(table: PgTable) {
  let known = columnsByTable.get(table);
  if (!known) {
    const all = Object.entries(getTableColumns(table)) as [string, PgColumn][];
    known = { all, converted: all.filter(([, column]) => !deliveredAsIs.has(column.columnType)) };
    columnsByTable.set(table, known);
  }
  return known;
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
