import { randomUUID } from 'node:crypto';
import { types, type PGlite } from '@electric-sql/pglite';
import * as drizzleUtils from 'drizzle-orm/utils';
import type postgres from 'postgres';
import type { Database } from '../../db';

/** Rows are read from the database this many at a time, and written out before the next are read. */
export const batchSize = 500;

/** What drizzle keeps of a select once prepared: its text, parameters and how to map a row of values back. */
interface PreparedSelect {
  queryString: string;
  params: unknown[];
  fields: unknown;
  joinsNotNullableMap: unknown;
}

/** drizzle's own row mapper, which its typings leave out: it is what every one of its drivers maps rows with. */
const { mapResultRow } = drizzleUtils as unknown as {
  mapResultRow(fields: unknown, values: unknown[], joinsNotNullableMap: unknown): unknown;
};

interface Internals {
  $client: unknown;
  session: { logger: { logQuery(query: string, params: unknown[]): void } };
}

/** A drizzle select, not yet run: `_prepare` is how drizzle itself turns one into text, parameters and a mapper. */
export interface StreamableSelect {
  _prepare(): unknown;
}

/** Any drizzle select: its typings hide `_prepare` once it is ordered, but every select has it. */
export const streamable = (query: PromiseLike<unknown>) => query as unknown as StreamableSelect;

/**
 * Runs one select and yields its rows `batchSize` at a time, mapped as drizzle maps them, so that a caller never
 * holds more than one batch: on PostgreSQL through a cursor of the extended protocol (one statement; each fetch of a
 * batch is bounded by the statement timeout), on PGlite through a server-side cursor WITH HOLD, which PGlite fills
 * once and then hands out a batch per FETCH while other requests go on between fetches. The statement is counted once,
 * as any other, in the request's scope; `signal` stops the reading between batches.
 */
export async function* streamSelect<Row>(
  db: Database,
  query: StreamableSelect,
  signal: AbortSignal | null,
): AsyncGenerator<Row[]> {
  const internals = db as unknown as Internals;
  const prepared = query._prepare() as PreparedSelect;
  const { queryString, params } = prepared;
  internals.session.logger.logQuery(queryString, params);
  const map = (values: unknown[]) => mapResultRow(prepared.fields, values, prepared.joinsNotNullableMap) as Row;
  const client = internals.$client;
  if (isPostgres(client)) {
    const cursor = client
      .unsafe(queryString, params as never[], { prepare: false })
      .values()
      .cursor(batchSize);
    for await (const rows of cursor) {
      signal?.throwIfAborted();
      yield (rows as unknown as unknown[][]).map(map);
    }
    return;
  }
  yield* pgliteCursor(client as PGlite, queryString, params, map, signal);
}

async function* pgliteCursor<Row>(
  client: PGlite,
  text: string,
  params: unknown[],
  map: (values: unknown[]) => Row,
  signal: AbortSignal | null,
): AsyncGenerator<Row[]> {
  const name = `export_${randomUUID().replaceAll('-', '')}`;
  await client.query(`DECLARE ${name} NO SCROLL CURSOR WITH HOLD FOR ${text}`, params);
  try {
    for (;;) {
      signal?.throwIfAborted();
      const result = await client.query<unknown[]>(`FETCH FORWARD ${batchSize} FROM ${name}`, [], fetchOptions);
      if (result.rows.length) yield result.rows.map(map);
      if (result.rows.length < batchSize) return;
    }
  } finally {
    await client.query(`CLOSE ${name}`);
  }
}

/** As drizzle's PGlite session reads rows: arrays of values, dates and timestamps left as PostgreSQL writes them. */
const keepText = (value: string) => value;
const fetchOptions = {
  rowMode: 'array' as const,
  parsers: {
    [types.TIMESTAMP]: keepText,
    [types.TIMESTAMPTZ]: keepText,
    [types.INTERVAL]: keepText,
    [types.DATE]: keepText,
    1231: keepText,
    1115: keepText,
    1185: keepText,
    1187: keepText,
    1182: keepText,
  },
};

function isPostgres(client: unknown): client is postgres.Sql {
  return typeof (client as { unsafe?: unknown }).unsafe === 'function';
}
