import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutyStatuses, powers } from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { expectRefused } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildCounty>>;

const warningFields =
  'warnings { rule { id enforcement } outcome subjectId evidence { recordId } missing { code recordId } }';
const appoint = `mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id version } ${warningFields} } }`;
const update = `mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { ${warningFields} } }`;
const end = `mutation($input: EndMembershipInput!) { endMembership(input: $input) { ${warningFields} } }`;
const decide = `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { recordId } ${warningFields} } }`;
const document = `mutation($input: RecordBodyDocumentInput!) { recordBodyDocument(input: $input) { ${warningFields} } }`;
const delegate = `mutation($input: DelegatePowerInput!) { delegatePower(input: $input) { delegation { id } } }`;
const rules = `query { complianceRules { id enforcement enforcementReason warnsOn } }`;

const id = (type: 'Body' | 'Organisation' | 'Membership' | 'Area' | 'Power', rowId: string) => toGlobalId(type, rowId);
const ruleIds = (response: Loose, field: string) =>
  response.data[field].warnings.map((warning: Loose) => warning.rule.id).sort();

/** A two-tier county whose board seats every relevant partner, each with a mandate, until the writes below. */
async function buildCounty() {
  const make = factories(database.db);
  const county = await make.area({ kind: 'COUNTY', tier: 'UPPER', name: 'Warnshire' });
  const north = await make.area({ kind: 'DISTRICT', tier: 'LOWER', parentAreaId: county.id, name: 'North' });
  const south = await make.area({ kind: 'DISTRICT', tier: 'LOWER', parentAreaId: county.id, name: 'South' });
  const org = (kind: Loose, name: string, areaId = county.id) => make.organisation({ kind, areaId, name });
  const council = await org('LOCAL_AUTHORITY', 'Warnshire CC');
  const pct = await org('PRIMARY_CARE_TRUST', 'Warnshire PCT');
  const police = await org('POLICE_SERVICE', 'Warnshire Police');
  const northCouncil = await org('DISTRICT_COUNCIL', 'North DC', north.id);
  const southCouncil = await org('DISTRICT_COUNCIL', 'South DC', south.id);
  const vcs = await org('VOLUNTARY_AND_COMMUNITY', 'Warnshire CVS');
  const probation = await org('PROBATION_SERVICE', 'Warnshire Probation');
  await database.db.insert(dutyStatuses).values(
    (['LOCAL_AUTHORITY', 'DISTRICT_COUNCIL', 'POLICE_SERVICE', 'PRIMARY_CARE_TRUST', 'PROBATION_SERVICE'] as const).map(
      (kind) => ({
        organisationKind: kind,
        regime: 'CA2004_S10' as const,
        status: 'DUTY_TO_COOPERATE' as const,
        validFrom: '2005-04-01',
      }),
    ),
  );
  const board = await make.body(county.id, {
    kind: 'CHILDRENS_TRUST_BOARD',
    level: 'STRATEGIC',
    name: 'Warnshire Board',
    validFrom: '2005-04-01',
  });
  const seated = [council, pct, police, northCouncil, southCouncil, vcs];
  const seats = await make.memberships(
    seated.map((organisation, i) => ({
      bodyId: board.id,
      memberOrganisationId: organisation.id,
      role: i === 0 ? ('CHAIR' as const) : ('MEMBER' as const),
      canCommitResources: true,
      validFrom: '2005-06-01',
    })),
  );
  const [power] = await database.db
    .insert(powers)
    .values({ code: 'CHILDREN_ACT_2004_S10_POOLED_FUND', description: 'Pool under s10', legalSource: 's10' })
    .returning();
  const seatOf = (organisationId: string) => seats.find((seat: Loose) => seat.memberOrganisationId === organisationId)!;
  return {
    county,
    north,
    south,
    council,
    pct,
    police,
    northCouncil,
    southCouncil,
    vcs,
    probation,
    board,
    seatOf,
    power: power!,
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildCounty();
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('seat writes warn of the board-composition rules they break, and are recorded', () => {
  it('an appointment with no known mandate warns of the mandate gap; one with a mandate does not', async () => {
    const input = {
      body: id('Body', world.board.id),
      memberOrganisation: id('Organisation', world.probation.id),
      validFrom: '2007-01-01',
    };
    const unknown = await api.query(appoint, { input });
    expect(unknown.errors).toBeUndefined();
    expect(ruleIds(unknown, 'appointMember')).toEqual(['board.mandates']);
    const seat = unknown.data.appointMember.membership;
    expect(unknown.data.appointMember.warnings[0].evidence.map((item: Loose) => item.recordId)).toContain(seat.id);

    const mandated = await api.query(update, {
      input: { membership: seat.id, expectedVersion: seat.version, canCommitResources: true },
    });
    expect(mandated.data.updateMembership.warnings).toEqual([]);
  });

  it('a mandate withdrawn from the PCT warns of the LA–PCT relationship and the mandate gap', async () => {
    const seat = world.seatOf(world.pct.id);
    const response = await api.query(update, {
      input: { membership: id('Membership', seat.id), expectedVersion: seat.version, canCommitResources: false },
    });
    expect(response.errors).toBeUndefined();
    expect(ruleIds(response, 'updateMembership')).toEqual(['board.la-pct-relationship', 'board.mandates']);
  });

  it('ending a relevant partner’s seat warns that it now holds none, naming it', async () => {
    const seat = world.seatOf(world.police.id);
    const response = await api.query(end, {
      input: { membership: id('Membership', seat.id), endOn: '2008-01-01', expectedVersion: seat.version },
    });
    expect(response.errors).toBeUndefined();
    const [warning, ...others] = response.data.endMembership.warnings;
    expect(others).toEqual([]);
    expect(warning).toMatchObject({
      rule: { id: 'board.relevant-partners', enforcement: 'REPORTED' },
      outcome: 'NOT_MET',
    });
    expect(warning.missing).toContainEqual({ code: 'POLICE_SERVICE', recordId: id('Organisation', world.police.id) });
  });

  it('ending a district’s only seat warns that the district has no voice', async () => {
    const seat = world.seatOf(world.southCouncil.id);
    const response = await api.query(end, {
      input: { membership: id('Membership', seat.id), endOn: '2008-06-01', expectedVersion: seat.version },
    });
    const ids = ruleIds(response, 'endMembership');
    expect(ids).toContain('board.districts-engaged');
    const districts = response.data.endMembership.warnings.find((w: Loose) => w.rule.id === 'board.districts-engaged');
    expect(districts.missing).toContainEqual({ code: 'Area', recordId: id('Area', world.south.id) });
  });

  it('ending the voluntary sector’s only seat warns that the sector has none, once', async () => {
    const seat = world.seatOf(world.vcs.id);
    const response = await api.query(end, {
      input: { membership: id('Membership', seat.id), endOn: '2008-09-01', expectedVersion: seat.version },
    });
    expect(response.errors).toBeUndefined();
    expect(ruleIds(response, 'endMembership')).toEqual(['board.third-and-private-sectors']);
    const [warning] = response.data.endMembership.warnings;
    // The private sector held no seat the day before either: only what the end breaks is reported.
    expect(warning.missing.map((item: Loose) => item.code)).toEqual(['VOLUNTARY_AND_COMMUNITY', 'PRIVATE_SECTOR']);
  });

  it('ending a seat no rule asks for warns of nothing', async () => {
    const make = factories(database.db);
    const other = await make.organisation({ kind: 'OTHER', areaId: world.county.id, name: 'Warnshire Trust' });
    const [seat] = await make.memberships([
      { bodyId: world.board.id, memberOrganisationId: other.id, canCommitResources: true, validFrom: '2005-06-01' },
    ]);
    const response = await api.query(end, {
      input: { membership: id('Membership', seat!.id), endOn: '2008-10-01', expectedVersion: seat!.version },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.endMembership.warnings).toEqual([]);
  });
});

describe('decisions and documents warn; pooling powers are refused to those the statute does not name', () => {
  it('a decision recorded ratified with no partner’s ratification warns; a recommendation does not', async () => {
    const input = { body: id('Body', world.board.id), decidedOn: '2008-02-01', summary: 'Pool CAMHS', published: true };
    const ratified = await api.query(decide, { input: { ...input, status: 'RATIFIED' } });
    expect(ratified.errors).toBeUndefined();
    const [warning] = ratified.data.recordDecision.warnings;
    expect(warning.rule.id).toBe('decision.formalised');
    expect(warning.evidence.map((item: Loose) => item.recordId)).toContain(
      ratified.data.recordDecision.decision.recordId,
    );
    const recommended = await api.query(decide, {
      input: { ...input, decidedOn: '2008-02-02', status: 'RECOMMENDATION' },
    });
    expect(recommended.data.recordDecision.warnings).toEqual([]);
  });

  it('terms of reference that miss 003 Table 5 items warn of them; complete ones do not', async () => {
    const input = {
      body: id('Body', world.board.id),
      kind: 'TERMS_OF_REFERENCE',
      title: 'Terms of reference',
      status: 'ADOPTED',
    };
    const partial = await api.query(document, {
      input: { ...input, documentVersion: '1', adoptedOn: '2006-01-01', covers: ['CHAIR_AND_MEMBERS', 'MEMBERSHIP'] },
    });
    expect(partial.errors).toBeUndefined();
    const [warning] = partial.data.recordBodyDocument.warnings;
    expect(warning.rule.id).toBe('board.terms-of-reference');
    expect(warning.missing.map((item: Loose) => item.code)).toContain('POOLING');
    const all = ['CHAIR_AND_MEMBERS', 'DECISION_MAKING', 'MEMBERSHIP', 'COMMISSIONING', 'ALIGNMENT', 'RELATIONSHIPS'];
    const complete = await api.query(document, {
      input: {
        ...input,
        documentVersion: '2',
        adoptedOn: '2007-01-01',
        covers: [...all, 'INFORMATION_SHARING', 'PROBITY_AND_INTERESTS', 'POOLING'],
      },
    });
    expect(complete.data.recordBodyDocument.warnings).toEqual([]);
  });

  it('refuses a voluntary body delegating the s10 pooled-fund power, and lets the authority do it', async () => {
    const input = {
      power: id('Power', world.power.id),
      delegate: id('Body', world.board.id),
      scope: 'Manage the pooled fund for CAMHS',
      reservedMatters: [],
      subDelegationAllowed: false,
      validFrom: '2007-04-01',
    };
    const refused = await api.query(delegate, { input: { ...input, delegator: id('Organisation', world.vcs.id) } });
    expectRefused(refused, 'BAD_USER_INPUT', 'input.delegator', /relevant partners/);
    const granted = await api.query(delegate, { input: { ...input, delegator: id('Organisation', world.council.id) } });
    expect(granted.errors).toBeUndefined();
  });

  it('the catalogue says which rules are refused and which warn, and on which writes', async () => {
    const response = await api.query(rules);
    const byId = new Map(response.data.complianceRules.map((rule: Loose) => [rule.id, rule]));
    expect(byId.get('board.relevant-partners')).toMatchObject({ enforcement: 'REPORTED', warnsOn: ['endMembership'] });
    expect(byId.get('decision.formalised')).toMatchObject({ warnsOn: ['recordDecision'] });
    expect((byId.get('delegation.within-delegator') as Loose).enforcementReason).toMatch(/voluntary body/);
  });
});

describe('warnings cost the same statements whatever the board’s size', () => {
  it('an appointment on a board of 8 seats and on one of 28', async () => {
    const make = factories(database.db);
    const appointOn = async (bodyId: string, organisationId: string) =>
      api.query(appoint, {
        input: {
          body: id('Body', bodyId),
          memberOrganisation: id('Organisation', organisationId),
          validFrom: '2009-01-01',
        },
      });
    const first = await appointOn(
      world.board.id,
      (await make.organisation({ kind: 'SCHOOL', areaId: world.county.id })).id,
    );
    const extra = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        make.organisation({ kind: 'SCHOOL', areaId: world.county.id, name: `School ${i}` }),
      ),
    );
    await make.memberships(
      extra.map((organisation) => ({
        bodyId: world.board.id,
        memberOrganisationId: organisation.id,
        validFrom: '2008-01-01',
      })),
    );
    const second = await appointOn(
      world.board.id,
      (await make.organisation({ kind: 'SCHOOL', areaId: world.county.id })).id,
    );
    expect(second.errors).toBeUndefined();
    expect(second.statements).toBe(first.statements);
  });
});

describe('the typed lead GP post is read by the LA–PCT rule', () => {
  it('says no lead GP sits until a post of kind LEAD_GP takes a board seat, then shows it', async () => {
    const query = `query($code: String!, $asOf: Date) { compliance(areaCode: $code, asOf: $asOf) { findings {
      rule { id } explanation evidence { note label } } } }`;
    const laPct = async () =>
      (await api.query(query, { code: world.county.code, asOf: '2009-06-01' })).data.compliance.findings.find(
        (finding: Loose) => finding.rule.id === 'board.la-pct-relationship',
      );
    expect((await laPct()).explanation).toMatch(/No lead GP sits on the board/);
    const post = await api.query(
      `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id postKind } } }`,
      {
        input: {
          employer: id('Organisation', world.pct.id),
          title: 'Clinical lead for children',
          kind: 'LEAD_GP',
          validFrom: '2005-04-01',
        },
      },
    );
    expect(post.data.createPost.post.postKind).toBe('LEAD_GP');
    const seat = await api.query(appoint, {
      input: {
        body: id('Body', world.board.id),
        memberPost: post.data.createPost.post.id,
        onBehalfOf: id('Organisation', world.pct.id),
        constituency: 'SECTOR',
        represents: 'PRIMARY_CARE',
        canCommitResources: false,
        validFrom: '2009-01-01',
      },
    });
    expect(seat.errors).toBeUndefined();
    const after = await laPct();
    expect(after.explanation).not.toMatch(/No lead GP/);
    expect(after.evidence).toContainEqual(expect.objectContaining({ note: 'Lead GP' }));
  });
});

describe('publishing a CYPP warns of the plan rules its making breaks', () => {
  const createPlan = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { plan { id version } warnings { rule { id } } } }`;
  const consult = `mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { plan { id } } }`;
  const publish = `mutation($input: PublishPlanInput!) { publishPlan(input: $input) {
    plan { id publishedOn } ${warningFields} } }`;

  /** A unitary area whose board seats its council and PCT, beside an LSCB. */
  async function buildArea() {
    const make = factories(database.db);
    const area = await make.area({ name: 'Publishshire' });
    const council = await make.organisation({ kind: 'LOCAL_AUTHORITY', areaId: area.id, name: 'Publishshire Council' });
    const pct = await make.organisation({ kind: 'PRIMARY_CARE_TRUST', areaId: area.id, name: 'Publishshire PCT' });
    const since = { validFrom: '2005-04-01' };
    const board = await make.body(area.id, { ...since, kind: 'CHILDRENS_TRUST_BOARD', level: 'STRATEGIC' });
    const lscb = await make.body(area.id, { ...since, kind: 'LSCB', level: 'STRATEGIC' });
    await make.memberships([council, pct].map((o) => ({ bodyId: board.id, memberOrganisationId: o.id, ...since })));
    return { area, board, lscb };
  }

  /** A CYPP adopted in March 2006, with the LSCB and the given groups consulted in February. */
  async function cyppConsulting(place: Awaited<ReturnType<typeof buildArea>>, groups: string[]) {
    const created = await api.query(createPlan, {
      input: {
        kind: 'CYPP',
        title: `CYPP consulting ${groups.length} groups`,
        area: id('Area', place.area.id),
        ownerBody: id('Body', place.board.id),
        periodStart: '2006-04-01',
        periodEnd: '2009-04-01',
        adoptedOn: '2006-03-01',
      },
    });
    expect(created.errors).toBeUndefined();
    const plan = created.data.createPlan.plan;
    expect(created.data.createPlan.warnings).toEqual([]);
    const consultees = [
      { consulteeBody: id('Body', place.lscb.id) },
      ...groups.map((group) => ({ consulteeGroup: group })),
    ];
    for (const consultee of consultees) {
      const response = await api.query(consult, { input: { plan: plan.id, consultedOn: '2006-02-01', ...consultee } });
      expect(response.errors).toBeUndefined();
    }
    return plan;
  }

  it('names what the published plan lacks, each finding judged on the plan, and the plan is published', async () => {
    const place = await buildArea();
    const plan = await cyppConsulting(place, []);
    const response = await api.query(publish, {
      input: { plan: plan.id, publishedOn: '2006-03-15', expectedVersion: 1 },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.publishPlan.plan.publishedOn).toBe('2006-03-15');
    expect(ruleIds(response, 'publishPlan')).toEqual([
      'plan.children-consulted',
      'plan.consistency',
      'plan.front-line-providers-heard',
      'plan.jsna-informs',
      'plan.parents-consulted',
      'plan.partner-resources',
      'plan.pct-contribution',
    ]);
    for (const warning of response.data.publishPlan.warnings) {
      expect(warning).toMatchObject({ outcome: 'NOT_MET', subjectId: plan.id, rule: { enforcement: 'REPORTED' } });
    }
  });

  it('says nothing of the consultations the plan had, and the catalogue names publishPlan on every rule it warns of', async () => {
    const place = await buildArea();
    const plan = await cyppConsulting(place, [
      'CHILDREN_AND_YOUNG_PEOPLE',
      'PARENTS_AND_CARERS',
      'FRONT_LINE_PROVIDERS',
    ]);
    const response = await api.query(publish, {
      input: { plan: plan.id, publishedOn: '2006-03-15', expectedVersion: 1 },
    });
    const warned = ruleIds(response, 'publishPlan');
    expect(warned).not.toContain('plan.children-consulted');
    expect(warned).not.toContain('plan.parents-consulted');
    expect(warned).not.toContain('plan.front-line-providers-heard');
    expect(warned).toContain('plan.consistency');
    const catalogue = (await api.query(rules)).data.complianceRules as Loose[];
    const warnsOnPublish = catalogue.filter((rule) => rule.warnsOn.includes('publishPlan')).map((rule) => rule.id);
    for (const rule of warned) expect(warnsOnPublish).toContain(rule);
    expect(warnsOnPublish).not.toContain('plan.lscb-consulted');
  });
});
