import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plans, planReviews, planStatuses, planTargets } from '../schema/database/index';
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
let outsider: Client;

const history = `query($id: ID!) { history(id: $id) { operation recordType before after } }`;
const planQuery = `query($id: ID!) { node(id: $id) { ... on Plan { version status
  statuses { id version status validFrom validTo }
  links { id recordId version kind linkedPlan { title } }
  targets { id version description measure targetValue dueOn laaIndicator outcome ownerBody { name } }
  reviews { id version reviewedOn publishedOn summary reviewingBody { name } }
  consultations { consultedOn consulteeGroup consulteeDescription consultee { __typename } } } } }`;
const link = `mutation($input: LinkPlansInput!) { linkPlans(input: $input) {
  link { id version kind linkedPlan { title } } plan { links { kind } } } }`;
const unlink = `mutation($input: UnlinkPlansInput!) { unlinkPlans(input: $input) { plan { links { kind } } } }`;
const addTarget = `mutation($input: AddPlanTargetInput!) { addPlanTarget(input: $input) {
  target { id version description measure targetValue dueOn laaIndicator outcome ownerBody { name } } } }`;
const updateTarget = `mutation($input: UpdatePlanTargetInput!) { updatePlanTarget(input: $input) {
  target { id version measure targetValue dueOn } } }`;
const recordStatus = `mutation($input: RecordPlanStatusInput!) { recordPlanStatus(input: $input) {
  planStatus { id version status validFrom validTo } plan { statuses { status validFrom validTo } } } }`;
const recordReview = `mutation($input: RecordPlanReviewInput!) { recordPlanReview(input: $input) {
  review { id version reviewedOn publishedOn summary reviewingBody { name } } } }`;
const publishReview = `mutation($input: PublishPlanReviewInput!) { publishPlanReview(input: $input) {
  review { id version publishedOn summary } } }`;
const consult = `mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) {
  plan { consultations { consulteeGroup consulteeDescription consultee { __typename } } } } }`;
const complianceQuery = `query($code: String!, $asOf: Date) { compliance(areaCode: $code, asOf: $asOf) {
  findings { rule { id severity } subjectLabel outcome explanation
    evidence { recordType recordId label note } missing { code label } } } }`;

/** A county's CYPP owned by its board, adopted 2006-03-01, its SCS, a sub-group, and another area's plan apart. */
async function buildWorld() {
  const { db } = database;
  const make = factories(db);
  const county = await make.area({ name: 'Factshire', kind: 'COUNTY', tier: 'UPPER' });
  const elsewhere = await make.area({ name: 'Elsewhere' });
  const board = await make.body(county.id, { name: 'Factshire Board', kind: 'CHILDRENS_TRUST_BOARD' });
  const lsp = await make.body(county.id, { name: 'Factshire LSP', kind: 'LSP' });
  const subGroup = await make.body(county.id, { name: 'Be Healthy sub-group', kind: 'THEME_SUB_GROUP' });
  const stranger = await make.body(elsewhere.id, { name: 'Elsewhere Board', kind: 'CHILDRENS_TRUST_BOARD' });
  await make.organisation({ code: 'factshire-cc', name: 'Factshire CC', areaId: county.id });
  await make.organisation({ code: 'elsewhere-cc', name: 'Elsewhere CC', areaId: elsewhere.id });
  const [cypp, scs, far] = await db
    .insert(plans)
    .values([
      {
        kind: 'CYPP',
        title: 'Factshire CYPP 2006-09',
        areaId: county.id,
        ownerBodyId: board.id,
        periodStart: '2006-04-01',
        periodEnd: '2009-04-01',
        adoptedOn: '2006-03-01',
      },
      { kind: 'SCS', title: 'Factshire SCS', areaId: county.id, ownerBodyId: lsp.id, periodStart: '2005-04-01' },
      {
        kind: 'SCS',
        title: 'Elsewhere SCS',
        areaId: elsewhere.id,
        ownerBodyId: stranger.id,
        periodStart: '2005-04-01',
      },
    ])
    .returning();
  return {
    county,
    board,
    stranger,
    cypp: toGlobalId('Plan', cypp!.id),
    scs: toGlobalId('Plan', scs!.id),
    far: toGlobalId('Plan', far!.id),
    board$: toGlobalId('Body', board.id),
    subGroup$: toGlobalId('Body', subGroup.id),
    stranger$: toGlobalId('Body', stranger.id),
  };
}

