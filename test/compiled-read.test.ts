import { asc, inArray, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountabilityLines, areas, bodies, memberships, organisations, posts } from '../schema/database/index';
import { seedDatabase } from '../seeds/index';
import { countStatements } from '../src/db';
import { anyIn } from '../src/shared/any-of';
import { compiledReadIncluding, readById } from '../src/shared/compiled-read';
import { createTestDatabase, type TestDatabase } from './support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database.db);
}, 120_000);

afterAll(async () => {
  await database?.dispose();
});

// The hot loaders read through statements compiled once; what they answer must be what drizzle's select answers,
// value for value and type for type (timestamps as Dates, dates as strings, JSON parsed), on either driver.
const tables = { areas, organisations, bodies, posts, memberships, accountabilityLines };

describe('reads compiled once', () => {
  it.each(Object.entries(tables))('give the rows of %s exactly as drizzle does', async (_name, table) => {
    const expected = await database.db.select().from(table).orderBy(asc(table.id)).limit(40);
    expect(expected.length).toBeGreaterThan(0);
    const ids = expected.map((row) => row.id);
    const read = readById(table);
    const { result, statements } = await countStatements(() => read(database.db, ids));
    expect(statements).toBe(1);
    const actual = [...result].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(actual).toEqual(expected);
    for (const [key, value] of Object.entries(expected[0]!)) {
      expect([key, (actual[0] as Record<string, unknown>)[key]?.constructor]).toEqual([key, value?.constructor]);
    }
    // The same text again, with other values: the statement is rendered once and filled by name.
    const again = await read(database.db, ids.slice(0, 3));
    expect(again.map((row) => row.id).sort()).toEqual(ids.slice(0, 3));
    // One id is read through a statement of its own (`column = $1`, which PostgreSQL plans once), with the same rows.
    expect(await read(database.db, [ids[1]!])).toEqual([expected[1]]);
    const none = await database.db.select().from(table).where(inArray(table.id, ['00000000-0000-0000-0000-000000000000']));
    expect(await read(database.db, ['00000000-0000-0000-0000-000000000000'])).toEqual(none);
  });
});

describe('reads with the rows they refer to', () => {
  it('answer each referred row once, exactly as drizzle reads it, and leave the rows themselves as they are', async () => {
    const seats = await database.db
      .select()
      .from(memberships)
      .where(isNotNull(memberships.memberPostId))
      .orderBy(asc(memberships.id))
      .limit(40);
    const read = compiledReadIncluding(
      memberships,
      (placeholder) => sql`where ${anyIn(memberships.id, placeholder('ids'))} order by ${memberships.id}`,
      {
        bodies: { table: bodies, via: memberships.bodyId },
        posts: { table: posts, via: memberships.memberPostId },
        organisations: { table: organisations, via: memberships.memberOrganisationId },
      },
    );
    const { result, statements } = await countStatements(() => read(database.db, { ids: seats.map((row) => row.id) }));
    expect(statements).toBe(1);
    expect(result.rows).toEqual(seats);
    expect(Object.keys(result.rows[0]!)).toEqual(Object.keys(seats[0]!));
    const byId = <Row extends { id: string }>(rows: Row[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    const expectedBodies = await database.db
      .select()
      .from(bodies)
      .where(inArray(bodies.id, [...new Set(seats.map((row) => row.bodyId))]));
    expect(byId(result.included.bodies)).toEqual(byId(expectedBodies));
    const expectedPosts = await database.db
      .select()
      .from(posts)
      .where(inArray(posts.id, [...new Set(seats.map((row) => row.memberPostId!))]));
    expect(byId(result.included.posts)).toEqual(byId(expectedPosts));
    const organisationIds = [...new Set(seats.flatMap((row) => row.memberOrganisationId ?? []))];
    const expectedOrganisations = organisationIds.length
      ? await database.db.select().from(organisations).where(inArray(organisations.id, organisationIds))
      : [];
    expect(byId(result.included.organisations)).toEqual(byId(expectedOrganisations));
  });
});
