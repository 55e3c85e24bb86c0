import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changes, organisations } from '../schema/database/index';
import type { Viewer } from '../src/auth/viewer';
import { createContext } from '../src/context';
import { write } from '../src/modules/history/write';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

/**
 * Two writes that lock the same two rows in opposite orders deadlock, and PostgreSQL aborts one of them
 * (40P01): that write is tried again once the other has committed, so both callers get their answer and each
 * change is recorded once. Two writers inserting overlapping rows under an exclusion constraint (two holders of a
 * post) meet the same end. PGlite runs one transaction at a time, so this is PostgreSQL's alone.
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
let database: TestDatabase;
let first: { id: string };
let second: { id: string };

const viewer: Viewer = {
  subject: 'test writer',
  organisationId: null as never,
  organisationCode: 'none',
  roles: [{ role: 'administrator' }],
  canWrite: true,
  via: 'token',
};

beforeAll(async () => {
  if (!onPostgres) return;
  database = await createTestDatabase();
  const make = factories(database.db);
  first = await make.organisation({ code: 'deadlock-first', name: 'First Trust' });
  second = await make.organisation({ code: 'deadlock-second', name: 'Second Trust' });
  viewer.organisationId = first.id;
});

afterAll(async () => {
  await database?.dispose();
});

describe.skipIf(!onPostgres)('a write PostgreSQL aborts for a deadlock', () => {
  it('is tried again, and both writers get their answer with each change recorded once', async () => {
    let bothLocked: () => void;
    const barrier = new Promise<void>((resolve) => (bothLocked = resolve));
    let locked = 0;
    const attempts: string[] = [];
    const rename = (label: string, [a, b]: { id: string }[]) =>
      write(createContext(database.db, viewer), `rename-${label}`, async (change) => {
        attempts.push(label);
        await change.tx.execute(sql`select id from organisations where id = ${a!.id} for update`);
        if (++locked === 2) bothLocked();
        // Only the first attempts wait for each other; a retry finds the other write finished.
        if (attempts.filter((attempt) => attempt === label).length === 1) await barrier;
        await change.tx.execute(sql`select id from organisations where id = ${b!.id} for update`);
        await change.tx
          .update(organisations)
          .set({ name: `${label} renamed` })
          .where(eq(organisations.id, b!.id));
        change.record({ recordType: 'Organisation', recordId: b!.id, areaId: null, before: null, after: null });
        return label;
      });
    const results = await Promise.all([rename('one', [first, second]), rename('two', [second, first])]);
    expect(results).toEqual(['one', 'two']);
    // One of the two was aborted and ran again.
    expect(attempts.length).toBe(3);
    const recorded = await database.db
      .select()
      .from(changes)
      .where(sql`${changes.operation} like 'rename-%'`);
    expect(recorded.map((row) => row.operation).sort()).toEqual(['rename-one', 'rename-two']);
  });
});