const { expectForbiddenAttempt } = writeChecks(() => database.db);
const readPlan = async (client: Client = api, id = world.cypp) => {
  const response = await client.query(planQuery, { id });
  expect(response.errors).toBeUndefined();
  return response.data.node;
};
const operations = async (id: string) =>
  ((await api.query(history, { id })).data.history as Loose[]).map((change) => change.operation);

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
  secretariat = await api.as({ org: 'factshire-cc', roles: ['editor', `secretariat:${world.board$}`] });
  otherSecretariat = await api.as({ org: 'elsewhere-cc', roles: ['editor', `secretariat:${world.stranger$}`] });
  outsider = await api.as({ org: 'elsewhere-cc', roles: ['reader'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('plan links', () => {
  it('links the CYPP to the SCS, refuses it twice or to another area’s plan, and withdraws it on its version', async () => {
    const input = { plan: world.cypp, linkedPlan: world.scs, kind: 'CONSISTENT_WITH' };
    const made = await secretariat.query(link, { input });
    expect(made.errors).toBeUndefined();
    const created = made.data.linkPlans.link;
    expect(created).toMatchObject({ version: 1, kind: 'CONSISTENT_WITH', linkedPlan: { title: 'Factshire SCS' } });
    expect(made.data.linkPlans.plan.links).toEqual([{ kind: 'CONSISTENT_WITH' }]);
    expectRefused(await secretariat.query(link, { input }), 'BAD_USER_INPUT', 'input.linkedPlan', 'already linked');
    expectRefused(
      await secretariat.query(link, { input: { ...input, linkedPlan: world.far } }),
      'BAD_USER_INPUT',
      'input.linkedPlan',
      'unrelated areas',
    );
    expectRefused(
      await secretariat.query(link, { input: { ...input, linkedPlan: world.cypp } }),
      'BAD_USER_INPUT',
      'input.linkedPlan',
    );
    await expectForbiddenAttempt('plan:edit', 'linkPlans', () => otherSecretariat.query(link, { input }));
    await expectForbiddenAttempt('plan:edit', 'unlinkPlans', () =>
      otherSecretariat.query(unlink, { input: { link: created.id, expectedVersion: 1 } }),
    );
    const stale = await secretariat.query(unlink, { input: { link: created.id, expectedVersion: 2 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedVersion' });
    const removed = await secretariat.query(unlink, { input: { link: created.id, expectedVersion: 1 } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data.unlinkPlans.plan.links).toEqual([]);
    const changes = (await api.query(history, { id: created.id })).data.history as Loose[];
    expect(changes.map((change) => [change.operation, change.recordType])).toEqual([
      ['linkPlans', 'PlanLink'],
      ['unlinkPlans', 'PlanLink'],
    ]);
    expect(changes[1]).toMatchObject({ after: null });
    expect(changes[1].before).toMatchObject({ kind: 'CONSISTENT_WITH' });
  });
});

describe('plan targets', () => {
  it('adds a dated, measured target owned by a sub-group, and changes it only at the version read', async () => {
    const input = {
      plan: world.cypp,
      description: 'Reduce teenage conceptions',
      measure: 'Conceptions per 1,000 girls aged 15-17',
      targetValue: 32.5,
      dueOn: '2009-03-31',
      laaIndicator: 'NI 112',
      outcome: 'BE_HEALTHY',
      ownerBody: world.subGroup$,
    };
    const added = await secretariat.query(addTarget, { input });
    expect(added.errors).toBeUndefined();
    const target = added.data.addPlanTarget.target;
    expect(target).toMatchObject({
      version: 1,
      measure: 'Conceptions per 1,000 girls aged 15-17',
      targetValue: 32.5,
      dueOn: '2009-03-31',
      ownerBody: { name: 'Be Healthy sub-group' },
    });
    expectRefused(
      await secretariat.query(addTarget, { input: { ...input, ownerBody: world.stranger$ } }),
      'BAD_USER_INPUT',
      'input.ownerBody',
      'not of the plan’s area',
    );
    expectRefused(
      await secretariat.query(addTarget, { input: { ...input, measure: '  ' } }),
      'BAD_USER_INPUT',
      'input.measure',
    );
    await expectForbiddenAttempt('plan:edit', 'addPlanTarget', () => otherSecretariat.query(addTarget, { input }));
    const changed = await secretariat.query(updateTarget, {
      input: { target: target.id, expectedVersion: 1, targetValue: 30, dueOn: '2010-03-31' },
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data.updatePlanTarget.target).toMatchObject({ version: 2, targetValue: 30, dueOn: '2010-03-31' });
    const stale = await secretariat.query(updateTarget, {
      input: { target: target.id, expectedVersion: 1, targetValue: 1 },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expectRefused(
      await secretariat.query(updateTarget, { input: { target: target.id, expectedVersion: 2, dueOn: null } }),
      'BAD_USER_INPUT',
      'input.dueOn',
    );
    expect(await operations(target.id)).toEqual(['addPlanTarget', 'updatePlanTarget']);
  });
});

describe('plan status', () => {
  it('dates the plan planned, in preparation and in place, each ending the last, and reads it as at a date', async () => {
    const status = (status: string, validFrom: string) => ({ input: { plan: world.cypp, status, validFrom } });
    expect((await secretariat.query(recordStatus, status('PLANNED', '2005-06-01'))).errors).toBeUndefined();
    expect((await secretariat.query(recordStatus, status('IN_PREPARATION', '2005-11-01'))).errors).toBeUndefined();
    const inPlace = await secretariat.query(recordStatus, status('IN_PLACE', '2006-03-01'));
    expect(inPlace.errors).toBeUndefined();
    expect(inPlace.data.recordPlanStatus.plan.statuses).toEqual([
      { status: 'PLANNED', validFrom: '2005-06-01', validTo: '2005-11-01' },
      { status: 'IN_PREPARATION', validFrom: '2005-11-01', validTo: '2006-03-01' },
      { status: 'IN_PLACE', validFrom: '2006-03-01', validTo: null },
    ]);
    expectRefused(
      await secretariat.query(recordStatus, status('SUPERSEDED', '2006-01-01')),
      'BAD_USER_INPUT',
      'input.validFrom',
      'began on 2006-03-01',
    );
    expectRefused(
      await secretariat.query(recordStatus, status('IN_PLACE', '2007-01-01')),
      'BAD_USER_INPUT',
      'input.status',
    );
    await expectForbiddenAttempt('plan:edit', 'recordPlanStatus', () =>
      otherSecretariat.query(recordStatus, status('SUPERSEDED', '2009-04-01')),
    );
    const asAt = `query($area: ID!, $asOf: Date) { plans(filter: { area: $area, kinds: [CYPP] }, asOf: $asOf) {
      nodes { status } } }`;
    const statusOn = async (asOf: string) =>
      (await api.query(asAt, { area: toGlobalId('Area', world.county.id), asOf })).data.plans.nodes[0].status;
    expect(await statusOn('2005-05-01')).toBeNull();
    expect(await statusOn('2005-12-01')).toBe('IN_PREPARATION');
    expect(await statusOn('2008-03-31')).toBe('IN_PLACE');
    const [first] = (await readPlan()).statuses;
    expect(await operations(first.id)).toEqual(['recordPlanStatus', 'recordPlanStatus']);
  });

  it('lets the database refuse two statuses of one plan for the same days', async () => {
    const [plan] = await database.db.select().from(plans).limit(1);
    await database.db
      .insert(planStatuses)
      .values({ planId: plan!.id, status: 'PLANNED', validFrom: '2001-01-01', validTo: '2002-01-01' });
    await expect(
      database.db
        .insert(planStatuses)
        .values({ planId: plan!.id, status: 'IN_PLACE', validFrom: '2001-06-01', validTo: '2001-07-01' }),
    ).rejects.toThrow();
  });
});

describe('annual reviews and consultees who are not organisations, and the rules they make checkable', () => {
  const judge = async (asOf: string) => {
    const response = await api.query(complianceQuery, { code: world.county.code, asOf });
    expect(response.errors).toBeUndefined();
    return (id: string) =>
      (response.data.compliance.findings as Loose[]).find(
        (finding) => finding.rule.id === id && finding.subjectLabel === 'Factshire CYPP 2006-09',
      );
  };

  it('records groups consulted by role, never two consultees, and judges the CYPP on children and on parents', async () => {
    const consultation = (values: Loose) => ({ input: { plan: world.cypp, ...values } });
    const children = await secretariat.query(
      consult,
      consultation({
        consulteeGroup: 'CHILDREN_AND_YOUNG_PEOPLE',
        consulteeDescription: 'Youth Council',
        consultedOn: '2006-01-10',
      }),
    );
    expect(children.errors).toBeUndefined();
    expect(children.data.recordConsultation.plan.consultations).toEqual([
      { consulteeGroup: 'CHILDREN_AND_YOUNG_PEOPLE', consulteeDescription: 'Youth Council', consultee: null },
    ]);
    expectRefused(
      await secretariat.query(
        consult,
        consultation({ consulteeGroup: 'PARENTS_AND_CARERS', consulteeBody: world.board$, consultedOn: '2006-01-10' }),
      ),
      'BAD_USER_INPUT',
      'input.consulteeBody',
      'exactly one consultee',
    );
    expectRefused(
      await secretariat.query(
        consult,
        consultation({ consulteeBody: world.board$, consulteeDescription: 'x', consultedOn: '2006-01-10' }),
      ),
      'BAD_USER_INPUT',
      'input.consulteeDescription',
    );
    // Parents are consulted only after the plan was adopted: the guidance asks for it during preparation.
    const parents = await secretariat.query(
      consult,
      consultation({ consulteeGroup: 'PARENTS_AND_CARERS', consultedOn: '2006-05-01' }),
    );
    expect(parents.errors).toBeUndefined();
    const finding = await judge('2006-09-01');
    expect(finding('plan.children-consulted')).toMatchObject({
      outcome: 'MET',
      rule: { severity: 'STATUTORY_DUTY' },
      evidence: [
        { recordType: 'Plan', label: 'Children and young people: Youth Council', note: 'Consulted on 2006-01-10' },
      ],
    });
    expect(finding('plan.parents-consulted')).toMatchObject({
      outcome: 'NOT_MET',
      rule: { severity: 'GUIDANCE' },
      explanation: 'Parents and carers were consulted only after the plan was adopted on 2006-03-01.',
      missing: [{ code: 'PARENTS_AND_CARERS' }],
    });
    // Before the parents' consultation was made, none is counted: the rule is judged on what was known then.
    expect((await judge('2006-04-15'))('plan.parents-consulted').explanation).toContain('No consultation of parents');
  });

  it('reviews the CYPP, keeps an unpublished review’s summary from the public, and judges the annual review by date', async () => {
    expect((await judge('2006-09-01'))('plan.annual-review')).toMatchObject({ outcome: 'NOT_APPLICABLE' });
    expect((await judge('2007-06-01'))('plan.annual-review')).toMatchObject({
      outcome: 'NOT_MET',
      explanation: 'No review of the plan is recorded.',
      missing: [{ code: 'ANNUAL_REVIEW', label: 'A review in the year to 2007-06-01' }],
    });
    const input = {
      plan: world.cypp,
      reviewingBody: world.board$,
      reviewedOn: '2007-03-15',
      summary: 'Progress on NI 112',
    };
    expectRefused(
      await secretariat.query(recordReview, { input: { ...input, reviewedOn: '2006-02-01' } }),
      'BAD_USER_INPUT',
      'input.reviewedOn',
      'adopted on 2006-03-01',
    );
    expectRefused(
      await secretariat.query(recordReview, { input: { ...input, reviewingBody: world.stranger$ } }),
      'BAD_USER_INPUT',
      'input.reviewingBody',
    );
    await expectForbiddenAttempt('plan:edit', 'recordPlanReview', () =>
      otherSecretariat.query(recordReview, { input }),
    );
    const recorded = await secretariat.query(recordReview, { input });
    expect(recorded.errors).toBeUndefined();
    const review = recorded.data.recordPlanReview.review;
    expect(review).toMatchObject({
      version: 1,
      publishedOn: null,
      summary: 'Progress on NI 112',
      reviewingBody: { name: 'Factshire Board' },
    });
    expectRefused(
      await secretariat.query(recordReview, { input }),
      'BAD_USER_INPUT',
      'input.reviewedOn',
      'already has a review',
    );
    const unpublished = await judge('2007-06-01');
    expect(unpublished('plan.annual-review')).toMatchObject({
      outcome: 'NOT_MET',
      evidence: [{ recordType: 'PlanReview', recordId: review.id, note: 'Not published' }],
      missing: [{ code: 'PUBLISHED_REVIEW' }],
    });
    // Until it is published, its existence and dates are public, what it says is the board's.
    const seen = await outsider.query(planQuery, { id: world.cypp });
    expect(seen.data.node.reviews[0]).toMatchObject({ reviewedOn: '2007-03-15', summary: null });
    expect(seen.errors?.map((error: Loose) => [error.path.at(-1), error.extensions.code])).toEqual([
      ['summary', 'FORBIDDEN'],
    ]);
    expect((await readPlan(secretariat)).reviews[0].summary).toBe('Progress on NI 112');
    expectRefused(
      await secretariat.query(publishReview, {
        input: { review: review.id, publishedOn: '2007-03-01', expectedVersion: 1 },
      }),
      'BAD_USER_INPUT',
      'input.publishedOn',
    );
    await expectForbiddenAttempt('plan:edit', 'publishPlanReview', () =>
      otherSecretariat.query(publishReview, {
        input: { review: review.id, publishedOn: '2007-04-01', expectedVersion: 1 },
      }),
    );
    const published = await secretariat.query(publishReview, {
      input: { review: review.id, publishedOn: '2007-04-01', expectedVersion: 1 },
    });
    expect(published.data.publishPlanReview.review).toMatchObject({ version: 2, publishedOn: '2007-04-01' });
    const stale = await secretariat.query(publishReview, {
      input: { review: review.id, publishedOn: '2007-04-02', expectedVersion: 1 },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await readPlan(outsider)).reviews[0].summary).toBe('Progress on NI 112');
    expect((await judge('2007-06-01'))('plan.annual-review')).toMatchObject({
      outcome: 'MET',
      explanation: 'Reviewed on 2007-03-15 and published.',
    });
    // Published after the date judged: on that date it was not yet public.
    expect((await judge('2007-03-20'))('plan.annual-review').outcome).toBe('NOT_MET');
    // A year on, the review of 2007 no longer answers for 2008.
    expect((await judge('2008-06-01'))('plan.annual-review')).toMatchObject({
      outcome: 'NOT_MET',
      explanation: 'The last review was on 2007-03-15, over a year ago.',
    });
    expect(await operations(review.id)).toEqual(['recordPlanReview', 'publishPlanReview']);
  });
});

describe('statement counts', () => {
  it('reads N plans’ statuses, reviews and targets in the same statements for 5 and 50', async () => {
    const { db } = database;
    const make = factories(db);
    const area = await make.area({ name: 'Countshire' });
    const owner = await make.body(area.id);
    const rows = await db
      .insert(plans)
      .values(
        Array.from({ length: 55 }, (_, index) => ({
          kind: 'CYPP' as const,
          title: `Plan ${index}`,
          areaId: area.id,
          ownerBodyId: owner.id,
          periodStart: '2006-04-01',
          adoptedOn: '2006-03-01',
        })),
      )
      .returning();
    await db
      .insert(planStatuses)
      .values(rows.map((row) => ({ planId: row.id, status: 'IN_PLACE' as const, validFrom: '2006-03-01' })));
    await db
      .insert(planReviews)
      .values(rows.map((row) => ({ planId: row.id, reviewingBodyId: owner.id, reviewedOn: '2007-03-01' })));
    await db.insert(planTargets).values(
      rows.map((row) => ({
        planId: row.id,
        description: 'T',
        measure: 'M',
        targetValue: '1.5',
        dueOn: '2009-03-31',
        ownerBodyId: owner.id,
      })),
    );
    const query = `query($area: ID!, $first: Int) { plans(filter: { area: $area }, first: $first) { nodes {
      status statuses { status } reviews { reviewedOn summary reviewingBody { name } } targets { measure ownerBody { name } }
    } } }`;
    const small = await api.query(query, { area: toGlobalId('Area', area.id), first: 5 });
    const large = await api.query(query, { area: toGlobalId('Area', area.id), first: 50 });
    expect(small.errors).toBeUndefined();
    expect(large.data.plans.nodes).toHaveLength(50);
    expect(large.data.plans.nodes[0].targets[0].measure).toBe('M');
    expect(large.statements).toBe(small.statements);
    console.info(`plans page with statuses, reviews and targets: ${large.statements} statements for 5 and for 50`);
  });
});
