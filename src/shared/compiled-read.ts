import { getTableColumns, getTableName, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db';
import { anyIn, OneValue } from './any-of';

/**
 * A read of whole rows of one table for the hot loaders, compiled to its statement text once. drizzle's select
 * builder renders the statement again on every call and maps every value of every row through its column classes
 * (an `is` check each): for a page of 100 bodies with their seats that was an eighth of the request's CPU. Here the
 * text is rendered on first use, with placeholders for the values; the driver answers each row as an array, and a
 * function made once per table (`rowShapeOf`) turns it into an object with the properties drizzle would give it,
 * converting only the columns whose values the driver gives in another form (timestamps, as strings) by the
 * columns' own mapping. The statement is issued through the database handle given, so it is counted, stopped at the
 * request's deadline and prepared like any other read.
 *
 * `clauses` gets a placeholder maker and returns what follows `FROM table` (WHERE, ORDER BY …), written with the
 * table's columns; `read(db, values)` fills the placeholders by name. The placeholder `ids` is a list, used only
 * through `anyIn`: when it is given one id, a second statement tests equality instead (see `OneValue`), since a
 * request for one record (an organisation by id, its seats) is the commonest of all.
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
) => Promise<{
  rows: Table['$inferSelect'][];
  included: { [Key in keyof Inclusions]: Inclusions[Key]['table']['$inferSelect'][] };
}> {
  const shape = rowShapeOf(table);
  const included = inclusionsOf(inclusions);
  const selectList = sql.join([columnList(shape), ...included.map(({ select }) => select)], sql`, `);
  const width = shape.columns.length;
  const statement = statementsFor((placeholder) => sql`select ${selectList} from ${table} ${clauses(placeholder)}`);

  const mapRows = (rows: unknown[][]) => {
    const answered = included.map(() => new Map<string, object>());
    const made = new Array<object>(rows.length);
    for (let index = 0; index < rows.length; index += 1) {
      const values = rows[index]!;
      made[index] = shape.make(values);
      collectIncluded(values, width, included, answered);
    }
    return { rows: made, answered };
  };

  return async (db, values) => {
    const { rows, answered } = await statement(db, values, mapRows);
    return { rows: rows as Table['$inferSelect'][], included: byName(included, answered) as never };
  };
}

/**
 * The same, with each row's children in another table beside it, as one JSON array per row (an organisation with
 * its seats, each seat with the rows it refers to): a record and the list nearly every query of it asks for, in one
 * statement. `children.where` ties a child to the row and filters the children, written with both tables' columns.
 */
export function compiledReadWithChildren<
  Table extends PgTable,
  Child extends PgTable,
  Inclusions extends Record<string, Inclusion>,
>(
  table: Table,
  clauses: (placeholder: (name: string) => Placeholder) => SQL,
  children: {
    table: Child;
    where: (placeholder: (name: string) => Placeholder) => SQL;
    orderBy: SQL;
    inclusions: Inclusions;
  },
): (
  db: Database,
  values: Record<string, unknown>,
) => Promise<{
  rows: Table['$inferSelect'][];
  childrenOf: Map<string, Child['$inferSelect'][]>;
  included: { [Key in keyof Inclusions]: Inclusions[Key]['table']['$inferSelect'][] };
}> {
  const shape = rowShapeOf(table);
  const idAt = shape.columns.findIndex(([key]) => key === 'id');
  const childShape = rowShapeOf(children.table);
  const included = inclusionsOf(children.inclusions);
  const childWidth = childShape.columns.length;
  const childValues = sql.join([columnList(childShape), ...included.map(({ select }) => select)], sql`, `);
  const width = shape.columns.length;
  const statement = statementsFor(
    (placeholder) =>
      sql`select ${columnList(shape)}, (select json_agg(json_build_array(${childValues}) order by ${children.orderBy}) from ${children.table} where ${children.where(placeholder)}) from ${table} ${clauses(placeholder)}`,
  );

  const mapRows = (rows: unknown[][]) => {
    const answered = included.map(() => new Map<string, object>());
    const made = new Array<object>(rows.length);
    const childrenOf = new Map<string, object[]>();
    for (let index = 0; index < rows.length; index += 1) {
      const values = rows[index]!;
      made[index] = shape.make(values);
      const childArrays = (values[width] as unknown[][] | null) ?? [];
      const madeChildren = new Array<object>(childArrays.length);
      for (let position = 0; position < childArrays.length; position += 1) {
        madeChildren[position] = childShape.make(childArrays[position]!);
        collectIncluded(childArrays[position]!, childWidth, included, answered);
      }
      childrenOf.set(values[idAt] as string, madeChildren);
    }
    return { rows: made, childrenOf, answered };
  };

  return async (db, values) => {
    const { rows, childrenOf, answered } = await statement(db, values, mapRows);
    return {
      rows: rows as Table['$inferSelect'][],
      childrenOf: childrenOf as Map<string, Child['$inferSelect'][]>,
      included: byName(included, answered) as never,
    };
  };
}

interface Included {
  name: string;
  shape: RowShape;
  idAt: number;
  select: SQL;
}

/** For each inclusion, a subquery answering the referred row as a JSON array of its values in column order. */
function inclusionsOf(inclusions: Record<string, Inclusion>): Included[] {
  return Object.entries(inclusions).map(([name, { table: other, via }]) => {
    const shape = rowShapeOf(other);
    const idAt = shape.columns.findIndex(([key]) => key === 'id');
    const values = shape.columns.map(([, column]) => `i.${quoted(column.name)}`).join(', ');
    const select = sql`(select json_build_array(${sql.raw(values)}) from ${sql.raw(quoted(getTableName(other)))} i where i."id" = ${via})`;
    return { name, shape, idAt, select };
  });
}

/** The referred rows among `values` (after the row's own `width` values), each made once per id. */
function collectIncluded(values: unknown[], width: number, included: Included[], answered: Map<string, object>[]) {
  for (let position = 0; position < included.length; position += 1) {
    const value = values[width + position] as unknown[] | null;
    if (!value) continue;
    const { shape, idAt } = included[position]!;
    const found = answered[position]!;
    const id = value[idAt] as string;
    if (!found.has(id)) found.set(id, shape.make(value));
  }
}

function byName(included: Included[], answered: Map<string, object>[]) {
  return Object.fromEntries(included.map(({ name }, position) => [name, [...answered[position]!.values()]]));
}

const columnList = (shape: RowShape) => sql.raw(shape.columns.map(([, column]) => quoted(column.name)).join(', '));

/**
 * A statement compiled once, and once more for one id (see `OneValue`), run in array mode through `mapRows`.
 * `render` writes it with the placeholder maker it is given.
 */
function statementsFor(
  render: (placeholder: (name: string) => Placeholder) => SQL,
): <Result>(db: Database, values: Record<string, unknown>, mapRows: (rows: unknown[][]) => Result) => Promise<Result> {
  const compiled: { list?: CompiledQuery; one?: CompiledQuery } = {};
  const compile = (db: Database, oneId: boolean) =>
    (db as unknown as DrizzleInternals).dialect.sqlToQuery(
      render((name) =>
        oneId && name === 'ids' ? (new OneValue(sql.placeholder(name)) as never) : sql.placeholder(name),
      ),
    );
  return (db, values, mapRows) => {
    const ids = values.ids;
    const oneId = Array.isArray(ids) && ids.length === 1;
    const query = oneId ? (compiled.one ??= compile(db, true)) : (compiled.list ??= compile(db, false));
    return (db as unknown as DrizzleInternals).session
      .prepareQuery(query, undefined, undefined, true, mapRows)
      .execute(oneId ? { ...values, ids: ids[0] } : values);
  };
}

export interface Inclusion {
  table: PgTable;
  /** The column of the including table that holds the included row's id. */
  via: PgColumn;
}

/** Rows of `table` whose primary key is one of `ids`. */
export function readById<Table extends PgTable & { id: PgColumn }>(table: Table) {
  const read = compiledRead(table, (placeholder) => sql`where ${anyIn(table.id, placeholder('ids'))}`);
  return (db: Database, ids: readonly string[]) => read(db, { ids });
}

/**
 * How rows of one table are made from the driver's arrays, and copied into the records served: each by a function
 * written for the table's columns, whose objects V8 keeps in its fast form with the same hidden class. An object
 * built by setting keys in a loop, as drivers do, falls into V8's slow dictionary form past about twenty
 * properties, which made every later read and copy of a row several times dearer.
 */
interface RowShape {
  columns: [string, PgColumn][];
  make(values: unknown[]): object;
}

const shapes = new WeakMap<PgTable, RowShape>();

export function rowShapeOf(table: PgTable): RowShape {
  let shape = shapes.get(table);
  if (shape) return shape;
  const columns = Object.entries(getTableColumns(table)) as [string, PgColumn][];
  const converters = columns.map(([, column]) => (deliveredAsIs.has(column.columnType) ? null : column));
  // The keys are the schema's own property names, written in the code, never input.
  const assignments = columns.map(([key], index) =>
    converters[index]
      ? `row[${JSON.stringify(key)}] = values[${index}] == null ? null : converters[${index}].mapFromDriverValue(values[${index}]);`
      : `row[${JSON.stringify(key)}] = values[${index}];`,
  );
  const copies = columns.map(([key]) => `target[${JSON.stringify(key)}] = row[${JSON.stringify(key)}];`);
  const Row = new Function(
    'converters',
    `class Row {}
     Row.make = (values) => { const row = new Row(); ${assignments.join(' ')} return row; };
     Row.copyInto = (target, row) => { ${copies.join(' ')} return target; };
     return Row;`,
  )(converters) as RowClass;
  shape = { columns, make: Row.make };
  shapes.set(table, shape);
  return shape;
}

interface RowClass {
  make(values: unknown[]): object;
  copyInto(target: object, row: object): object;
}

/** Copies a row into `target`: by its table's own function if it was made here, else property by property. */
export function copyRow(target: object, row: object): object {
  const copyInto = (row.constructor as Partial<RowClass>).copyInto;
  return copyInto ? copyInto(target, row) : Object.assign(target, row);
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

interface CompiledQuery {
  sql: string;
  params: unknown[];
}

interface DrizzleInternals {
  dialect: { sqlToQuery(query: SQL): CompiledQuery };
  session: {
    prepareQuery<Result>(
      query: CompiledQuery,
      fields: undefined,
      name: undefined,
      arrayMode: boolean,
      mapRows: (rows: unknown[][]) => Result,
    ): { execute(values: Record<string, unknown>): Promise<Result> };
  };
}
