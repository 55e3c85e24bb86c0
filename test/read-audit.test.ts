import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../schema/database/index';
import { buildAccessWorld, codes, type AccessWorld } from './support/access-world';
import { startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * The read audit on every read path: a granted read of a confidential field is a row; a refused one is counted, one
 * row per viewer, field and hour, so that a flood of refused reads cannot fill the table.
 */

let database: TestDatabase;
let api: TestApi;
let world: AccessWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildAccessWorld(database.db, api);
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

const rowsOf = (subject: string) => database.db.select().from(readAudit).where(eq(readAudit.subject, subject));
const rowId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const client = (org: string, subject: string) => api.as({ org, roles: ['reader'], subject });

/** Every seat on B with its mandate and declarations: four seats, three confidential fields each. */
const seatsOfBoard = `query($board: ID!) { body(id: $board) {
  memberships { role canCommitResources commitScope interestDeclarations { interest } } } }`;
const seatsOnBoard = 4;

describe('the statements a request costs', () => {
  it('are its own in x-sql-statements, and with authentication and the audit in x-sql-statements-total', async () => {
    const reader = await client(codes.police, 'audit: statement totals');
    const plain = await reader.query('query($pctSeat: ID!) { node(id: $pctSeat) { id } }', { pctSeat: world.ids.pctSeat });
    expect(plain.errors).toBeUndefined();
    // The organisation named by the token is looked up (unless it was, a moment ago).
    expect(plain.totalStatements - plain.statements).toBeLessThanOrEqual(1);
    const audited = await reader.query('query($pctSeat: ID!) { node(id: $pctSeat) { ... on Membership { commitScope } } }', {
      pctSeat: world.ids.pctSeat,
    });
    expect(audited.errors).toBeUndefined();
    // … and not again a moment later; the granted read of a confidential field is written to the audit in one statement.
    expect(audited.totalStatements).toBe(audited.statements + 1);
  });
});

describe('granted reads', () => {
  it('are one row per record and field, however often the request reads the value', async () => {
    const subject = 'audit: X reads P’s mandate three times';
    const response = await (
      await client(codes.police, subject)
    ).query(
      `query($pctSeat: ID!) {
        a: node(id: $pctSeat) { ... on Membership { commitScope } }
        b: node(id: $pctSeat) { ... on Membership { scope: commitScope commitScope } }
      }`,
      { pctSeat: world.ids.pctSeat },
    );
    expect(response.errors).toBeUndefined();
    expect(await rowsOf(subject)).toEqual([
      expect.objectContaining({
        action: 'mandate:read',
        recordType: 'Membership',
        recordId: world.rows.pctSeat.id,
        field: 'commitScope',
        result: 'GRANTED',
        grounds: 'PARTNER',
        count: 1,
      }),
    ]);
  });
});

describe('refused reads', () => {
  it('are counted per field, naming the viewer, its organisation, the first record refused and the hour', async () => {
    const subject = 'audit: O is refused the board’s seats';
    const before = new Date();
    const response = await (await client(codes.outsider, subject)).query(seatsOfBoard, { board: world.ids.board });
    expect(response.errors).toHaveLength(seatsOnBoard * 3);
    const rows = await rowsOf(subject);
    expect(rows.map((row) => [row.action, row.recordType, row.field, row.count]).sort()).toEqual([
      ['interest:read', 'Membership', 'interestDeclarations', seatsOnBoard],
      ['mandate:read', 'Membership', 'canCommitResources', seatsOnBoard],
      ['mandate:read', 'Membership', 'commitScope', seatsOnBoard],
    ]);
    const seats = [world.ids.pctSeat, world.ids.policeSeat, world.ids.nurseSeat, world.ids.youngSeat].map(rowId);
    const hourBefore = new Date(before);
    hourBefore.setUTCMinutes(0, 0, 0);
    for (const row of rows) {
      expect(row).toMatchObject({ result: 'DENIED', grounds: null, organisationId: world.rows.outsider.id });
      expect(seats).toContain(row.recordId);
      expect(row.readAt.getTime() % 3_600_000, 'the start of an hour').toBe(0);
      expect(row.readAt.getTime()).toBeGreaterThanOrEqual(hourBefore.getTime());
      expect(row.readAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
  });

  it('cannot fill the table: a flood of refused reads, in turn and at once, adds to the counts', async () => {
    const subject = 'audit: O floods the board’s seats';
    const outsider = await client(codes.outsider, subject);
    const requests = 40;
    for (let i = 0; i < requests / 2; i += 1) await outsider.query(seatsOfBoard, { board: world.ids.board });
    await Promise.all(
      Array.from({ length: requests / 2 }, () => outsider.query(seatsOfBoard, { board: world.ids.board })),
    );
    const rows = await rowsOf(subject);
    // Three fields; a flood that straddles the hour starts a second row for each.
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.length).toBeLessThanOrEqual(6);
    expect(new Set(rows.map((row) => row.field))).toEqual(
      new Set(['canCommitResources', 'commitScope', 'interestDeclarations']),
    );
    expect(rows.reduce((total, row) => total + row.count, 0)).toBe(requests * seatsOnBoard * 3);
  });

  it('are kept apart from granted reads of the same field by another viewer', async () => {
    const partner = 'audit: X reads the seats';
    const outsider = 'audit: O is refused the seats';
    await (await client(codes.police, partner)).query(seatsOfBoard, { board: world.ids.board });
    await (await client(codes.outsider, outsider)).query(seatsOfBoard, { board: world.ids.board });
    const granted = await rowsOf(partner);
    expect(granted.length).toBe(seatsOnBoard * 3);
    for (const row of granted) expect(row).toMatchObject({ result: 'GRANTED', count: 1 });
    // X answers for its own seat as its OWNER, for the others as a PARTNER of B.
    expect(new Set(granted.map((row) => row.grounds))).toEqual(new Set(['OWNER', 'PARTNER']));
    expect((await rowsOf(outsider)).every((row) => row.result === 'DENIED')).toBe(true);
  });
});
