import { and, eq, gt, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountabilityLines,
  bodies,
  bodyLegalStatuses,
  bodySuccessions,
  memberships,
  organisationSuccessions,
} from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { bare, expectNoFaults, expectOneOfPair, expectOneWinner, inPairs, race } from './support/races';

/**
 * Writers racing each other over the rules a service checks by reading first. On PostgreSQL the requests run on
 * separate connections at once; on PGlite, with its one connection, they queue, so there the same tests show the
 * rules holding for the order they happen to run in.
 */
let database: TestDatabase;
let api: TestApi;
let make: ReturnType<typeof factories>;
let areaId: string;

const writers = 20;
const appoint = bare('appointMember', 'AppointMemberInput');
const endBody = bare('endBody', 'EndBodyInput');
const recordLine = bare('recordAccountabilityLine', 'RecordAccountabilityLineInput');
const recordStatus = bare('recordBodyLegalStatus', 'RecordBodyLegalStatusInput');
const bodySuccession = bare('recordBodySuccession', 'RecordBodySuccessionInput');
const organisationSuccession = bare('recordOrganisationSuccession', 'RecordOrganisationSuccessionInput');

const bodyId = (row: { id: string }) => toGlobalId('Body', row.id);
const organisationId = (row: { id: string }) => toGlobalId('Organisation', row.id);
const someBodies = (count: number, validFrom = '2005-04-01') =>
  make.bodies(
    Array.from({ length: count }, (_, index) => ({
      name: `Race body ${index}`,
      kind: 'THEME_SUB_GROUP' as const,
      level: 'EXECUTIVE' as const,
      areaId,
      validFrom,
    })),
  );

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  make = factories(database.db);
  areaId = (await make.area({ code: 'T-RACES', name: 'Raceshire' })).id;
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('seats', () => {
  it('seats an organisation once when 20 writers appoint it for overlapping terms at once', async () => {
    const [board] = await someBodies(1);
    const pct = await make.organisation({ name: 'Raceshire PCT', kind: 'PRIMARY_CARE_TRUST' });
    const responses = await race(
      Array.from({ length: writers }, (_, index) => ({
        client: api,
        mutation: appoint,
        input: {
          body: bodyId(board!),
          memberOrganisation: organisationId(pct),
          validFrom: `2006-0${1 + (index % 9)}-01`,
          validTo: index % 2 ? null : '2009-01-01',
        },
      })),
    );
    expectOneWinner(responses, [{ code: 'BAD_USER_INPUT', field: 'input.memberOrganisation' }]);
    expect(responses.find((response) => response.errors)?.errors?.[0]?.message).toBe(
      'That organisation already holds a seat on this body for part of that period',
    );
    const seats = await database.db.select().from(memberships).where(eq(memberships.bodyId, board!.id));
    expect(seats).toHaveLength(1);
  });

  it('never leaves a seat in force after its body ends, when one writer ends the body as another appoints', async () => {
    const boards = await someBodies(writers);
    const pct = await make.organisation({ name: 'Raceshire seat PCT', kind: 'PRIMARY_CARE_TRUST' });
    const responses = await race(
      boards.flatMap((board) => [
        { client: api, mutation: endBody, input: { body: bodyId(board), endOn: '2008-01-01', expectedVersion: 1 } },
        {
          client: api,
          mutation: appoint,
          input: { body: bodyId(board), memberOrganisation: organisationId(pct), validFrom: '2006-01-01' },
        },
      ]),
    );
    for (const pair of inPairs(responses)) expectOneOfPair(pair, ['input.endOn', 'input.validFrom']);
    expect(await outliving(memberships, boards)).toEqual([]);
  });
});

/** Rows of a body's dated facts still in force after the body's end (or at all, for an open one). */
async function outliving(
  table: typeof memberships | typeof bodyLegalStatuses,
  boards: { id: string }[],
): Promise<unknown[]> {
  const ids = boards.map((board) => board.id);
  return database.db
    .select({ id: table.id })
    .from(table)
    .innerJoin(bodies, eq(bodies.id, table.bodyId))
    .where(
      and(
        inArray(bodies.id, ids),
        or(and(isNull(table.validTo), isNotNull(bodies.validTo)), gt(table.validTo, bodies.validTo)),
      ),
    );
}

