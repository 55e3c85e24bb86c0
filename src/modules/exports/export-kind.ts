import type { Database } from '../../db';
import type { IsoDate } from '../../shared/dates';
import type { Stores } from '../stores';
import type { Cell } from './csv';

/** What an export covers: one area with the areas within it (or all of England), as at a date. */
export interface ExportScope {
  /** The area's row id; null for England. */
  areaId: string | null;
  /** The area's GSS code, or `england`. */
  areaCode: string;
  asOf: IsoDate;
}

/** A confidential column: the GraphQL field whose rule decides, and the object that rule is asked about. */
export interface ColumnGuard<Row> {
  /** `Type.field`, as `src/auth/field-rules.ts` holds it. */
  field: string;
  parent(row: Row, asOf: IsoDate): object;
}

export interface Column<Row> {
  /** Stable snake_case name, the header of the CSV column. */
  name: string;
  description: string;
  value(row: Row): Cell;
  guard?: ColumnGuard<Row>;
}

/** The row a drizzle select yields. */
export type RowOf<Query> = Awaited<Query> extends readonly (infer Row)[] ? Row : never;

/** One kind of record an export can write: the rows of a scope, in a stable order, and their columns. */
export interface ExportKind<Query extends PromiseLike<readonly unknown[]>, Row = RowOf<Query>> {
  /** As in the route, `/export/{area}/{name}.csv`. */
  name: string;
  description: string;
  select(db: Database, scope: ExportScope): Query;
  columns: Column<Row>[];
  /**
   * Puts the rows that confidential columns' rules look up (a seat's body, a contribution's arrangement) into the
   * request's loaders, from the row itself, so that the rules read nothing more.
   */
  prime?(row: Row, stores: Stores): void;
}

/** Kinds are kept in one list whatever their row type; each is used only with its own rows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExportKind = ExportKind<any, any>;

export function defineKind<Query extends PromiseLike<readonly unknown[]>>(kind: ExportKind<Query>): AnyExportKind {
  return kind;
}
