import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisions, deniedWrites, delegations, powers, ratifications } from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { outcomes, sendAtOnce, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let ids: Record<string, string>;
let councilEditor: Client;
let boardSecretariat: Client;
let pctEditor: Client;

const delegate = `mutation($input: DelegatePowerInput!) { delegatePower(input: $input) {
  clientMutationId delegation { id version scope financialLimit reservedMatters validFrom validTo } } }`;
const revoke = `mutation($input: RevokeDelegationInput!) { revokeDelegation(input: $input) { delegation { version validTo } } }`;
const record = `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) {
  clientMutationId decision { id status summary delegation { scope } body { name } } } }`;
const ratify = `mutation($input: RatifyDecisionInput!) { ratifyDecision(input: $input) {
  ratification { status decidedOn organisation { name } } decision { id } } }`;

const { denialsOf, failWritesBy } = writeChecks(() => database.db);
const total = async (table: typeof delegations | typeof decisions | typeof ratifications) =>
  (await database.db.select({ n: count() }).from(table))[0]!.n;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  const make = factories(database.db);
  const area = await make.area({ code: 'T-DELEGATE' });
  const board = await make.body(area.id, { name: 'Board', kind: 'CHILDRENS_TRUST_BOARD', validFrom: '2005-01-01' });
  const unit = await make.body(area.id, { name: 'Unit', kind: 'JOINT_COMMISSIONING_UNIT' });
  const late = await make.body(area.id, { name: 'Late', validFrom: '2010-01-01' });
  const council = await make.organisation({ code: 'dw-council', name: 'Council', areaId: area.id });
  const pct = await make.organisation({ code: 'dw-pct', name: 'PCT', kind: 'PRIMARY_CARE_TRUST' });
  const police = await make.organisation({ code: 'dw-police', name: 'Police', kind: 'POLICE_SERVICE' });
  await make.memberships(
    [council, pct].map((member) => ({ bodyId: board.id, memberOrganisationId: member.id, validFrom: '2005-01-01' })),
  );
  const [camhs, care] = await database.db
    .insert(powers)
    .values([
      { code: 'DW_CAMHS', description: 'Commission CAMHS' },
      { code: 'DW_CARE', description: 'Commission social care' },
    ])
    .returning();
  ids = {
    board: toGlobalId('Body', board.id),
    unit: toGlobalId('Body', unit.id),
    late: toGlobalId('Body', late.id),
    council: toGlobalId('Organisation', council.id),
    pct: toGlobalId('Organisation', pct.id),
    camhs: toGlobalId('Power', camhs!.id),
    care: toGlobalId('Power', care!.id),
  };
  councilEditor = await api.as({ org: 'dw-council', roles: ['editor'] });
  boardSecretariat = await api.as({ org: 'dw-police', roles: ['reader', `secretariat:${ids.board}`] });
  pctEditor = await api.as({ org: 'dw-pct', roles: ['editor'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

const toBoard = () => ({
  power: ids.camhs,
  delegator: ids.council,
  delegate: ids.board,
  scope: 'CAMHS commissioning',
  financialLimit: 100000,
  reservedMatters: ['Setting the budget'],
  subDelegationAllowed: true,
  validFrom: '2005-04-01',
  validTo: '2015-04-01',
});
const toUnit = () => ({
  power: ids.camhs,
  delegator: ids.board,
  delegate: ids.unit,
  scope: 'Tier 2 CAMHS contracts',
  financialLimit: 50000,
  reservedMatters: ['Setting the budget', 'Closing a service'],
  parentDelegation: ids.top,
  validFrom: '2006-01-01',
  validTo: '2008-01-01',
});

describe('delegatePower', () => {
  it('delegates from an organisation, and lets the delegate body pass part of it on', async () => {
    const top = await councilEditor.query(delegate, { input: toBoard() });
    expect(top.errors).toBeUndefined();
    expect(top.data.delegatePower.delegation).toMatchObject({
      version: 1,
      financialLimit: 100000,
      validFrom: '2005-04-01',
    });
    ids.top = top.data.delegatePower.delegation.id;
    const sub = await boardSecretariat.query(delegate, { input: toUnit() });
    expect(sub.errors).toBeUndefined();
    ids.sub = sub.data.delegatePower.delegation.id;
    const history = await api.query(`query($id: ID!) { history(id: $id) { operation subject before after } }`, {
      id: ids.sub,
    });
    expect(history.data.history).toEqual([
      expect.objectContaining({
        operation: 'delegatePower',
        subject: 'dw-police user',
        before: null,
        after: expect.objectContaining({ scope: 'Tier 2 CAMHS contracts' }),
      }),
    ]);
  });

  const invalid: [string, () => Record<string, unknown>, string][] = [
    ['a body delegating without a parent', () => ({ ...toUnit(), parentDelegation: null }), 'input.parentDelegation'],
    [
      'a parent not to the delegator',
      () => ({ ...toUnit(), delegator: ids.unit, delegate: ids.board }),
      'input.parentDelegation',
    ],
    [
      'a parent that forbids sub-delegation',
      () => ({
        ...toUnit(),
        delegator: ids.unit,
        delegate: ids.board,
        parentDelegation: ids.sub,
        validFrom: '2006-06-01',
        validTo: '2007-01-01',
      }),
      'input.parentDelegation',
    ],
    ['another power than the parent’s', () => ({ ...toUnit(), power: ids.care }), 'input.power'],
    ['a period outside the parent’s', () => ({ ...toUnit(), validTo: null }), 'input.validFrom'],
    ['a limit above the parent’s', () => ({ ...toUnit(), financialLimit: 100000.01 }), 'input.financialLimit'],
    ['no limit under a limited parent', () => ({ ...toUnit(), financialLimit: null }), 'input.financialLimit'],
    [
      'releasing a reserved matter',
      () => ({ ...toUnit(), reservedMatters: ['Closing a service'] }),
      'input.reservedMatters',
    ],
    ['a delegator delegating to itself', () => ({ ...toBoard(), delegate: ids.council }), 'input.delegate'],
    ['a period before a party existed', () => ({ ...toBoard(), delegate: ids.late }), 'input.validFrom'],
    ['an end before the start', () => ({ ...toBoard(), validTo: '2005-01-01' }), 'input.validTo'],
    ['a negative limit', () => ({ ...toBoard(), financialLimit: -1 }), 'input.financialLimit'],
    [
      'a power that does not exist',
      () => ({ ...toBoard(), power: toGlobalId('Power', '00000000-0000-0000-0000-000000000000') }),
      'input.power',
    ],
  ];

  it.each(invalid)('refuses %s, naming the field, and writes nothing', async (_name, input, field) => {
    const before = await total(delegations);
    const response = await api.query(delegate, { input: input() });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: expect.stringMatching(/BAD_USER_INPUT|NOT_FOUND/),
      field,
    });
    expect(await total(delegations)).toBe(before);
  });

  it('refuses callers who do not speak for the delegator, and records each refusal', async () => {
    const before = await total(delegations);
    const attempts = [
      [await api.as({ org: 'dw-police', roles: ['editor'] }), toBoard()],
      [await api.as({ org: 'dw-council', roles: ['reader'] }), toBoard()],
      [await api.as({ org: 'dw-council', roles: [`secretariat:${ids.unit}`] }), toUnit()],
    ] as const;
    for (const [client, input] of attempts) {
      const response = await client.query(delegate, { input });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'delegation:grant' });
    }
    const revoked = await pctEditor.query(revoke, {
      input: { delegation: ids.top, endOn: '2010-01-01', expectedVersion: 1 },
    });
    expect(revoked.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'delegation:grant' });
    expect(await total(delegations)).toBe(before);
    const denials = await database.db.select().from(deniedWrites).where(eq(deniedWrites.action, 'delegation:grant'));
    expect(denials).toHaveLength(4);
  });

  it('delegates once for a retried request with the same clientMutationId', async () => {
    const input = { ...toBoard(), power: ids.care, financialLimit: null, clientMutationId: 'delegate-once' };
    const [first, second] = [
      await councilEditor.query(delegate, { input }),
      await councilEditor.query(delegate, { input }),
    ];
    expect(first.errors).toBeUndefined();
    expect(second.data.delegatePower).toEqual(first.data.delegatePower);
    const rows = await database.db.select().from(delegations).where(eq(delegations.scope, 'CAMHS commissioning'));
    expect(rows.filter((row) => row.financialLimit === null)).toHaveLength(1);
  });
  it('writes nothing when the transaction fails part-way', async () => {
    await failWritesBy('delegation fault injector');
    const faulty = await api.as({ org: 'dw-council', roles: ['editor'], subject: 'delegation fault injector' });
    const before = await total(delegations);
    const response = await faulty.query(delegate, { input: { ...toBoard(), power: ids.care, validTo: null } });
    expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await total(delegations)).toBe(before);
  });
});

