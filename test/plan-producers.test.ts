import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planProducers, plans } from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { expectRefused, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;
let secretariat: Client;
let otherSecretariat: Client;

const warningFields = 'warnings { rule { id } outcome subjectId missing { code } }';
const record = `mutation($input: RecordPlanProducerInput!) { recordPlanProducer(input: $input) {
  clientMutationId plan { producers { __typename ... on Organisation { name } ... on Body { name } } } ${warningFields} } }`;
const withdraw = `mutation($input: WithdrawPlanProducerInput!) { withdrawPlanProducer(input: $input) {
  plan { producers { ... on Organisation { name } ... on Body { name } } } ${warningFields} } }`;
const history = `query($id: ID!) { history(id: $id) { operation recordType before after } }`;
const signOff = `query($code: String!) { compliance(areaCode: $code, asOf: "2008-09-01") {
  findings { rule { id } outcome missing { code } } } }`;

/** A county whose board owns its adopted CYPP, with the council and the PCT, and another area's board apart. */
async function buildWorld() {
  const { db } = database;
  const make = factories(db);
  const county = await make.area({ name: 'Producershire', kind: 'COUNTY', tier: 'UPPER' });
  const elsewhere = await make.area({ name: 'Elsewhere' });
  const board = await make.body(county.id, { name: 'Producershire Board', kind: 'CHILDRENS_TRUST_BOARD' });
  const stranger = await make.body(elsewhere.id, { name: 'Elsewhere Board', kind: 'CHILDRENS_TRUST_BOARD' });
  const council = await make.organisation({ code: 'producershire-cc', name: 'Producershire CC', areaId: county.id });
  const pct = await make.organisation({
    code: 'producershire-pct',
    name: 'Producershire PCT',
    kind: 'PRIMARY_CARE_TRUST',
    areaId: county.id,
  });
  await make.organisation({ code: 'elsewhere-cc', name: 'Elsewhere CC', areaId: elsewhere.id });
  const [cypp] = await db
    .insert(plans)
    .values({
      kind: 'CYPP',
      title: 'Producershire CYPP 2006-09',
      areaId: county.id,
      ownerBodyId: board.id,
      periodStart: '2006-04-01',
      periodEnd: '2009-04-01',
      adoptedOn: '2006-03-01',
    })
    .returning();
  const [jsna] = await db
    .insert(plans)
    .values({
      kind: 'JSNA',
      title: 'Producershire JSNA',
      areaId: county.id,
      ownerBodyId: board.id,
      periodStart: '2008-04-01',
      adoptedOn: '2008-10-01',
    })
    .returning();
  return {
    code: county.code,
    jsna: toGlobalId('Plan', jsna!.id),
    cyppId: cypp!.id,
    cypp: toGlobalId('Plan', cypp!.id),
    board$: toGlobalId('Body', board.id),
    stranger$: toGlobalId('Body', stranger.id),
    council$: toGlobalId('Organisation', council.id),
    pctId: pct.id,
    pct$: toGlobalId('Organisation', pct.id),
  };
}

const { expectForbiddenAttempt } = writeChecks(() => database.db);
const names = (response: Loose, field: string) =>
  (response.data[field].plan.producers as Loose[]).map((producer) => producer.name).sort();
/** The payload's warnings: the sign-off rule's, on the CYPP itself, missing the codes given; none where none. */
const expectSignOffWarning = (response: Loose, field: string, missing: string[]) => {
  expect(response.errors).toBeUndefined();
  const warnings = response.data[field].warnings as Loose[];
  if (!missing.length) return expect(warnings).toEqual([]);
  expect(warnings).toEqual([
    {
      rule: { id: 'plan.la-pct-joint-sign-off' },
      outcome: 'NOT_MET',
      subjectId: world.cypp,
      missing: missing.map((code) => ({ code })),
    },
  ]);
};
const signOffFinding = async () => {
  const response = await api.query(signOff, { code: world.code });
  expect(response.errors).toBeUndefined();
  return (response.data.compliance.findings as Loose[]).find((f) => f.rule.id === 'plan.la-pct-joint-sign-off');
};

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
  secretariat = await api.as({ org: 'producershire-cc', roles: ['editor', `secretariat:${world.board$}`] });
  otherSecretariat = await api.as({ org: 'elsewhere-cc', roles: ['editor', `secretariat:${world.stranger$}`] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('a plan’s producers', () => {
  it('are named by the owning body’s secretariat, once each, and judge the LA–PCT sign-off (001 App. 1)', async () => {
    expect(await signOffFinding()).toMatchObject({ outcome: 'UNKNOWN' });
    const council = await secretariat.query(record, {
      input: { plan: world.cypp, producer: world.council$, clientMutationId: 'council-producer' },
    });
    expect(council.errors).toBeUndefined();
    expect(council.data.recordPlanProducer.clientMutationId).toBe('council-producer');
    expect(names(council, 'recordPlanProducer')).toEqual(['Producershire CC']);
    // The plan now names the council alone: the write succeeds and says the PCT is still to be named.
    expectSignOffWarning(council, 'recordPlanProducer', ['PRIMARY_CARE_TRUST']);
    expect(await signOffFinding()).toMatchObject({ outcome: 'NOT_MET', missing: [{ code: 'PRIMARY_CARE_TRUST' }] });
    // A retry with the same key records nothing twice; naming the council again without one is refused.
    const retried = await secretariat.query(record, {
      input: { plan: world.cypp, producer: world.council$, clientMutationId: 'council-producer' },
    });
    expect(retried.errors).toBeUndefined();
    expectRefused(
      await secretariat.query(record, { input: { plan: world.cypp, producer: world.council$ } }),
      'BAD_USER_INPUT',
      'input.producer',
      'already names',
    );
    const both = await secretariat.query(record, { input: { plan: world.cypp, producer: world.pct$ } });
    expect(names(both, 'recordPlanProducer')).toEqual(['Producershire CC', 'Producershire PCT']);
    expectSignOffWarning(both, 'recordPlanProducer', []);
    expect(await signOffFinding()).toMatchObject({ outcome: 'MET' });
    const board = await secretariat.query(record, { input: { plan: world.cypp, producer: world.board$ } });
    expect(board.data.recordPlanProducer.plan.producers).toContainEqual({
      __typename: 'Body',
      name: 'Producershire Board',
    });
    expectSignOffWarning(board, 'recordPlanProducer', []);
  });

  it('refuses another area’s body, a plan part that is neither, and any writer but the plan’s secretariat', async () => {
    expectRefused(
      await secretariat.query(record, { input: { plan: world.cypp, producer: world.stranger$ } }),
      'BAD_USER_INPUT',
      'input.producer',
      'not of the plan’s area',
    );
    expectRefused(
      await secretariat.query(record, { input: { plan: world.cypp, producer: world.cypp } }),
      'BAD_USER_INPUT',
      'input.producer',
    );
    await expectForbiddenAttempt('plan:edit', 'recordPlanProducer', () =>
      otherSecretariat.query(record, { input: { plan: world.cypp, producer: world.pct$ } }),
    );
    await expectForbiddenAttempt('plan:edit', 'withdrawPlanProducer', () =>
      otherSecretariat.query(withdraw, { input: { plan: world.cypp, producer: world.pct$ } }),
    );
  });

  it('withdraws a producer the plan no longer names, keeping in its history that it did', async () => {
    const [pct] = await database.db
      .select()
      .from(planProducers)
      .where(and(eq(planProducers.planId, world.cyppId), eq(planProducers.producerOrganisationId, world.pctId)));
    const withdrawn = await secretariat.query(withdraw, { input: { plan: world.cypp, producer: world.pct$ } });
    expect(withdrawn.errors).toBeUndefined();
    expect(names(withdrawn, 'withdrawPlanProducer')).toEqual(['Producershire Board', 'Producershire CC']);
    // Withdrawing the PCT breaks the joint sign-off: the withdrawal is recorded, and its payload says so.
    expectSignOffWarning(withdrawn, 'withdrawPlanProducer', ['PRIMARY_CARE_TRUST']);
    expect(await signOffFinding()).toMatchObject({ outcome: 'NOT_MET' });
    expectRefused(
      await secretariat.query(withdraw, { input: { plan: world.cypp, producer: world.pct$ } }),
      'NOT_FOUND',
      'input.producer',
      'does not name',
    );
    const changes = (await api.query(history, { id: toGlobalId('PlanProducer', pct!.id) })).data.history as Loose[];
    expect(changes.map((change) => [change.operation, change.recordType])).toEqual([
      ['recordPlanProducer', 'PlanProducer'],
      ['withdrawPlanProducer', 'PlanProducer'],
    ]);
    expect(changes[1]).toMatchObject({ after: null });
  });

  it('warns on a withdrawal that leaves neither partner, and not once no producer is named at all', async () => {
    const councilGone = await secretariat.query(withdraw, { input: { plan: world.cypp, producer: world.council$ } });
    expectSignOffWarning(councilGone, 'withdrawPlanProducer', ['LOCAL_AUTHORITY', 'PRIMARY_CARE_TRUST']);
    // With no producer named the rule cannot judge the plan (UNKNOWN): that is no breach to warn of.
    const none = await secretariat.query(withdraw, { input: { plan: world.cypp, producer: world.board$ } });
    expect(none.data.withdrawPlanProducer.plan.producers).toEqual([]);
    expectSignOffWarning(none, 'withdrawPlanProducer', []);
    expect(await signOffFinding()).toMatchObject({ outcome: 'UNKNOWN' });
    const catalogue = await api.query(`query { complianceRules { id warnsOn } }`);
    const warnedOnProducers = (catalogue.data.complianceRules as Loose[])
      .filter((rule) => rule.warnsOn.includes('recordPlanProducer') && rule.warnsOn.includes('withdrawPlanProducer'))
      .map((rule) => rule.id);
    expect(warnedOnProducers).toEqual(['plan.la-pct-joint-sign-off', 'plan.jsna-produced-jointly']);
  });

  it('warns while a JSNA names the authority without a PCT, whose duty it is to produce it together (003 ¶43)', async () => {
    const council = await secretariat.query(record, { input: { plan: world.jsna, producer: world.council$ } });
    expect(council.errors).toBeUndefined();
    expect(council.data.recordPlanProducer.warnings).toEqual([
      {
        rule: { id: 'plan.jsna-produced-jointly' },
        outcome: 'NOT_MET',
        subjectId: world.jsna,
        missing: [{ code: 'PRIMARY_CARE_TRUST' }],
      },
    ]);
    const both = await secretariat.query(record, { input: { plan: world.jsna, producer: world.pct$ } });
    expect(names(both, 'recordPlanProducer')).toEqual(['Producershire CC', 'Producershire PCT']);
    expect(both.data.recordPlanProducer.warnings).toEqual([]);
    const withdrawn = await secretariat.query(withdraw, { input: { plan: world.jsna, producer: world.council$ } });
    expect(withdrawn.data.withdrawPlanProducer.warnings).toEqual([
      {
        rule: { id: 'plan.jsna-produced-jointly' },
        outcome: 'NOT_MET',
        subjectId: world.jsna,
        missing: [{ code: 'LOCAL_AUTHORITY' }],
      },
    ]);
  });
});
