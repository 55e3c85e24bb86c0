import { AsyncLocalStorage } from 'node:async_hooks';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql, type ExtractTablesWithRelations, type SQL } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { PostgresJsSession } from 'drizzle-orm/postgres-js/session';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from '../schema/database/index';

export type Schema = typeof schema;
/** One drizzle handle, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** Applies the migrations not yet applied; a test may name another folder, to stop at an earlier one. */
  migrate(folder?: string): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('../schema/migrations', import.meta.url));

/**
 * What the database layer knows of the request it is working for: how many statements it has issued (N+1 queries
 * show up as counts that grow with rows) and whether it should stop (its deadline passed or its client left).
 */
interface RequestScope {
  statements: number;
  signal: AbortSignal | null;
}

/**
 * drizzle logs each statement just before sending it, so a request that should stop issues nothing more; inside a
 * transaction the error rolls it back.
 */
function scopeLogger(scope: RequestScope): Logger {
  return {
    logQuery() {
      scope.signal?.throwIfAborted();
      scope.statements += 1;
    },
  };
}

export interface ScopedDatabase {
  /** The same connections and schema; every statement issued through it (transactions too) counts for the scope. */
  db: Database;
  /** The statements issued so far. */
  statements(): number;
}

/**
 * A handle on `db` for one request: the statements it issues are counted, and once `signal` aborts every further
 * one fails with the signal's reason. The scope is carried by the handle (the context hands it to every store and
 * service), not by AsyncLocalStorage, whose promise hooks would cost every await of every request.
 */
export function scopeDatabase(db: Database, signal: AbortSignal | null): ScopedDatabase {
  const scope: RequestScope = { statements: 0, signal };
  return { db: withLogger(db, scopeLogger(scope)), statements: () => scope.statements };
}

/**
 * A database of the same driver, client and schema whose session logs to `logger`. drizzle's sessions carry their
 * logger into the transactions they open. Made for every request, so without drizzle's relational query builders
 * (`db.query.<table>`, one per table, which the registry's code does not use): a session and little else.
 */
function withLogger(db: Database, logger: Logger): Database {
  const base = db as unknown as DrizzleInternals;
  return withSession(db, base.session.constructor as SessionConstructor, logger, { relationalQueries: false });
}

/** `db` with a session of the class given, on the same client, dialect and schema; its logger replaced if given. */
function withSession(
  db: Database,
  Session: SessionConstructor,
  logger?: Logger,
  { relationalQueries = true } = {},
): Database {
  const base = db as unknown as DrizzleInternals;
  const sessionOptions = logger ? { ...base.session.options, logger } : base.session.options;
  const session = new Session(base.session.client, base.dialect, base.session.schema, sessionOptions);
  const Drizzle = base.constructor as DatabaseConstructor;
  const scoped = new Drizzle(base.dialect, session, relationalQueries ? base._ : undefined);
  scoped.$client = base.$client;
  return scoped as unknown as Database;
}

/** Statement texts prepared on PostgreSQL's connections, at most `preparedLimit` of them, first come. */
const preparedTexts = new Set<string>();
const preparedLimit = 500;

/**
 * drizzle asks postgres.js to prepare only statements given a name; the registry's reads are the same few texts
 * over and over, so they are prepared once per connection and then only bound and executed (PGlite has nothing to
 * prepare). A text that varies (an `IN` list's length) makes a statement per variant, which PostgreSQL keeps per
 * connection until it closes (postgres.js recycles each within an hour): past the first `preparedLimit` texts of the
 * process, statements are sent unprepared, so what is kept stays bounded whatever the requests. Only reads are
 * prepared; transactions, for writes, use drizzle's own session and prepare nothing.
 */
class PreparingSession extends PostgresJsSession<postgres.Sql, Schema, ExtractTablesWithRelations<Schema>> {}
const unpreparedQuery = PostgresJsSession.prototype.prepareQuery as (...args: unknown[]) => unknown;
Object.defineProperty(PreparingSession.prototype, 'prepareQuery', {
  value(this: unknown, query: { sql: string }, fields: unknown, name: string | undefined, ...rest: unknown[]) {
    return unpreparedQuery.call(this, query, fields, name ?? (preparable(query.sql) ? '' : undefined), ...rest);
  },
});