describe('revokeDelegation', () => {
  it('refuses to end a parent before its sub-delegation, then ends both; a stale version gets CONFLICT', async () => {
    const early = await councilEditor.query(revoke, {
      input: { delegation: ids.top, endOn: '2007-01-01', expectedVersion: 1 },
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endOn' });
    const attempts = await sendAtOnce(
      boardSecretariat,
      revoke,
      ['2007-01-01', '2007-06-01'].map((endOn) => ({ delegation: ids.sub, endOn, expectedVersion: 1 })),
    );
    expect(outcomes(attempts)).toEqual(['CONFLICT', 'OK']);
    const parent = await councilEditor.query(revoke, {
      input: { delegation: ids.top, endOn: '2009-01-01', expectedVersion: 1 },
    });
    expect(parent.data.revokeDelegation.delegation).toEqual({ version: 2, validTo: '2009-01-01' });
    const stale = await councilEditor.query(revoke, {
      input: { delegation: ids.top, endOn: '2008-01-01', expectedVersion: 1 },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.expectedVersion',
      currentVersion: 2,
    });
    const history = await api.query(`query($id: ID!) { history(id: $id) { operation } }`, { id: ids.top });
    expect(history.data.history.map((change: Loose) => change.operation)).toEqual([
      'delegatePower',
      'revokeDelegation',
    ]);
  });
});

describe('recordDecision', () => {
  const decision = () => ({
    body: ids.board,
    decidedOn: '2006-06-01',
    summary: 'Commission a CAMHS outreach service',
    delegation: ids.top,
    status: 'DECIDED_UNDER_DELEGATION',
  });

  it('records a decision taken under a delegation to the body, with its history', async () => {
    const response = await boardSecretariat.query(record, { input: decision() });
    expect(response.errors).toBeUndefined();
    expect(response.data.recordDecision.decision).toMatchObject({
      status: 'DECIDED_UNDER_DELEGATION',
      delegation: { scope: 'CAMHS commissioning' },
      body: { name: 'Board' },
    });
    const history = await api.query(`query($id: ID!) { history(id: $id) { operation } }`, {
      id: response.data.recordDecision.decision.id,
    });
    expect(history.data.history).toEqual([{ operation: 'recordDecision' }]);
  });

  const invalid: [string, () => Record<string, unknown>, string][] = [
    ['a delegated decision naming no delegation', () => ({ ...decision(), delegation: null }), 'input.delegation'],
    ['a delegation to another body', () => ({ ...decision(), delegation: ids.sub }), 'input.delegation'],
    ['a delegation not holding that day', () => ({ ...decision(), decidedOn: '2005-02-01' }), 'input.delegation'],
    ['a day the body did not exist', () => ({ ...decision(), decidedOn: '2004-01-01' }), 'input.decidedOn'],
    ['an empty summary', () => ({ ...decision(), summary: ' ' }), 'input.summary'],
  ];

  it.each(invalid)('refuses %s, naming the field, and writes nothing', async (_name, input, field) => {
    const before = await total(decisions);
    const response = await boardSecretariat.query(record, { input: input() });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await total(decisions)).toBe(before);
  });

  it('refuses anyone but the body’s secretariat or an administrator, and records the refusal', async () => {
    const before = await total(decisions);
    const response = await councilEditor.query(record, { input: decision() });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'decision:record' });
    expect(await total(decisions)).toBe(before);
    expect(await denialsOf('recordDecision')).toBe(1);
  });

  it('records once for a retried request with the same clientMutationId', async () => {
    const input = { ...decision(), status: 'RECOMMENDATION', delegation: null, clientMutationId: 'decide-once' };
    const before = await total(decisions);
    const first = await boardSecretariat.query(record, { input });
    const second = await boardSecretariat.query(record, { input });
    expect(second.data.recordDecision).toEqual(first.data.recordDecision);
    expect(await total(decisions)).toBe(before + 1);
  });
});

