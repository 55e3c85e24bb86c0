import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  budgetArrangements,
  contributions,
  decisions,
  memberships,
  nominations,
  plans,
  resourceCommitments,
} from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { today } from '../src/shared/dates';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { outcomes, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;
let cambsEditor: Client;
let barnsleyEditor: Client;
let staffsEditor: Client;
let secretariat: Client;

const gid = toGlobalId;
const appoint = `mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id version } } }`;
const end = `mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id validTo } } }`;
const update = `mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) {
  membership { id role votingRight version } } }`;
const propose = `mutation($input: ProposeSeatInput!) { proposeSeat(input: $input) {
  nomination { id version status role proposedOn decidedOn proposedBy { code } } membership { id } } }`;
const decideFields = `nomination { id version status decidedOn membership { id role } } membership { id role validFrom }`;
const confirm = `mutation($input: DecideNominationInput!) { confirmNomination(input: $input) { ${decideFields} } }`;
const decline = `mutation($input: DecideNominationInput!) { declineNomination(input: $input) { ${decideFields} } }`;
const withdraw = `mutation($input: DecideNominationInput!) { withdrawNomination(input: $input) { ${decideFields} } }`;
const record = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { contribution { id } } }`;
const commit = `mutation($input: CommitResourcesInput!) { commitResources(input: $input) { commitment { id } } }`;
const ratify = `mutation($input: RatifyDecisionInput!) { ratifyDecision(input: $input) { ratification { status } } }`;

async function buildWorld() {
  const make = factories(database.db);
  const area = await make.area({ code: 'T-STAFFS', name: 'Staffordshire' });
  const lscb = await make.body(area.id, { name: 'Staffordshire LSCB', kind: 'LSCB', validFrom: '2006-04-01' });
  const board = await make.body(area.id, {
    name: 'Staffordshire Children’s Trust board',
    kind: 'CHILDRENS_TRUST_BOARD',
    validFrom: '2005-04-01',
  });
  const staffs = await make.organisation({ code: 'staffs-cc', name: 'Staffordshire County Council' });
  const cambs = await make.organisation({ code: 'cambs-cc', name: 'Cambridgeshire County Council' });
  const barnsley = await make.organisation({ code: 'barnsley-mbc', name: 'Barnsley MBC' });
  await make.organisation({ code: 'walsall-mbc', name: 'Walsall MBC' });
  await make.membership({ bodyId: board.id, memberOrganisationId: staffs.id, validFrom: '2005-04-01' });
  const [pool] = await database.db
    .insert(budgetArrangements)
    .values({
      name: 'Staffordshire pooled budget',
      kind: 'POOLED',
      areaId: area.id,
      hostId: staffs.id,
      validFrom: '2005-04-01',
    })
    .returning();
  const [cypp] = await database.db
    .insert(plans)
    .values({
      kind: 'CYPP',
      title: 'Staffordshire CYPP',
      areaId: area.id,
      ownerBodyId: board.id,
      periodStart: '2006-04-01',
    })
    .returning();
  const [lscbDecision] = await database.db
    .insert(decisions)
    .values({ bodyId: lscb.id, decidedOn: '2007-01-10', summary: 'Serious case review', status: 'RATIFIED' })
    .returning();
  return { area, lscb, board, staffs, cambs, barnsley, pool: pool!, cypp: cypp!, lscbDecision: lscbDecision! };
}

const { denialsOf, expectForbiddenAttempt } = writeChecks(() => database.db);
const seatsOn = (bodyId: string) => database.db.select().from(memberships).where(eq(memberships.bodyId, bodyId));

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
  cambsEditor = await api.as({ org: 'cambs-cc', roles: ['editor'] });
  barnsleyEditor = await api.as({ org: 'barnsley-mbc', roles: ['editor'] });
  staffsEditor = await api.as({ org: 'staffs-cc', roles: ['editor'] });
  secretariat = await api.as({ org: 'staffs-cc', roles: ['reader', `secretariat:${gid('Body', world.lscb.id)}`] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('the attacks of issue 10', () => {
  it('refuses a Cambridgeshire editor seating its council as CHAIR of Staffordshire’s LSCB, backdated', async () => {
    const before = (await seatsOn(world.lscb.id)).length;
    await expectForbiddenAttempt('membership:appoint', 'appointMember', () =>
      cambsEditor.query(appoint, {
        input: {
          body: gid('Body', world.lscb.id),
          memberOrganisation: gid('Organisation', world.cambs.id),
          role: 'CHAIR',
          validFrom: '2006-04-01',
        },
      }),
    );
    expect((await seatsOn(world.lscb.id)).length).toBe(before);
  });

  it('refuses a Barnsley editor adding a contribution to Staffordshire’s pool', async () => {
    await expectForbiddenAttempt('contribution:join', 'recordContribution', () =>
      barnsleyEditor.query(record, {
        input: { arrangement: gid('BudgetArrangement', world.pool.id), financialYear: '2008-09', amount: 1 },
      }),
    );
    const rows = await database.db.select().from(contributions).where(eq(contributions.arrangementId, world.pool.id));
    expect(rows).toHaveLength(0);
  });

  it('refuses a Barnsley editor committing resources to Staffordshire’s CYPP, and lets a partner commit', async () => {
    await expectForbiddenAttempt('plan:commit', 'commitResources', () =>
      barnsleyEditor.query(commit, { input: { plan: gid('Plan', world.cypp.id), description: 'A nurse' } }),
    );
    const committed = () =>
      database.db.select().from(resourceCommitments).where(eq(resourceCommitments.planId, world.cypp.id));
    expect(await committed()).toHaveLength(0);
    const partner = await staffsEditor.query(commit, {
      input: { plan: gid('Plan', world.cypp.id), description: 'A nurse' },
    });
    expect(partner.errors).toBeUndefined();
    expect(await committed()).toHaveLength(1);
  });

  it('lets the host bring a partner into the pool, after which the partner records its own', async () => {
    const arrangement = gid('BudgetArrangement', world.pool.id);
    const byHost = await staffsEditor.query(record, {
      input: { arrangement, organisation: gid('Organisation', world.barnsley.id), financialYear: '2008-09' },
    });
    expect(byHost.errors).toBeUndefined();
    const own = await barnsleyEditor.query(record, { input: { arrangement, financialYear: '2009-10', amount: 5 } });
    expect(own.errors).toBeUndefined();
  });
});

describe('seats are given by the body', () => {
  let seat: Loose;
  it('lets the secretariat appoint and change a seat, and no one else change it', async () => {
    const made = await secretariat.query(appoint, {
      input: {
        body: gid('Body', world.lscb.id),
        memberOrganisation: gid('Organisation', world.staffs.id),
        validFrom: '2006-04-01',
      },
    });
    expect(made.errors).toBeUndefined();
    seat = made.data.appointMember.membership;
    await expectForbiddenAttempt('membership:appoint', 'updateMembership', () =>
      staffsEditor.query(update, { input: { membership: seat.id, role: 'CHAIR', expectedVersion: 1 } }),
    );
    const changed = await secretariat.query(update, {
      input: { membership: seat.id, role: 'VICE_CHAIR', votingRight: false, expectedVersion: 1 },
    });
    expect(changed.data.updateMembership.membership).toMatchObject({
      role: 'VICE_CHAIR',
      votingRight: false,
      version: 2,
    });
    seat.version = 2;
  });

  it('lets a member resign its own seat from today, but not backdate the end', async () => {
    await expectForbiddenAttempt('membership:appoint', 'endMembership', () =>
      staffsEditor.query(end, { input: { membership: seat.id, endOn: '2007-01-01', expectedVersion: seat.version } }),
    );
    await expectForbiddenAttempt('membership:resign', 'endMembership', () =>
      cambsEditor.query(end, { input: { membership: seat.id, endOn: today(), expectedVersion: seat.version } }),
    );
    const resigned = await staffsEditor.query(end, {
      input: { membership: seat.id, endOn: today(), expectedVersion: seat.version },
    });
    expect(resigned.errors).toBeUndefined();
    expect(resigned.data.endMembership.membership.validTo).toBe(today());
  });
});

describe('nominations', () => {
  const lscbId = () => gid('Body', world.lscb.id);
  const proposal = (change: Record<string, unknown> = {}) => ({
    body: lscbId(),
    memberOrganisation: gid('Organisation', world.cambs.id),
    role: 'MEMBER',
    validFrom: '2007-04-01',
    ...change,
  });

  it('lets a partner propose itself; the secretariat confirms, making the seat in the same step', async () => {
    const before = (await seatsOn(world.lscb.id)).length;
    const proposed = await cambsEditor.query(propose, { input: proposal() });
    expect(proposed.errors).toBeUndefined();
    const nomination = proposed.data.proposeSeat.nomination;
    expect(nomination).toMatchObject({
      status: 'PROPOSED',
      version: 1,
      proposedOn: today(),
      decidedOn: null,
      proposedBy: { code: 'cambs-cc' },
    });
    expect((await seatsOn(world.lscb.id)).length).toBe(before);
    await expectForbiddenAttempt('membership:appoint', 'confirmNomination', () =>
      cambsEditor.query(confirm, { input: { nomination: nomination.id, expectedVersion: 1 } }),
    );
    const stale = await secretariat.query(confirm, { input: { nomination: nomination.id, expectedVersion: 7 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedVersion' });
    const confirmed = await secretariat.query(confirm, { input: { nomination: nomination.id, expectedVersion: 1 } });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.confirmNomination.nomination).toMatchObject({
      status: 'CONFIRMED',
      version: 2,
      decidedOn: today(),
    });
    expect(confirmed.data.confirmNomination.membership).toMatchObject({ role: 'MEMBER', validFrom: '2007-04-01' });
    expect((await seatsOn(world.lscb.id)).length).toBe(before + 1);
    const again = await secretariat.query(decline, { input: { nomination: nomination.id, expectedVersion: 2 } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nomination' });
    const history = await api.query(`query($id: ID!) { history(id: $id) { operation after } }`, { id: nomination.id });
    expect(history.data.history.map((c: Loose) => c.operation)).toEqual(['proposeSeat', 'confirmNomination']);
    expect(history.data.history[1].after).toMatchObject({ status: 'CONFIRMED' });
  });

  it('lets the secretariat decline and the proposer withdraw, and no one else withdraw', async () => {
    const first = (await cambsEditor.query(propose, { input: proposal({ role: 'CHAIR', validFrom: '2020-01-01' }) }))
      .data.proposeSeat.nomination;
    const declined = await secretariat.query(decline, { input: { nomination: first.id, expectedVersion: 1 } });
    expect(declined.data.declineNomination).toMatchObject({ nomination: { status: 'DECLINED' }, membership: null });
    const second = (await cambsEditor.query(propose, { input: proposal({ role: 'CHAIR', validFrom: '2021-01-01' }) }))
      .data.proposeSeat.nomination;
    await expectForbiddenAttempt('nomination:withdraw', 'withdrawNomination', () =>
      barnsleyEditor.query(withdraw, { input: { nomination: second.id, expectedVersion: 1 } }),
    );
    const withdrawn = await cambsEditor.query(withdraw, { input: { nomination: second.id, expectedVersion: 1 } });
    expect(withdrawn.data.withdrawNomination.nomination.status).toBe('WITHDRAWN');
    const chairs = (await seatsOn(world.lscb.id)).filter((row) => row.role === 'CHAIR');
    expect(chairs).toHaveLength(0);
  });

  it('refuses a reader, and an outsider proposing another organisation', async () => {
    const reader = await api.as({ org: 'cambs-cc', roles: ['reader'] });
    await expectForbiddenAttempt('nomination:propose', 'proposeSeat', () =>
      reader.query(propose, { input: proposal() }),
    );
    await expectForbiddenAttempt('nomination:propose', 'proposeSeat', () =>
      barnsleyEditor.query(propose, { input: proposal({ memberOrganisation: gid('Organisation', world.staffs.id) }) }),
    );
  });

  it('lets exactly one of two concurrent confirmations win, making one seat', async () => {
    // Cambridgeshire, seated by the confirmation above, is now a partner and may propose another organisation.
    const proposed = (
      await cambsEditor.query(propose, {
        input: proposal({ memberOrganisation: gid('Organisation', world.barnsley.id), validFrom: '2008-04-01' }),
      })
    ).data.proposeSeat.nomination;
    const input = { nomination: proposed.id, expectedVersion: 1 };
    const results = await Promise.all([secretariat.query(confirm, { input }), api.query(confirm, { input })]);
    expect(outcomes(results)).toEqual(['CONFLICT', 'OK']);
    const seats = (await seatsOn(world.lscb.id)).filter((row) => row.memberOrganisationId === world.barnsley.id);
    expect(seats).toHaveLength(1);
    const [row] = await database.db.select().from(nominations).where(eq(nominations.membershipId, seats[0]!.id));
    expect(row?.status).toBe('CONFIRMED');
  });
});

describe('a nomination for a sector seat', () => {
  it('carries the sector it would speak for, which the seat takes when the nomination is confirmed', async () => {
    // An organisation of its own, so that the seat made here changes no one else's standing in the tests below.
    const cvs = await factories(database.db).organisation({ code: 'staffs-cvs', name: 'Staffordshire CVS' });
    const input = {
      body: gid('Body', world.lscb.id),
      memberOrganisation: gid('Organisation', cvs.id),
      constituency: 'SECTOR',
      represents: 'VOLUNTARY_AND_COMMUNITY',
      validFrom: '2009-04-01',
    };
    const proposed = await cambsEditor.query(
      `mutation($input: ProposeSeatInput!) { proposeSeat(input: $input) {
        nomination { id version constituency represents } } }`,
      { input },
    );
    expect(proposed.errors).toBeUndefined();
    const nomination = proposed.data.proposeSeat.nomination;
    expect(nomination).toMatchObject({ constituency: 'SECTOR', represents: 'VOLUNTARY_AND_COMMUNITY' });
    const confirmed = await secretariat.query(
      `mutation($input: DecideNominationInput!) { confirmNomination(input: $input) {
        membership { constituency represents validFrom } } }`,
      { input: { nomination: nomination.id, expectedVersion: 1 } },
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.confirmNomination.membership).toEqual({
      constituency: 'SECTOR',
      represents: 'VOLUNTARY_AND_COMMUNITY',
      validFrom: '2009-04-01',
    });
  });
});

describe('no oracles', () => {
  it('answers a ratification of an unseen LSCB decision exactly as one of nothing, recording both', async () => {
    const input = (decision: string) => ({ input: { decision, status: 'RATIFIED', decidedOn: '2007-02-01' } });
    const walsallEditor = await api.as({ org: 'walsall-mbc', roles: ['editor'] });
    const deniedBefore = await denialsOf('ratifyDecision');
    const lscb = await walsallEditor.query(ratify, input(gid('Decision', world.lscbDecision.id)));
    const nothing = await walsallEditor.query(ratify, input(gid('Decision', '00000000-0000-4000-8000-000000000000')));
    expect(lscb.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const shape = (response: Loose) =>
      response.errors.map((e: Loose) => ({ message: e.message, path: e.path, extensions: e.extensions }));
    expect(shape(lscb)).toEqual(shape(nothing));
    expect(lscb.data).toEqual(nothing.data);
    expect(await denialsOf('ratifyDecision')).toBe(deniedBefore + 2);
  });

  it('gives every refused credential one message, logging the reason with the request id', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const unknownOrg = await api.as({ org: 'no-such-organisation', roles: ['reader'] });
      const answers = [
        await unknownOrg.query('{ viewer { subject } }'),
        await api.withHeaders({ authorization: 'Bearer not.a.token' }).query('{ viewer { subject } }'),
        await api.withHeaders({ 'x-api-key': 'prk_nothing' }).query('{ viewer { subject } }'),
        await api.withHeaders({}).query('{ viewer { subject } }'),
      ];
      for (const answer of answers) expect(answer.status).toBe(401);
      const messages = new Set(answers.map((answer) => answer.errors?.[0]?.message));
      expect(messages.size).toBe(1);
      expect([...messages][0]).not.toMatch(/no-such-organisation|registry/);
      const requestId = answers[0]!.errors?.[0]?.extensions?.requestId as string;
      const logged = warn.mock.calls.map((call) => String(call[0]));
      expect(logged.find((line) => line.includes(requestId))).toMatch(/no-such-organisation/);
    } finally {
      warn.mockRestore();
    }
  });

  it('tells the truth in viewer.canWrite for each role', async () => {
    const cases: [string[], boolean][] = [
      [['reader'], false],
      [['auditor:T-STAFFS'], false],
      [['editor'], true],
      [['administrator'], true],
      [[`secretariat:${gid('Body', world.lscb.id)}`], true],
    ];
    for (const [roles, canWrite] of cases) {
      const client = await api.as({ org: 'staffs-cc', roles });
      expect((await client.query('{ viewer { canWrite } }')).data.viewer.canWrite, roles.join()).toBe(canWrite);
    }
  });
});
