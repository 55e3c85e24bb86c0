import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDemand } from '../src/config';
import { openDatabase, type DatabaseHandle } from '../src/db';
import { startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

/**
 * Statement timeouts and the request deadline, made to bite by a lock another session holds. PostgreSQL only:
 * embedded PGlite runs one statement at a time in this process and has no statement timeout (see the README).
 */
const onPostgres = Boolean(process.env.DATABASE_URL);

let database: TestDatabase;
let served: DatabaseHandle;
let locker: postgres.Sql;

beforeAll(async () => {
  if (!onPostgres) return;
  database = await createTestDatabase();
  const make = factories(database.db);
  const area = await make.area();
  const body = await make.body(area.id);
  const organisation = await make.organisation();
  await make.membership({ bodyId: body.id, memberOrganisationId: organisation.id, validFrom: '2001-01-01' });
  served = await openDatabase({ databaseUrl: database.url, statementTimeoutMs: 300 });
  locker = postgres(database.url!, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await locker?.end();
  await served?.close();
  await database?.dispose();
});

/** Holds an exclusive lock on `table` for `ms`, from a session of its own, while `work` runs. */
async function whileLocked<T>(table: string, ms: number, work: () => Promise<T>): Promise<T> {
  let locked!: () => void;
  const held = new Promise<void>((resolve) => (locked = resolve));
  const session = locker.begin(async (tx) => {
    await tx.unsafe(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    locked();
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
  await held;
  const result = await work();
  await session;
  return result;
}

describe.skipIf(!onPostgres)('time limits on PostgreSQL', () => {
  it('cancels a statement past the statement timeout and answers REQUEST_TIMEOUT, without the SQL', async () => {
    const api = await startApi(served.db);
    try {
      let tookMs = 0;
      const response = await whileLocked('bodies', 2_000, async () => {
        const started = performance.now();
        const answer = await api.query('{ bodies(first: 1) { nodes { name } } }');
        tookMs = performance.now() - started;
        return answer;
      });
      expect(tookMs).toBeLessThan(1_500);
      expect(response.status).toBe(503);
      expect(response.errors).toEqual([
        {
          message: 'The request took too long and was stopped; ask for less at a time',
          path: ['bodies'],
          extensions: { code: 'REQUEST_TIMEOUT' },
        },
      ]);
    } finally {
      await api.close();
    }
  });

  it('issues no further statement once the request is past its deadline', async () => {
    // The statement timeout is the longer of the two here, so the deadline is what stops the request.
    const slowStatements = await openDatabase({ databaseUrl: database.url, statementTimeoutMs: 5_000 });
    const api = await startApi(slowStatements.db, { demand: { ...defaultDemand, requestTimeoutMs: 300 } });
    try {
      // The page of bodies, which reads their seats (and the seats' organisations) in its own statement, waits on the
      // lock past the deadline; the organisations' own seats are never asked.
      const response = await whileLocked('memberships', 800, () =>
        api.query(
          '{ bodies(first: 5) { nodes { name memberships { memberOrganisation { name memberships { id } } } } } }',
        ),
      );
      const codes = response.errors?.map((error) => error.extensions?.code);
      expect(codes?.length).toBeGreaterThan(0);
      expect(new Set(codes)).toEqual(new Set(['REQUEST_TIMEOUT']));
      expect(response.errors?.[0]?.message).toBe(
        'The request ran longer than 300 ms and was stopped; ask for less at a time',
      );
      expect(response.errors?.[0]?.path?.at(-1)).toBe('memberships');
      expect(response.errors?.[0]?.path).toContain('memberOrganisation');
      expect(response.statements).toBe(1);
    } finally {
      await api.close();
      await slowStatements.close();
    }
  });
});