describe('ratifyDecision', () => {
  let recommendation: string;

  beforeAll(async () => {
    const response = await api.query(record, {
      input: { body: ids.board, decidedOn: '2007-03-01', summary: 'Pool CAMHS budgets', status: 'RECOMMENDATION' },
    });
    recommendation = response.data.recordDecision.decision.id;
  });

  it('records a partner’s answer for its own organisation, once', async () => {
    const input = { decision: recommendation, status: 'RATIFIED', decidedOn: '2007-04-01' };
    const response = await pctEditor.query(ratify, { input });
    expect(response.errors).toBeUndefined();
    expect(response.data.ratifyDecision.ratification).toEqual({
      status: 'RATIFIED',
      decidedOn: '2007-04-01',
      organisation: { name: 'PCT' },
    });
    const again = await pctEditor.query(ratify, { input: { ...input, status: 'REJECTED' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
    const history = await api.query(`query($id: ID!) { history(id: $id) { operation } }`, { id: recommendation });
    expect(history.data.history.map((change: Loose) => change.operation)).toEqual(['recordDecision', 'ratifyDecision']);
  });

  it('refuses a non-partner, an answer before the decision, a PENDING answer and a reader', async () => {
    const before = await total(ratifications);
    const input = { decision: recommendation, status: 'REJECTED', decidedOn: '2007-04-01' };
    const cases: [Client, Record<string, unknown>, Record<string, unknown>][] = [
      [
        await api.as({ org: 'dw-police', roles: ['editor'] }),
        input,
        { code: 'BAD_USER_INPUT', field: 'input.decision' },
      ],
      [councilEditor, { ...input, decidedOn: '2007-01-01' }, { code: 'BAD_USER_INPUT', field: 'input.decidedOn' }],
      [councilEditor, { ...input, status: 'PENDING' }, { code: 'BAD_USER_INPUT', field: 'input.status' }],
      [await api.as({ org: 'dw-council', roles: ['reader'] }), input, { code: 'FORBIDDEN', action: 'decision:ratify' }],
    ];
    for (const [client, attempt, error] of cases) {
      const response = await client.query(ratify, { input: attempt });
      expect(response.errors?.[0]?.extensions).toMatchObject(error);
    }
    expect(await total(ratifications)).toBe(before);
    expect(await denialsOf('ratifyDecision')).toBe(1);
  });

  it('keeps one answer when two arrive at once', async () => {
    const attempts = await sendAtOnce(
      councilEditor,
      ratify,
      ['RATIFIED', 'REJECTED'].map((status) => ({ decision: recommendation, status, decidedOn: '2007-05-01' })),
    );
    expect(outcomes(attempts)).toEqual(['BAD_USER_INPUT', 'OK']);
    expect(await total(ratifications)).toBe(2);
  });
});
