import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  budgetArrangements,
  contributions,
  plans,
  resourceCommitments,
  selfAssessmentQuestions,
  selfAssessments,
} from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { outcomes, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;
let councilEditor: Client;
let pctEditor: Client;
let policeEditor: Client;

const create = `mutation($input: CreateBudgetArrangementInput!) { createBudgetArrangement(input: $input) {
  clientMutationId budgetArrangement { id name kind legalBasis version validFrom validTo host { name } } } }`;
const endArrangement = `mutation($input: EndBudgetArrangementInput!) { endBudgetArrangement(input: $input) {
  budgetArrangement { id version validTo } } }`;
const record = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) {
  clientMutationId contribution { id financialYear amount shareBand version organisation { name } } } }`;
const update = `mutation($input: UpdateContributionInput!) { updateContribution(input: $input) {
  contribution { id amount version } } }`;

const gid = (type: 'Organisation' | 'Area' | 'Body', id: string) => toGlobalId(type, id);

async function buildWorld() {
  const make = factories(database.db);
  const area = await make.area({ code: 'T-POOLS', name: 'Poolshire' });
  const council = await make.organisation({ code: 'poolshire-council', name: 'Poolshire Council', areaId: area.id });
  const pct = await make.organisation({ code: 'poolshire-pct', name: 'Poolshire PCT', kind: 'PRIMARY_CARE_TRUST' });
  const police = await make.organisation({
    code: 'poolshire-police',
    name: 'Poolshire Police',
    kind: 'POLICE_SERVICE',
  });
  const subGroup = await make.body(area.id, { name: 'Poolshire CAMHS sub-group', validFrom: '2004-01-01' });
  const board = await make.body(area.id, { name: 'Poolshire trust board', kind: 'CHILDRENS_TRUST_BOARD' });
  const lscb = await make.body(area.id, { name: 'Poolshire LSCB', kind: 'LSCB' });
  const elsewhere = await make.area({ name: 'Elsewhere' });
  const otherLscb = await make.body(elsewhere.id, { name: 'Elsewhere LSCB', kind: 'LSCB' });
  return { area, council, pct, police, subGroup, board, lscb, otherLscb, areaId: gid('Area', area.id) };
}

const { denialsOf } = writeChecks(() => database.db);
const arrangementsIn = (areaId: string) =>
  database.db.select().from(budgetArrangements).where(eq(budgetArrangements.areaId, areaId));
const contributionsTo = (arrangementId: string) =>
  database.db.select().from(contributions).where(eq(contributions.arrangementId, arrangementId));
const rowId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

const pool = (change: Record<string, unknown> = {}) => ({
  name: 'CAMHS pool',
  kind: 'POOLED',
  legalBasis: 'HEALTH_ACT_1999_S31',
  area: world.areaId,
  host: gid('Organisation', world.council.id),
  validFrom: '2005-04-01',
  ...change,
});

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
  councilEditor = await api.as({ org: 'poolshire-council', roles: ['editor'] });
  pctEditor = await api.as({ org: 'poolshire-pct', roles: ['editor'] });
  policeEditor = await api.as({ org: 'poolshire-police', roles: ['editor'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

async function newPool(change: Record<string, unknown> = {}) {
  const response = await councilEditor.query(create, { input: pool(change) });
  expect(response.errors).toBeUndefined();
  return response.data.createBudgetArrangement.budgetArrangement as Loose;
}

describe('createBudgetArrangement and endBudgetArrangement', () => {
  it('lets the host create a pool, and records the change', async () => {
    const created = await newPool();
    expect(created).toMatchObject({ kind: 'POOLED', version: 1, host: { name: 'Poolshire Council' } });
    const history = await api.query(`query($id: ID!) { history(id: $id) { operation subject recordType before } }`, {
      id: created.id,
    });
    expect(history.data.history).toEqual([
      expect.objectContaining({
        operation: 'createBudgetArrangement',
        subject: 'poolshire-council user',
        recordType: 'BudgetArrangement',
        before: null,
      }),
    ]);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['a pool without a host', { host: null }, 'input.host'],
    ['an aligned budget with a host', { kind: 'ALIGNED', legalBasis: 'NONE' }, 'input.host'],
    ['an s31 pool hosted by the police', { host: 'POLICE' }, 'input.host'],
    ['an end before the start', { validTo: '2004-01-01' }, 'input.validTo'],
    ['an empty name', { name: '  ' }, 'input.name'],
    ['an id of the wrong type', { area: toGlobalId('Body', '00000000-0000-0000-0000-000000000000') }, 'input.area'],
    ['an area that does not exist', { area: gid('Area', '00000000-0000-0000-0000-000000000000') }, 'input.area'],
    ['a period outside the governing body', { governingBody: 'SUB', validFrom: '2003-01-01' }, 'input.validFrom'],
  ];

  it.each(invalid)('refuses %s, naming the field, and writes nothing', async (_name, change, field) => {
    const before = (await arrangementsIn(world.area.id)).length;
    const resolved = {
      ...change,
      ...(change.host === 'POLICE' ? { host: gid('Organisation', world.police.id) } : {}),
      ...(change.governingBody === 'SUB' ? { governingBody: gid('Body', world.subGroup.id) } : {}),
    };
    const response = await api.query(create, { input: pool(resolved) });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: expect.stringMatching(/BAD_USER_INPUT|NOT_FOUND/),
      field,
    });
    expect((await arrangementsIn(world.area.id)).length).toBe(before);
  });

  it('lets an administrator create an aligned budget with no host', async () => {
    const response = await api.query(create, { input: pool({ kind: 'ALIGNED', legalBasis: 'NONE', host: null }) });
    expect(response.errors).toBeUndefined();
    expect(response.data.createBudgetArrangement.budgetArrangement).toMatchObject({ kind: 'ALIGNED', host: null });
  });

  it('refuses anyone but the host, the secretariat and administrators, recording each refusal', async () => {
    const before = (await arrangementsIn(world.area.id)).length;
    const reader = await api.as({ org: 'poolshire-council', roles: ['reader'] });
    for (const caller of [policeEditor, pctEditor, reader]) {
      const refused = await caller.query(create, { input: pool() });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'budget:edit' });
      expect(refused.data).toBeNull();
    }
    expect((await arrangementsIn(world.area.id)).length).toBe(before);
    expect(await denialsOf('createBudgetArrangement')).toBeGreaterThanOrEqual(3);
  });

  it('creates once for a retried request with the same clientMutationId', async () => {
    const input = pool({ name: 'Retried pool', clientMutationId: 'pool-retry' });
    const first = await councilEditor.query(create, { input });
    const second = await councilEditor.query(create, { input });
    expect(second.data.createBudgetArrangement.budgetArrangement.id).toBe(
      first.data.createBudgetArrangement.budgetArrangement.id,
    );
    expect(second.data.createBudgetArrangement.clientMutationId).toBe('pool-retry');
    const rows = (await arrangementsIn(world.area.id)).filter((row) => row.name === 'Retried pool');
    expect(rows).toHaveLength(1);
  });

  it('ends an arrangement; a stale version gets CONFLICT and one of two concurrent writers wins', async () => {
    const created = await newPool({ name: 'Ending pool' });
    const attempts = await Promise.all([
      councilEditor.query(endArrangement, {
        input: { arrangement: created.id, endOn: '2008-04-01', expectedVersion: 1 },
      }),
      councilEditor.query(endArrangement, {
        input: { arrangement: created.id, endOn: '2009-04-01', expectedVersion: 1 },
      }),
    ]);
    expect(outcomes(attempts)).toEqual(['CONFLICT', 'OK']);
    const early = await councilEditor.query(endArrangement, {
      input: { arrangement: created.id, endOn: '2005-01-01', expectedVersion: 2 },
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endOn' });
    const refused = await pctEditor.query(endArrangement, {
      input: { arrangement: created.id, endOn: '2010-04-01', expectedVersion: 2 },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'budget:edit' });
  });
});

describe('recordContribution and updateContribution', () => {
  let camhs: Loose;
  beforeAll(async () => {
    camhs = await newPool({ name: 'Contribution pool' });
    // A partner joins an arrangement when its host records the partner's first contribution; then it records its own.
    const joined = await councilEditor.query(record, {
      input: { arrangement: camhs.id, organisation: gid('Organisation', world.pct.id), financialYear: '2006-07' },
    });
    expect(joined.errors).toBeUndefined();
  });

  it('records the caller’s own contribution, confidential to it, and records the change', async () => {
    const response = await pctEditor.query(record, {
      input: { arrangement: camhs.id, financialYear: '2008-09', amount: 250000 },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.recordContribution.contribution).toMatchObject({
      financialYear: '2008-09',
      amount: 250000,
      version: 1,
      organisation: { name: 'Poolshire PCT' },
    });
    const history = await api.query(`query($id: ID!) { history(id: $id) { operation recordType } }`, {
      id: response.data.recordContribution.contribution.id,
    });
    expect(history.data.history).toEqual([{ operation: 'recordContribution', recordType: 'Contribution' }]);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['a malformed financial year', { financialYear: '2008/09' }, 'input.financialYear'],
    ['a year that does not follow on', { financialYear: '2008-10' }, 'input.financialYear'],
    ['a year before the arrangement', { financialYear: '2001-02' }, 'input.financialYear'],
    ['a negative amount', { amount: -1 }, 'input.amount'],
    ['a second contribution for the same year', { financialYear: '2008-09' }, 'input.financialYear'],
    [
      'an id of the wrong type',
      { arrangement: toGlobalId('Area', '00000000-0000-0000-0000-000000000000') },
      'input.arrangement',
    ],
  ];

  it.each(invalid)('refuses %s, naming the field, and writes nothing', async (_name, change, field) => {
    const before = (await contributionsTo(rowId(camhs.id))).length;
    const input = { arrangement: camhs.id, financialYear: '2009-10', amount: 1000, ...change };
    const response = await pctEditor.query(record, { input });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await contributionsTo(rowId(camhs.id))).length).toBe(before);
  });

  it('refuses a police contribution to an s31 pool, even from the host', async () => {
    const response = await councilEditor.query(record, {
      input: { arrangement: camhs.id, organisation: gid('Organisation', world.police.id), financialYear: '2008-09' },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisation' });
  });

  it('lets the host record for a partner, but no one else name another organisation', async () => {
    const byHost = await councilEditor.query(record, {
      input: { arrangement: camhs.id, organisation: gid('Organisation', world.pct.id), financialYear: '2010-11' },
    });
    expect(byHost.errors).toBeUndefined();
    const before = (await contributionsTo(rowId(camhs.id))).length;
    const reader = await api.as({ org: 'poolshire-pct', roles: ['reader'] });
    const refusals = [
      await policeEditor.query(record, {
        input: { arrangement: camhs.id, organisation: gid('Organisation', world.pct.id), financialYear: '2011-12' },
      }),
      await reader.query(record, { input: { arrangement: camhs.id, financialYear: '2011-12' } }),
    ];
    for (const refused of refusals) {
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'contribution:edit' });
    }
    expect((await contributionsTo(rowId(camhs.id))).length).toBe(before);
    expect(await denialsOf('recordContribution')).toBeGreaterThanOrEqual(2);
  });

  it('records once for a retried request with the same clientMutationId', async () => {
    const input = {
      arrangement: camhs.id,
      financialYear: '2012-13',
      amount: 5,
      clientMutationId: 'contribution-retry',
    };
    const first = await pctEditor.query(record, { input });
    const second = await pctEditor.query(record, { input });
    expect(second.data.recordContribution.contribution.id).toBe(first.data.recordContribution.contribution.id);
    const rows = (await contributionsTo(rowId(camhs.id))).filter((row) => row.financialYear === '2012-13');
    expect(rows).toHaveLength(1);
  });

  it('updates a contribution with its version; stale and concurrent writers get CONFLICT; others are refused', async () => {
    const recorded = await pctEditor.query(record, {
      input: { arrangement: camhs.id, financialYear: '2013-14', amount: 100 },
    });
    const id = recorded.data.recordContribution.contribution.id;
    const attempts = await Promise.all([
      pctEditor.query(update, { input: { contribution: id, amount: 200, expectedVersion: 1 } }),
      councilEditor.query(update, { input: { contribution: id, amount: 300, expectedVersion: 1 } }),
    ]);
    expect(outcomes(attempts)).toEqual(['CONFLICT', 'OK']);
    const negative = await pctEditor.query(update, { input: { contribution: id, amount: -5, expectedVersion: 2 } });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    const refused = await policeEditor.query(update, { input: { contribution: id, amount: 1, expectedVersion: 2 } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'contribution:edit' });
    const done = await pctEditor.query(update, { input: { contribution: id, amount: 400, expectedVersion: 2 } });
    expect(done.data.updateContribution.contribution).toMatchObject({ amount: 400, version: 3 });
  });
});

const createPlanMutation = `mutation($input: CreatePlanInput!) { createPlan(input: $input) {
  clientMutationId plan { id kind title version adoptedOn publishedOn ownerBody { name } } } }`;
const publishPlanMutation = `mutation($input: PublishPlanInput!) { publishPlan(input: $input) {
  plan { id version adoptedOn publishedOn } } }`;
const consult = `mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) {
  plan { id consultations { consultedOn consultee { ... on Body { name } } } } } }`;
const commit = `mutation($input: CommitResourcesInput!) { commitResources(input: $input) {
  clientMutationId commitment { id version description amount published organisation { name } } } }`;
const publishCommitmentMutation = `mutation($input: PublishCommitmentInput!) { publishCommitment(input: $input) {
  commitment { id version published organisation { name } plan { resourceCommitments { published } } } } }`;

describe('plans, consultations and commitments', () => {
  let boardSecretariat: Client;
  beforeAll(async () => {
    boardSecretariat = await api.as({
      org: 'poolshire-council',
      roles: ['reader', `secretariat:${gid('Body', world.board.id)}`],
    });
    // Only a partner of the plan's body commits to it: the PCT sits on the trust board.
    await factories(database.db).membership({
      bodyId: world.board.id,
      memberOrganisationId: world.pct.id,
      validFrom: '2005-04-01',
    });
  });

  const cypp = (change: Record<string, unknown> = {}) => ({
    kind: 'CYPP',
    title: 'Poolshire CYPP 2006-09',
    area: world.areaId,
    ownerBody: gid('Body', world.board.id),
    periodStart: '2006-04-01',
    periodEnd: '2009-04-01',
    ...change,
  });
  const plansIn = () => database.db.select().from(plans).where(eq(plans.areaId, world.area.id));

  async function newPlan(change: Record<string, unknown> = {}) {
    const response = await boardSecretariat.query(createPlanMutation, { input: cypp(change) });
    expect(response.errors).toBeUndefined();
    return response.data.createPlan.plan as Loose;
  }

  it('lets the owning body’s secretariat create a plan, once per clientMutationId, recording the change', async () => {
    const input = cypp({ clientMutationId: 'plan-retry' });
    const first = await boardSecretariat.query(createPlanMutation, { input });
    const second = await boardSecretariat.query(createPlanMutation, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.createPlan.plan).toMatchObject({
      kind: 'CYPP',
      version: 1,
      ownerBody: { name: 'Poolshire trust board' },
    });
    expect(second.data.createPlan.plan.id).toBe(first.data.createPlan.plan.id);
    const history = await api.query(`query($id: ID!) { history(id: $id) { operation } }`, {
      id: first.data.createPlan.plan.id,
    });
    expect(history.data.history).toEqual([{ operation: 'createPlan' }]);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['a period ending before it starts', { periodEnd: '2005-01-01' }, 'input.periodEnd'],
    ['an empty title', { title: ' ' }, 'input.title'],
    ['an area that does not exist', { area: toGlobalId('Area', '00000000-0000-0000-0000-000000000000') }, 'input.area'],
  ];

  it.each(invalid)('refuses %s, naming the field, and writes nothing', async (_name, change, field) => {
    const before = (await plansIn()).length;
    const response = await boardSecretariat.query(createPlanMutation, { input: cypp(change) });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await plansIn()).length).toBe(before);
  });

  it('refuses other callers, recording each refusal and writing nothing', async () => {
    const before = (await plansIn()).length;
    for (const caller of [councilEditor, policeEditor]) {
      const refused = await caller.query(createPlanMutation, { input: cypp() });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'plan:edit' });
    }
    expect((await plansIn()).length).toBe(before);
    expect(await denialsOf('createPlan')).toBeGreaterThanOrEqual(2);
  });

  it('publishes a CYPP only after an LSCB of its area was consulted before adoption (rule 3)', async () => {
    const plan = await newPlan({ title: 'CYPP to publish' });
    const publish = (version: number) =>
      boardSecretariat.query(publishPlanMutation, {
        input: { plan: plan.id, adoptedOn: '2006-03-01', publishedOn: '2006-03-15', expectedVersion: version },
      });
    expect((await publish(1)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.plan' });
    const consultations: [string, string][] = [
      [gid('Body', world.otherLscb.id), '2006-01-10'],
      [gid('Body', world.lscb.id), '2006-03-01'],
    ];
    for (const [body, consultedOn] of consultations) {
      const response = await boardSecretariat.query(consult, {
        input: { plan: plan.id, consulteeBody: body, consultedOn },
      });
      expect(response.errors).toBeUndefined();
    }
    expect((await publish(1)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.plan' });
    const both = await boardSecretariat.query(consult, {
      input: {
        plan: plan.id,
        consulteeBody: gid('Body', world.lscb.id),
        consulteeOrganisation: gid('Organisation', world.pct.id),
        consultedOn: '2006-02-01',
      },
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.consulteeBody' });
    await boardSecretariat.query(consult, {
      input: { plan: plan.id, consulteeBody: gid('Body', world.lscb.id), consultedOn: '2006-02-01' },
    });
    const early = await boardSecretariat.query(publishPlanMutation, {
      input: { plan: plan.id, adoptedOn: '2006-03-01', publishedOn: '2006-02-15', expectedVersion: 1 },
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.publishedOn' });
    const attempts = await Promise.all([publish(1), publish(1)]);
    expect(outcomes(attempts)).toEqual(['CONFLICT', 'OK']);
    const refused = await policeEditor.query(publishPlanMutation, {
      input: { plan: plan.id, publishedOn: '2006-04-01', expectedVersion: 2 },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'plan:edit' });
    const history = await api.query(`query($id: ID!) { history(id: $id) { operation } }`, { id: plan.id });
    expect(history.data.history.map((change: Loose) => change.operation)).toEqual([
      'createPlan',
      'recordConsultation',
      'recordConsultation',
      'recordConsultation',
      'publishPlan',
    ]);
  });

  it('publishes a plan of another kind without a consultation', async () => {
    const plan = await newPlan({ kind: 'JSNA', title: 'Poolshire JSNA', adoptedOn: '2007-01-01' });
    const response = await boardSecretariat.query(publishPlanMutation, {
      input: { plan: plan.id, publishedOn: '2007-02-01', expectedVersion: 1 },
    });
    expect(response.data.publishPlan.plan).toMatchObject({ version: 2, publishedOn: '2007-02-01' });
  });

  it('lets a partner commit and publish its own resources only', async () => {
    const plan = await newPlan({ title: 'CYPP with commitments' });
    const commitments = () =>
      database.db
        .select()
        .from(resourceCommitments)
        .where(eq(resourceCommitments.planId, rowId(plan.id)));
    const input = { plan: plan.id, description: 'Two CAMHS nurses', amount: 80000, clientMutationId: 'commit-1' };
    const first = await pctEditor.query(commit, { input });
    const second = await pctEditor.query(commit, { input });
    expect(first.errors).toBeUndefined();
    expect(second.data.commitResources.commitment).toEqual(first.data.commitResources.commitment);
    expect(first.data.commitResources.commitment).toMatchObject({
      description: 'Two CAMHS nurses',
      published: false,
      organisation: { name: 'Poolshire PCT' },
    });
    expect(await commitments()).toHaveLength(1);
    const negative = await pctEditor.query(commit, { input: { plan: plan.id, description: 'x', amount: -1 } });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    const reader = await api.as({ org: 'poolshire-pct', roles: ['reader'] });
    const refused = await reader.query(commit, { input: { plan: plan.id, description: 'Nothing' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'commitment:edit' });
    expect(await commitments()).toHaveLength(1);
    const commitment = first.data.commitResources.commitment;
    const otherPartners = await policeEditor.query(publishCommitmentMutation, {
      input: { commitment: commitment.id, expectedVersion: 1 },
    });
    expect(otherPartners.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'commitment:edit' });
    const published = await pctEditor.query(publishCommitmentMutation, {
      input: { commitment: commitment.id, expectedVersion: 1 },
    });
    expect(published.errors).toBeUndefined();
    expect(published.data.publishCommitment.commitment).toEqual({
      id: commitment.id,
      version: 2,
      published: true,
      organisation: { name: 'Poolshire PCT' },
      plan: { resourceCommitments: [{ published: true }] },
    });
    const again = await pctEditor.query(publishCommitmentMutation, {
      input: { commitment: commitment.id, expectedVersion: 2 },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.commitment' });
  });
});

const recordAssessment = `mutation($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) {
  clientMutationId selfAssessment { id cycle version } } }`;
const answer = `mutation($input: AnswerSelfAssessmentQuestionInput!) { answerSelfAssessmentQuestion(input: $input) {
  selfAssessment { id version answers { narrative evidenceIds question { id } } } } }`;

describe('self-assessments', () => {
  let secretariat: Client;
  beforeAll(async () => {
    secretariat = await api.as({
      org: 'poolshire-council',
      roles: ['reader', `secretariat:${gid('Body', world.board.id)}`],
    });
    await database.db
      .insert(selfAssessmentQuestions)
      .values({ id: 'W1', groupCode: 'W', groupQuestion: 'Writes?', ordinal: 900, text: 'How does it write?' })
      .onConflictDoNothing();
  });
  const ofBoard = () => database.db.select().from(selfAssessments).where(eq(selfAssessments.bodyId, world.board.id));

  it('lets the secretariat record a cycle once, answer with a version, and records the changes', async () => {
    const input = { body: gid('Body', world.board.id), cycle: '2008-09', clientMutationId: 'assessment-1' };
    const first = await secretariat.query(recordAssessment, { input });
    const second = await secretariat.query(recordAssessment, { input });
    expect(first.errors).toBeUndefined();
    const assessment = first.data.recordSelfAssessment.selfAssessment;
    expect(second.data.recordSelfAssessment.selfAssessment.id).toBe(assessment.id);
    expect(await ofBoard()).toHaveLength(1);
    const duplicate = await secretariat.query(recordAssessment, { input: { ...input, clientMutationId: null } });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cycle' });
    const malformed = await secretariat.query(recordAssessment, {
      input: { ...input, cycle: '2008', clientMutationId: null },
    });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cycle' });

    const answerInput = (change: Record<string, unknown>) => ({
      selfAssessment: assessment.id,
      question: 'W1',
      narrative: 'Through the registry.',
      evidence: [gid('Body', world.board.id)],
      expectedVersion: 1,
      ...change,
    });
    const attempts = await Promise.all([
      secretariat.query(answer, { input: answerInput({}) }),
      secretariat.query(answer, { input: answerInput({ narrative: 'Concurrently.' }) }),
    ]);
    expect(outcomes(attempts)).toEqual(['CONFLICT', 'OK']);
    const invalid: [Record<string, unknown>, string][] = [
      [{ question: 'NOPE' }, 'input.question'],
      [{ narrative: ' ' }, 'input.narrative'],
      [{ evidence: ['not-an-id'] }, 'input.evidence[0]'],
    ];
    for (const [change, field] of invalid) {
      const refused = await secretariat.query(answer, { input: answerInput({ ...change, expectedVersion: 2 }) });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const replaced = await secretariat.query(answer, {
      input: answerInput({ narrative: 'Better.', expectedVersion: 2 }),
    });
    expect(replaced.data.answerSelfAssessmentQuestion.selfAssessment).toMatchObject({
      version: 3,
      answers: [{ narrative: 'Better.', evidenceIds: [gid('Body', world.board.id)], question: { id: 'W1' } }],
    });
    const history = await api.query(`query($id: ID!) { history(id: $id) { operation } }`, { id: assessment.id });
    expect(history.data.history.map((change: Loose) => change.operation)).toEqual([
      'recordSelfAssessment',
      'answerSelfAssessmentQuestion',
      'answerSelfAssessmentQuestion',
    ]);
  });

  it('refuses anyone but the body’s secretariat and administrators, recording the refusal', async () => {
    const before = (await ofBoard()).length;
    for (const caller of [councilEditor, policeEditor]) {
      const refused = await caller.query(recordAssessment, {
        input: { body: gid('Body', world.board.id), cycle: '2009-10' },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'self-assessment:edit' });
    }
    expect((await ofBoard()).length).toBe(before);
    expect(await denialsOf('recordSelfAssessment')).toBeGreaterThanOrEqual(2);
  });
});