describe('bodies', () => {
  it('never leaves a line in force after its body ends, when one writer ends the body as another records a line', async () => {
    const boards = await someBodies(writers);
    const [trust] = await someBodies(1, '2000-01-01');
    const responses = await race(
      boards.flatMap((board) => [
        { client: api, mutation: endBody, input: { body: bodyId(board), endOn: '2008-01-01', expectedVersion: 1 } },
        {
          client: api,
          mutation: recordLine,
          input: { kind: 'ADVISES', from: bodyId(board), to: bodyId(trust!), validFrom: '2006-01-01' },
        },
      ]),
    );
    for (const pair of inPairs(responses)) expectOneOfPair(pair, ['input.endOn', 'input.validFrom']);
    const lines = await database.db
      .select({ validTo: accountabilityLines.validTo, bodyEnd: bodies.validTo })
      .from(accountabilityLines)
      .innerJoin(bodies, eq(bodies.id, accountabilityLines.fromBodyId))
      .where(
        inArray(
          bodies.id,
          boards.map((board) => board.id),
        ),
      );
    for (const line of lines) expect(line.bodyEnd).toBeNull();
  });

  it('ends a legal status recorded while its body is being ended with the body, whichever commits first', async () => {
    const boards = await someBodies(writers);
    const responses = await race(
      boards.flatMap((board) => [
        { client: api, mutation: endBody, input: { body: bodyId(board), endOn: '2008-01-01', expectedVersion: 1 } },
        {
          client: api,
          mutation: recordStatus,
          input: { body: bodyId(board), status: 'LEGAL_PARTNERSHIP', validFrom: '2006-01-01' },
        },
      ]),
    );
    expectNoFaults(responses);
    // Either order lets both through: a status recorded first is ended with the body; one recorded after ends then.
    expect(responses.filter((response) => response.errors)).toEqual([]);
    expect(await outliving(bodyLegalStatuses, boards)).toEqual([]);
    const statuses = await database.db
      .select()
      .from(bodyLegalStatuses)
      .where(
        inArray(
          bodyLegalStatuses.bodyId,
          boards.map((board) => board.id),
        ),
      );
    expect(statuses.map((status) => status.validTo)).toEqual(boards.map(() => '2008-01-01'));
  });
});

describe('cycles', () => {
  it('lets one of two writers through when each makes a body succeed the other at once', async () => {
    const pairs = inPairs(await someBodies(writers, '2000-01-01'));
    const responses = await race(
      pairs.flatMap(([a, b]) => [
        {
          client: api,
          mutation: bodySuccession,
          input: { predecessor: bodyId(a!), successor: bodyId(b!), occurredOn: '2006-04-01' },
        },
        {
          client: api,
          mutation: bodySuccession,
          input: { predecessor: bodyId(b!), successor: bodyId(a!), occurredOn: '2006-04-01' },
        },
      ]),
    );
    for (const pair of inPairs(responses)) expectOneOfPair(pair, ['input.successor', 'input.successor']);
    const ids = pairs.flat().map((row) => row!.id);
    expect(
      await database.db.select().from(bodySuccessions).where(inArray(bodySuccessions.successorId, ids)),
    ).toHaveLength(pairs.length);
  });

  it('lets one of two writers through when each makes an organisation succeed the other at once', async () => {
    const pairs = await Promise.all(
      Array.from({ length: writers / 2 }, async () => [await make.organisation(), await make.organisation()]),
    );
    const responses = await race(
      pairs.flatMap(([a, b]) => [
        {
          client: api,
          mutation: organisationSuccession,
          input: {
            predecessor: organisationId(a!),
            successor: organisationId(b!),
            kind: 'MERGER',
            occurredOn: '2006-04-01',
          },
        },
        {
          client: api,
          mutation: organisationSuccession,
          input: {
            predecessor: organisationId(b!),
            successor: organisationId(a!),
            kind: 'MERGER',
            occurredOn: '2006-04-01',
          },
        },
      ]),
    );
    for (const pair of inPairs(responses)) expectOneOfPair(pair, ['input.predecessor', 'input.predecessor']);
    const ids = pairs.flat().map((row) => row!.id);
    const recorded = await database.db
      .select()
      .from(organisationSuccessions)
      .where(inArray(organisationSuccessions.successorId, ids));
    expect(recorded).toHaveLength(pairs.length);
  });

  it('lets one of two writers through when each makes a body answer to the other at once', async () => {
    const pairs = inPairs(await someBodies(writers, '2000-01-01'));
    const line = (from: { id: string }, to: { id: string }) => ({
      client: api,
      mutation: recordLine,
      input: { kind: 'ACCOUNTABLE_TO', from: bodyId(from), to: bodyId(to), validFrom: '2006-01-01' },
    });
    const responses = await race(pairs.flatMap(([a, b]) => [line(a!, b!), line(b!, a!)]));
    for (const pair of inPairs(responses)) expectOneOfPair(pair, ['input.to', 'input.to']);
    const ids = pairs.flat().map((row) => row!.id);
    const lines = await database.db
      .select()
      .from(accountabilityLines)
      .where(inArray(accountabilityLines.fromBodyId, ids));
    expect(lines).toHaveLength(pairs.length);
  });
});
