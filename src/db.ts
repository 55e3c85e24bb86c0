import { AsyncLocalStorage } from 'node:async_hooks';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { sql, type SQL } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from '../schema/database/index';

export type Schema = typeof schema;
/** One drizzle handle, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('../schema/migrations', import.meta.url));

/** Counts the SQL statements issued inside `countStatements`; N+1 queries show up as counts that grow with rows. */
const statementScope = new AsyncLocalStorage<{ count: number }>();

const countingLogger: Logger = {
  logQuery() {
    const scope = statementScope.getStore();
    if (scope) scope.count += 1;
  },
};

export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const scope = { count: 0 };
  const result = await statementScope.run(scope, work);
  return { result, statements: scope.count };
}

/** Runs `work` in a fresh counting scope and reads the count as it stands, for callers that finish elsewhere. */
export function withStatementCount<T>(work: (read: () => number) => T): T {
  const scope = { count: 0 };
  return statementScope.run(scope, () => work(() => scope.count));
}

export interface OpenOptions {
  databaseUrl?: string;
  /** PGlite data directory; omitted means in memory. */
  dataDir?: string;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    // JIT compilation pays off for long analytical queries; for this API's short ones it only adds up to a second
    // whenever the planner's estimate crosses its threshold, so it is off for the registry's connections.
    const client = postgres(options.databaseUrl, { max: 10, onnotice: () => {}, connection: { jit: 'off' } });
    const db = drizzlePostgres({ client, schema, casing: 'snake_case', logger: countingLogger }) as unknown as Database;
    return {
      db,
      driver: 'postgres',
      migrate: () => migratePostgres(db as never, { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const client = await PGlite.create({ dataDir: options.dataDir, extensions: { btree_gist } });
  const db = drizzlePglite({ client, schema, casing: 'snake_case', logger: countingLogger }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
  };
}

/** Rows of a raw `execute`, which postgres.js returns as an array and PGlite as `{ rows }`. */
export async function selectRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

export async function databaseAnswers(db: Database): Promise<boolean> {
  const rows = await selectRows<{ ok: number }>(db, sql`select 1 as ok`);
  return rows[0]?.ok === 1;
}
