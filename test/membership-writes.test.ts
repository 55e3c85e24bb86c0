import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, organisations, posts } from '../schema/database/index';
import { issueApiKey } from '../src/auth/api-keys';
import { recordIdOf, toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { outcomes, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;
let secretariat: Client;
let outsider: Client;

const appoint = `mutation($input: AppointMemberInput!) { appointMember(input: $input) {
  clientMutationId membership { id role version validFrom validTo body { name } memberOrganisation { name } } } }`;
const end = `mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id version validTo } } }`;

async function buildWorld() {
  const make = factories(database.db);
  const area = await make.area({ code: 'T-WRITES', name: 'Writeshire' });
  const board = await make.body(area.id, {
    name: 'Writeshire board',
    kind: 'CHILDRENS_TRUST_BOARD',
    level: 'STRATEGIC',
    validFrom: '2005-04-01',
  });
  const pct = await make.organisation({ code: 'writeshire-pct', name: 'Writeshire PCT', kind: 'PRIMARY_CARE_TRUST' });
  const police = await make.organisation({
    code: 'writeshire-police',
    name: 'Writeshire Police',
    kind: 'POLICE_SERVICE',
  });
  const council = await make.organisation({ code: 'writeshire-council', name: 'Writeshire Council' });
  const [post] = await database.db
    .insert(posts)
    .values({ title: 'Director of Public Health', employerId: pct.id, validFrom: '2005-01-01' })
    .returning();
  return { area, board, pct, police, council, post: post!, boardId: toGlobalId('Body', board.id) };
}

const { denialsOf, failWritesBy } = writeChecks(() => database.db);
const seatsOn = (bodyId: string) => database.db.select().from(memberships).where(eq(memberships.bodyId, bodyId));

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
  secretariat = await api.as({ org: 'writeshire-council', roles: ['reader', `secretariat:${world.boardId}`] });
  outsider = await api.as({ org: 'writeshire-police', roles: ['editor'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('appointMember', () => {
  it('appoints, returns the seat, and records the change with who made it', async () => {
    const response = await secretariat.query(appoint, {
      input: {
        body: world.boardId,
        memberOrganisation: toGlobalId('Organisation', world.pct.id),
        role: 'VICE_CHAIR',
        validFrom: '2006-01-01',
      },
    });
    expect(response.errors).toBeUndefined();
    const seat = response.data.appointMember.membership;
    expect(seat).toMatchObject({
      role: 'VICE_CHAIR',
      version: 1,
      validFrom: '2006-01-01',
      validTo: null,
      body: { name: 'Writeshire board' },
      memberOrganisation: { name: 'Writeshire PCT' },
    });
    const history = await api.query(
      `query($id: ID!) { history(id: $id) { operation subject recordType before after } }`,
      { id: seat.id },
    );
    expect(history.data.history).toEqual([
      expect.objectContaining({
        operation: 'appointMember',
        subject: 'writeshire-council user',
        recordType: 'Membership',
        before: null,
        after: expect.objectContaining({ role: 'VICE_CHAIR' }),
      }),
    ]);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['an end before the start', { validFrom: '2007-01-01', validTo: '2006-01-01' }, 'input.validTo'],
    ['no member at all', { memberOrganisation: null }, 'input.memberOrganisation'],
    ['a term before the body existed', { validFrom: '2001-01-01' }, 'input.validFrom'],
    ['an id of the wrong type', { body: toGlobalId('Area', '00000000-0000-0000-0000-000000000000') }, 'input.body'],
    [
      'a member organisation that does not exist',
      { memberOrganisation: toGlobalId('Organisation', '00000000-0000-0000-0000-000000000000') },
      'input.memberOrganisation',
    ],
  ];

  it.each(invalid)('refuses %s, naming the field, and writes nothing', async (_name, change, field) => {
    const before = (await seatsOn(world.board.id)).length;
    const response = await secretariat.query(appoint, {
      input: {
        body: world.boardId,
        memberOrganisation: toGlobalId('Organisation', world.police.id),
        validFrom: '2008-01-01',
        ...change,
      },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: expect.stringMatching(/BAD_USER_INPUT|NOT_FOUND/),
      field,
    });
    expect((await seatsOn(world.board.id)).length).toBe(before);
  });

  it('refuses a second chair, and a post or organisation holding overlapping terms in the same seat', async () => {
    const chair = {
      body: world.boardId,
      memberOrganisation: toGlobalId('Organisation', world.council.id),
      role: 'CHAIR',
      validFrom: '2007-01-01',
    };
    expect((await secretariat.query(appoint, { input: chair })).errors).toBeUndefined();
    const second = await secretariat.query(appoint, {
      input: { ...chair, memberOrganisation: toGlobalId('Organisation', world.police.id), validFrom: '2009-01-01' },
    });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });

    const post = {
      body: world.boardId,
      memberPost: toGlobalId('Post', world.post.id),
      validFrom: '2007-01-01',
      validTo: '2009-01-01',
    };
    expect((await secretariat.query(appoint, { input: post })).errors).toBeUndefined();
    const overlapping = await secretariat.query(appoint, {
      input: { ...post, validFrom: '2008-06-01', validTo: null },
    });
    expect(overlapping.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.memberPost' });
    const following = await secretariat.query(appoint, { input: { ...post, validFrom: '2009-01-01', validTo: null } });
    expect(following.errors).toBeUndefined();

    const again = await secretariat.query(appoint, {
      input: {
        body: world.boardId,
        memberOrganisation: toGlobalId('Organisation', world.pct.id),
        validFrom: '2010-01-01',
      },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.memberOrganisation' });
  });

  it('lets only the body’s secretariat appoint, not the member itself, and records every refusal', async () => {
    const pctEditor = await api.as({ org: 'writeshire-pct', roles: ['editor'] });
    const postSeat = {
      body: world.boardId,
      memberPost: toGlobalId('Post', world.post.id),
      onBehalfOf: toGlobalId('Organisation', world.pct.id),
      validFrom: '2005-04-01',
      validTo: '2006-01-01',
    };
    const before = (await seatsOn(world.board.id)).length;
    const refusals = [
      // Seats are given by the body (003 ¶68): the PCT's own editor may not seat its own post.
      await pctEditor.query(appoint, { input: postSeat }),
      await outsider.query(appoint, {
        input: {
          body: world.boardId,
          memberOrganisation: toGlobalId('Organisation', world.pct.id),
          validFrom: '2005-04-01',
          validTo: '2005-06-01',
        },
      }),
      await (
        await api.as({ org: 'writeshire-pct', roles: ['reader'] })
      ).query(appoint, {
        input: {
          body: world.boardId,
          memberOrganisation: toGlobalId('Organisation', world.pct.id),
          validFrom: '2005-04-01',
          validTo: '2005-06-01',
        },
      }),
    ];
    const [pct] = await database.db.select().from(organisations).where(eq(organisations.id, world.pct.id));
    const key = await issueApiKey(database.db, pct!.id, 'read-only dashboard');
    refusals.push(
      await api.withHeaders({ 'x-api-key': key.secret }).query(appoint, {
        input: {
          body: world.boardId,
          memberOrganisation: toGlobalId('Organisation', world.pct.id),
          validFrom: '2005-04-01',
          validTo: '2005-06-01',
        },
      }),
    );
    for (const refusal of refusals) {
      expect(refusal.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'membership:appoint' });
      expect(refusal.data).toBeNull();
    }
    expect((await seatsOn(world.board.id)).length).toBe(before);
    expect(await denialsOf('appointMember')).toBeGreaterThanOrEqual(4);
    expect((await secretariat.query(appoint, { input: postSeat })).errors).toBeUndefined();
  });

  it('appoints once for a retried request with the same clientMutationId', async () => {
    const input = {
      body: world.boardId,
      memberPerson: null,
      memberOrganisation: toGlobalId('Organisation', world.police.id),
      validFrom: '2011-01-01',
      validTo: '2012-01-01',
      clientMutationId: 'retry-1',
    };
    const first = await secretariat.query(appoint, { input });
    const second = await secretariat.query(appoint, { input });
    expect(first.errors).toBeUndefined();
    expect(second.data.appointMember.membership.id).toBe(first.data.appointMember.membership.id);
    expect(second.data.appointMember.clientMutationId).toBe('retry-1');
    const policeSeats = (await seatsOn(world.board.id)).filter(
      (seat) => seat.memberOrganisationId === world.police.id && seat.validFrom === '2011-01-01',
    );
    expect(policeSeats).toHaveLength(1);
  });

  it('writes nothing when the transaction fails part-way', async () => {
    await failWritesBy('fault injector');
    const faulty = await api.as({
      org: 'writeshire-council',
      roles: [`secretariat:${world.boardId}`],
      subject: 'fault injector',
    });
    const before = (await seatsOn(world.board.id)).length;
    const response = await faulty.query(appoint, {
      input: {
        body: world.boardId,
        memberOrganisation: toGlobalId('Organisation', world.police.id),
        validFrom: '2005-04-01',
        validTo: '2005-05-01',
      },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect((await seatsOn(world.board.id)).length).toBe(before);
  });
});

describe('endMembership', () => {
  async function freshSeat(validFrom: string) {
    const response = await secretariat.query(appoint, {
      input: {
        body: world.boardId,
        memberOrganisation: toGlobalId('Organisation', world.police.id),
        validFrom,
        validTo: null,
      },
    });
    return response.data.appointMember.membership as Loose;
  }

  it('ends a seat on a date, which asOf then reflects', async () => {
    const seat = await freshSeat('2012-01-01');
    const ended = await secretariat.query(end, {
      input: { membership: seat.id, endOn: '2013-01-01', expectedVersion: 1 },
    });
    const membership = ended.data.endMembership.membership;
    expect({ ...membership, id: recordIdOf(membership.id) }).toEqual({
      id: seat.id,
      version: 2,
      validTo: '2013-01-01',
    });
    const holdsOn = async (asOf: string) =>
      (
        await api.query(`query($id: ID!, $asOf: Date) { body(id: $id, asOf: $asOf) { memberships { id } } }`, {
          id: world.boardId,
          asOf,
        })
      ).data.body.memberships.some((m: Loose) => recordIdOf(m.id) === seat.id);
    expect(await holdsOn('2012-06-01')).toBe(true);
    expect(await holdsOn('2013-06-01')).toBe(false);
    const history = await api.query(`query($id: ID!) { history(id: $id) { operation before after } }`, { id: seat.id });
    expect(history.data.history.map((change: Loose) => change.operation)).toEqual(['appointMember', 'endMembership']);
    expect(history.data.history[1].before.validTo).toBeNull();
    expect(history.data.history[1].after.validTo).toBe('2013-01-01');
  });

  it('refuses a stale version with CONFLICT, and lets exactly one of two concurrent writers win', async () => {
    const seat = await freshSeat('2014-01-01');
    const attempts = await Promise.all([
      secretariat.query(end, { input: { membership: seat.id, endOn: '2015-01-01', expectedVersion: 1 } }),
      secretariat.query(end, { input: { membership: seat.id, endOn: '2016-01-01', expectedVersion: 1 } }),
    ]);
    expect(outcomes(attempts)).toEqual(['CONFLICT', 'OK']);
    const stale = await secretariat.query(end, {
      input: { membership: seat.id, endOn: '2015-06-01', expectedVersion: 1 },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.expectedVersion',
      currentVersion: 2,
    });
  });

  it('refuses an end before the start, naming the field', async () => {
    const seat = await freshSeat('2017-01-01');
    const response = await secretariat.query(end, {
      input: { membership: seat.id, endOn: '2016-01-01', expectedVersion: 1 },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endOn' });
  });
});

describe('history and changes', () => {
  it('lets an auditor of the area list its changes, and refuses others', async () => {
    const query = `query($area: ID!) { changes(area: $area, first: 100) { totalCount nodes { operation record } } }`;
    const area = toGlobalId('Area', world.area.id);
    const auditor = await api.as({ org: 'writeshire-police', roles: ['reader', 'auditor:T-WRITES'] });
    const listed = await auditor.query(query, { area });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.changes.totalCount).toBeGreaterThan(3);
    expect(listed.data.changes.nodes.map((change: Loose) => change.operation)).toContain('endMembership');
    const refused = await outsider.query(query, { area });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'history:read' });
  });
});