/**
 * Put in a statement's text to have it planned for its values on every run, never prepared: for statements whose
 * generic plan (PostgreSQL's choice after five runs of a prepared one) misjudges them badly.
 */
const plannedEachTimeMark = '/* planned each time */';
export const plannedEachTime = sql.raw(plannedEachTimeMark);

function preparable(text: string): boolean {
  if (preparedTexts.has(text)) return true;
  if (text.includes(plannedEachTimeMark)) return false;
  // Reads only: writes and seeding come in texts of every length and would take the places of the reads.
  if (!/^\s*(select|with)\b/i.test(text)) return false;
  if (preparedTexts.size >= preparedLimit) return false;
  preparedTexts.add(text);
  return true;
}

interface DrizzleSession {
  client: unknown;
  schema: unknown;
  options: Record<string, unknown>;
}
interface DrizzleInternals {
  dialect: unknown;
  session: DrizzleSession;
  _: unknown;
  $client: unknown;
}
type SessionConstructor = new (client: unknown, dialect: unknown, schema: unknown, options: object) => DrizzleSession;
type DatabaseConstructor = new (dialect: unknown, session: DrizzleSession, schema: unknown) => DrizzleInternals;

/**
 * For tests of work done through objects made beforehand (a context's stores): counts the statements `work` issues
 * through any database opened here. AsyncLocalStorage's hooks are enabled by the first call, so they cost only the
 * processes that use it; requests are scoped by `scopeDatabase`.
 */
const testScope = new AsyncLocalStorage<RequestScope>();
const testScopeLogger: Logger = {
  logQuery() {
    const scope = testScope.getStore();
    if (scope) scope.statements += 1;
  },
};

export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const scope = { statements: 0, signal: null };
  const result = await testScope.run(scope, work);
  return { result, statements: scope.statements };
}

export interface OpenOptions {
  databaseUrl?: string;
  /** PostgreSQL cancels any one statement that runs longer (unset: no limit, for migrations and seeding). */
  statementTimeoutMs?: number;
  /** PGlite data directory; omitted means in memory. */
  dataDir?: string;
}

/**
 * pg_trgm's word similarity from which search takes a name's word for a misspelt one ("safegaurding" and
 * "safeguarding": 0.53). A setting of the session, not of the statement, because the trigram index answers
 * `word <% name` by it: each connection is opened with it, on both drivers.
 */
export const trigramWordSimilarity = 0.5;

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, postgresOptions(options));
    const plain = drizzlePostgres({ client, schema, casing: 'snake_case', logger: testScopeLogger });
    // Migrations go through drizzle's own session: their statements are run once, and some hold several commands.
    const db = withSession(plain as unknown as Database, PreparingSession as unknown as SessionConstructor);
    return {
      db,
      driver: 'postgres',
      migrate: (folder = migrationsFolder) => migratePostgres(plain, { migrationsFolder: folder }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const client = await PGlite.create({ dataDir: options.dataDir, extensions: { btree_gist, pg_trgm } });
  await client.exec(`SET pg_trgm.word_similarity_threshold = ${trigramWordSimilarity}`);
  const db = drizzlePglite({ client, schema, casing: 'snake_case', logger: testScopeLogger }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    migrate: (folder = migrationsFolder) => migratePglite(db as never, { migrationsFolder: folder }),
    close: () => client.close(),
  };
}

function postgresOptions(options: OpenOptions): postgres.Options<Record<string, postgres.PostgresType>> {
  const timeout = options.statementTimeoutMs;
  return {
    max: 10,
    onnotice: () => {},
    // During an outage a request should hear so within seconds, not wait 30 s for a connection.
    connect_timeout: 2,
    // postgres.js waits up to 20 s between reconnection attempts after repeated failures; the registry would then
    // stay down long after its database came back. A quarter of a second at most.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.25),
    connection: {
      // JIT compilation pays off for long analytical queries; for this API's short ones it only adds up to a second
      // whenever the planner's estimate crosses its threshold, so it is off for the registry's connections.
      jit: 'off',
      'pg_trgm.word_similarity_threshold': trigramWordSimilarity,
      ...(timeout
        ? { statement_timeout: timeout, idle_in_transaction_session_timeout: Math.max(timeout * 2, 10_000) }
        : {}),
    },
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
