import DataLoader from 'dataloader';
import type { IsoDate } from './dates';
import type { RecordTypeName } from './global-id';

/**
 * Hands rows read alongside others (a seat's post, read with the seat) to the by-id loader of their type, so that
 * following the relation costs no statement. A loader keeps what it already has.
 */
export type PrimeById = (type: RecordTypeName, rows: readonly { id: string }[]) => void;

/**
 * Rows by primary key, one statement per batch; `peek` answers a row already read or primed without a promise, so a
 * relation whose row came with its parent (a seat's post) resolves at once rather than a turn of the event loop
 * later, for each of hundreds of rows.
 */
export class RowsById<Row extends { id: string }> extends DataLoader<string, Row | undefined> {
  private readonly known = new Map<string, Row>();

  constructor(fetch: (ids: string[]) => Promise<Row[]>) {
    super(async (ids) => {
      const rows = await fetch([...ids]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const row of rows) if (!this.known.has(row.id)) this.known.set(row.id, row);
      return ids.map((id) => byId.get(id));
    });
  }

  peek(id: string): Row | undefined {
    return this.known.get(id);
  }

  private readonly shownAsOf = new WeakMap<Row, { asOf: IsoDate; shown: unknown }>();

  /**
   * The row as the API shows it as at `asOf`, made once for the request: a relation followed from many rows (the
   * same council on twenty boards, each seat asking for its organisation) answers one object, not twenty copies.
   * A cleared row is read again as another object, so it is never answered stale.
   */
  show<Shown>(row: Row, asOf: IsoDate, make: (row: Row, asOf: IsoDate) => Shown): Shown {
    const last = this.shownAsOf.get(row);
    if (last?.asOf === asOf) return last.shown as Shown;
    const shown = make(row, asOf);
    this.shownAsOf.set(row, { asOf, shown });
    return shown;
  }

  override prime(id: string, row: Row | undefined | PromiseLike<Row | undefined> | Error): this {
    if (row && !(row instanceof Error) && !('then' in row) && !this.known.has(id)) this.known.set(id, row);
    return super.prime(id, row as never);
  }

  override clear(id: string): this {
    this.known.delete(id);
    return super.clear(id);
  }

  override clearAll(): this {
    this.known.clear();
    return super.clearAll();
  }
}

export function rowsById<Row extends { id: string }>(fetch: (ids: string[]) => Promise<Row[]>): RowsById<Row> {
  return new RowsById(fetch);
}

/** Rows grouped by a foreign key, one statement per batch. */
export function rowsByKey<Row>(
  fetch: (keys: string[]) => Promise<Row[]>,
  keyOf: KeyOf<Row>,
): DataLoader<string, Row[]> {
  return new DataLoader(async (keys) => {
    const groups = groupRows(await fetch([...keys]), keyOf);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

export interface DatedKey {
  key: string;
  asOf: IsoDate;
}

/**
 * Rows grouped by a foreign key as they stood on a date. Keys asked for the same date share one statement;
 * a request rarely asks for more than one date, so this stays one statement per batch in practice.
 */
export function datedRowsByKey<Row>(
  fetch: (keys: string[], asOf: IsoDate) => Promise<Row[]>,
  keyOf: KeyOf<Row>,
): DataLoader<DatedKey, Row[], string> {
  return new DataLoader(
    async (datedKeys) => {
      const keysByDate = new Map<IsoDate, Set<string>>();
      for (const { key, asOf } of datedKeys) {
        keysByDate.set(asOf, (keysByDate.get(asOf) ?? new Set()).add(key));
      }
      const results = new Map<string, Row[]>();
      await Promise.all(
        [...keysByDate].map(async ([asOf, keys]) => {
          for (const [key, rows] of groupRows(await fetch([...keys], asOf), keyOf)) {
            results.set(`${key}@${asOf}`, rows);
          }
        }),
      );
      return datedKeys.map(({ key, asOf }) => results.get(`${key}@${asOf}`) ?? []);
    },
    { cacheKeyFn: ({ key, asOf }) => `${key}@${asOf}` },
  );
}

/** A row can belong under several keys, e.g. a seat held by an organisation on behalf of another. */
export type KeyOf<Row> = (row: Row) => string | null | readonly (string | null)[];

function groupRows<Row>(rows: Row[], keyOf: KeyOf<Row>): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const keys = keyOf(row);
    for (const key of new Set(typeof keys === 'string' || keys === null ? [keys] : keys)) {
      if (key === null) continue;
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
  }
  return groups;
}
