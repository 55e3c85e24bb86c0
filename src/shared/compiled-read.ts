import { getTableColumns, getTableName, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { PgDialect, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
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

/** Rows of another table that belong to each row, read beside it (see `childrenBeside`). */
export interface ChildList<Child extends PgTable, Inclusions extends Record<string, Inclusion>> {
  table: Child;
  /** Ties a child to the row and filters the children, written with both tables' columns. */
  where: (placeholder: (name: string) => Placeholder) => SQL;
  orderBy: SQL;
  inclusions: Inclusions;
}

/**
 * A subquery answering each row's children as one JSON array (each child with the rows it refers to), for a column
 * of a statement over the parent table, and the way back from that JSON: a record and the list nearly every query of
 * it asks for, in one statement. `read` makes each child as its table's loaders would, and gathers the referred
 * rows once per id into `answered`, made by `answers()`.
 */
export function childrenBeside<Child extends PgTable, Inclusions extends Record<string, Inclusion>>(
  children: ChildList<Child, Inclusions>,
) {
  const childShape = rowShapeOf(children.table);
  const included = inclusionsOf(children.inclusions);
  const width = childShape.columns.length;
  const values = sql.join([columnList(childShape), ...included.map(({ select }) => select)], sql`, `);
  const select = (placeholder: (name: string) => Placeholder): SQL =>
    // Ordered in a subquery rather than by the aggregate's own ORDER BY, which sorts apart for every row.
    sql`(select json_agg(children.row) from (select json_build_array(${values}) as row from ${children.table} where ${children.where(placeholder)} order by ${children.orderBy}) as children)`;
  const answers = () => included.map(() => new Map<string, object>());
  const read = (value: unknown, answered: Map<string, object>[]): Child['$inferSelect'][] => {
    const arrays = (value as unknown[][] | null) ?? [];
    const made = new Array<object>(arrays.length);
    for (let position = 0; position < arrays.length; position += 1) {
      made[position] = childShape.make(arrays[position]!);
      collectIncluded(arrays[position]!, width, included, answered);
    }
    return made as Child['$inferSelect'][];
  };
  const includedOf = (answered: Map<string, object>[]) =>
    byName(included, answered) as { [Key in keyof Inclusions]: Inclusions[Key]['table']['$inferSelect'][] };
  let rendered: SQL | undefined;
  return {
    select,
    answers,
    read,
    included: includedOf,
    /**
     * The same column for a statement built on each request, as a `ReadBeside`: each row's children handed to
     * `take`, then the rows they refer to to `include`. Its text is rendered once (drizzle would render every column
     * reference of it anew each time), its placeholders reading the columns of `pageDate`, a row the statement joins.
     */
    onPage(
      take: (id: string, children: Child['$inferSelect'][]) => void,
      include: (rows: ReturnType<typeof includedOf>) => void,
    ): ReadBeside {
      rendered ??= sql.raw(
        renderedText(select((name) => sql.raw(`${quoted(pageDate)}.${quoted(name)}`) as unknown as Placeholder)),
      );
      return {
        select: rendered,
        take(values) {
          const answered = answers();
          for (const [id, value] of values) take(id, read(value, answered));
          include(includedOf(answered));
        },
      };
    },
  };
}

/**
 * A column read beside each row of a statement built at request time (a page of bodies with their seats), and what
 * to do with its values once read: prime the loaders the children's resolvers read, so they issue no statement.
 */
export interface ReadBeside {
  /** Reads the date as `pageDate.asOf`, a row the statement joins. */
  select: SQL;
  take(values: readonly (readonly [id: string, value: unknown])[]): void;
}

/** The name of the one-row table a statement with `ReadBeside` columns joins, its column `asOf` the date read as at. */
const pageDate = 'page_date';

/**
 * The one-row table a statement with `ReadBeside` columns joins (`query.crossJoin(pageDateRow(asOf))`): the children's
 * SQL reads its date from it, so their text is the same on every request. Its name and its join are kept here, beside
 * the columns that read it.
 */
export function pageDateRow(asOf: string): SQL {
  return sql`(select ${asOf}::date as "asOf") as ${sql.identifier(pageDate)}`;
}

const dialect = new PgDialect();

/** SQL with no values of its own, as its text. */
function renderedText(query: SQL): string {
  const { sql: text, params } = dialect.sqlToQuery(query);
  if (params.length) throw new Error('renderedText: the SQL has values, which its text would lose');
  return text;
}

/** Rows of `table` with each row's children beside it (see `childrenBeside`), compiled once. */
export function compiledReadWithChildren<
  Table extends PgTable,
  Child extends PgTable,
  Inclusions extends Record<string, Inclusion>,
>(
  table: Table,
  clauses: (placeholder: (name: string) => Placeholder) => SQL,
  children: ChildList<Child, Inclusions>,
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
  const beside = childrenBeside(children);
  const width = shape.columns.length;
  const statement = statementsFor(
    (placeholder) =>
      sql`select ${columnList(shape)}, ${beside.select(placeholder)} from ${table} ${clauses(placeholder)}`,
  );

  const mapRows = (rows: unknown[][]) => {
    const answered = beside.answers();
    const made = new Array<object>(rows.length);
    const childrenOf = new Map<string, Child['$inferSelect'][]>();
    for (let index = 0; index < rows.length; index += 1) {
      const values = rows[index]!;
      made[index] = shape.make(values);
      childrenOf.set(values[idAt] as string, beside.read(values[width], answered));
    }
    return { rows: made, childrenOf, answered };
  };

  return async (db, values) => {
    const { rows, childrenOf, answered } = await statement(db, values, mapRows);
    return { rows: rows as Table['$inferSelect'][], childrenOf, included: beside.included(answered) };
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
