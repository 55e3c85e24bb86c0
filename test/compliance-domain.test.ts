import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consultations,
  decisions,
  dutyStatuses,
  planLinks,
  plans,
  ratifications,
  resourceCommitments,
} from '../schema/database/index';
import { ruleCatalogue } from '../src/modules/compliance/rule-catalogue';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let make: ReturnType<typeof factories>;

const complianceQuery = `query($code: String!, $asOf: Date) { compliance(areaCode: $code, asOf: $asOf) {
  findings { rule { id } subjectType subjectId outcome explanation missing { code label } evidence { label note } } } }`;

const judged = '2008-09-01';
const since = { validFrom: '2005-04-01' };

async function insertPlan(values: typeof plans.$inferInsert) {
  const [row] = await database.db.insert(plans).values(values).returning();
  return row!;
}

/**
 * A two-tier county made to meet each reported rule of DOMAIN.md §4 on 1 September 2008: its relevant partners and
 * its one district seated with mandates, an independent LSCB consulted on the CYPP before adoption, the partners'
 * published commitments, the CYPP consistent with the SCS and the LAA, the board within the LSP and beside the CDRP,
 * a ratified decision, and terms of reference covering the nine items of 003 Table 5.
 */
async function buildFullshire() {
  const county = await make.area({ kind: 'COUNTY', tier: 'UPPER', name: 'Fullshire' });
  const district = await make.area({ kind: 'DISTRICT', tier: 'LOWER', parentAreaId: county.id, name: 'Fullbrook' });
  const council = await make.organisation({ kind: 'LOCAL_AUTHORITY', areaId: county.id, name: 'Fullshire CC' });
  const pct = await make.organisation({ kind: 'PRIMARY_CARE_TRUST', areaId: county.id, name: 'Fullshire PCT' });
  const police = await make.organisation({ kind: 'POLICE_SERVICE', areaId: county.id, name: 'Fullshire Police' });
  const districtCouncil = await make.organisation({
    kind: 'DISTRICT_COUNCIL',
    areaId: district.id,
    name: 'Fullbrook DC',
  });
  await database.db.insert(dutyStatuses).values(
    (['DISTRICT_COUNCIL', 'POLICE_SERVICE', 'PRIMARY_CARE_TRUST'] as const).map((kind) => ({
      organisationKind: kind,
      regime: 'CA2004_S10' as const,
      status: 'DUTY_TO_COOPERATE' as const,
      ...since,
    })),
  );
  const strategic = { level: 'STRATEGIC' as const, ...since };
  const board = await make.body(county.id, { ...strategic, kind: 'CHILDRENS_TRUST_BOARD', name: 'Fullshire Board' });
  const lsp = await make.body(county.id, { ...strategic, kind: 'LSP', name: 'Fullshire LSP' });
  const cdrp = await make.body(county.id, { ...strategic, kind: 'CDRP', name: 'Fullshire CDRP' });
  const lscb = await make.body(county.id, { ...strategic, kind: 'LSCB', name: 'Fullshire LSCB' });
  const partners = [council, pct, police, districtCouncil];
  await make.memberships(
    partners.map((partner, index) => ({
      bodyId: board.id,
      memberOrganisationId: partner.id,
      role: index === 0 ? ('CHAIR' as const) : ('MEMBER' as const),
      canCommitResources: true,
      ...since,
    })),
  );
  await make.lines([
    { kind: 'REPORTS_TO', fromBodyId: board.id, toBodyId: lsp.id, ...since },
    { kind: 'WORKS_WITH', fromBodyId: board.id, toBodyId: cdrp.id, ...since },
  ]);
  const cypp = await insertPlan({
    kind: 'CYPP',
    title: 'Fullshire CYPP',
    areaId: county.id,
    ownerBodyId: board.id,
    periodStart: '2006-04-01',
    periodEnd: '2009-04-01',
    adoptedOn: '2006-03-01',
  });
  const scs = await insertPlan({
    kind: 'SCS',
    title: 'Fullshire SCS',
    areaId: county.id,
    ownerBodyId: lsp.id,
    periodStart: '2005-04-01',
    adoptedOn: '2005-03-01',
  });
  const laa = await insertPlan({
    kind: 'LAA',
    title: 'Fullshire LAA',
    areaId: county.id,
    ownerBodyId: lsp.id,
    periodStart: '2008-04-01',
    adoptedOn: '2008-03-01',
  });
  await database.db
    .insert(planLinks)
    .values([scs, laa].map((plan) => ({ planId: cypp.id, linkedPlanId: plan.id, kind: 'CONSISTENT_WITH' as const })));
  await database.db
    .insert(consultations)
    .values({ planId: cypp.id, consulteeBodyId: lscb.id, consultedOn: '2006-02-01' });
  await database.db.insert(resourceCommitments).values(
    [pct, police, districtCouncil].map((partner) => ({
      planId: cypp.id,
      organisationId: partner.id,
      description: `${partner.name}'s contribution`,
      published: true,
    })),
  );
  const [decision] = await database.db
    .insert(decisions)
    .values({ bodyId: board.id, decidedOn: '2007-01-10', summary: 'Pool CAMHS', status: 'RATIFIED', published: true })
    .returning();
  await database.db
    .insert(ratifications)
    .values({ decisionId: decision!.id, organisationId: council.id, status: 'RATIFIED', decidedOn: '2007-02-01' });
  await make.termsOfReference(
    board.id,
    [
      'CHAIR_AND_MEMBERS',
      'DECISION_MAKING',
      'MEMBERSHIP',
      'COMMISSIONING',
      'ALIGNMENT',
      'RELATIONSHIPS',
      'INFORMATION_SHARING',
      'PROBITY_AND_INTERESTS',
      'POOLING',
    ],
    { title: 'Fullshire Board terms of reference' },
  );
  return { ...county, board, lscb };
}

/** A unitary whose CYPP was adopted before its LSCB was consulted on it: recorded as it was, not published. */
async function buildLateshire() {
  const area = await make.area({ name: 'Lateshire' });
  const board = await make.body(area.id, {
    ...since,
    kind: 'CHILDRENS_TRUST_BOARD',
    level: 'STRATEGIC',
    name: 'Lateshire Board',
  });
  const lscb = await make.body(area.id, { ...since, kind: 'LSCB', level: 'STRATEGIC', name: 'Lateshire LSCB' });
  const cypp = await insertPlan({
    kind: 'CYPP',
    title: 'Lateshire CYPP',
    areaId: area.id,
    ownerBodyId: board.id,
    periodStart: '2006-04-01',
    periodEnd: '2009-04-01',
    adoptedOn: '2006-03-01',
  });
  await database.db
    .insert(consultations)
    .values({ planId: cypp.id, consulteeBodyId: lscb.id, consultedOn: '2006-05-01' });
  return { ...area, cypp };
}

async function findingsOf(code: string) {
  const response = await api.query(complianceQuery, { code, asOf: judged });
  expect(response.errors).toBeUndefined();
  return response.data.compliance.findings as Loose[];
}

let fullshire: Awaited<ReturnType<typeof buildFullshire>>;
let lateshire: Awaited<ReturnType<typeof buildLateshire>>;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  make = factories(database.db);
  fullshire = await buildFullshire();
  lateshire = await buildLateshire();
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('the reported rules of DOMAIN.md §4', () => {
  it('are each met on an area made to meet them', async () => {
    const findings = await findingsOf(fullshire.code);
    const domainRules = ruleCatalogue.filter((rule) => rule.number <= 16 && rule.enforcement === 'REPORTED');
    expect(domainRules.map((rule) => rule.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16]);
    for (const rule of domainRules) {
      const found = findings.filter((finding) => finding.rule.id === rule.id);
      expect(found.length, rule.id).toBeGreaterThan(0);
      for (const finding of found)
        expect([finding.outcome, finding.explanation], rule.id).toEqual(['MET', finding.explanation]);
    }
  });

  it('judge each rule on the kind of subject its catalogue names, or on the area when it has none to judge', async () => {
    const catalogue = await api.query(`{ complianceRules { id subject } }`);
    const subjectOf = new Map<string, string>(
      catalogue.data.complianceRules.map((rule: Loose) => [rule.id, rule.subject]),
    );
    const typeOf: Record<string, string> = { AREA: 'Area', BODY: 'Body', PLAN: 'Plan', ARRANGEMENT: 'BudgetArrangement' };
    const findings = await findingsOf(fullshire.code);
    const judgedOn = (finding: Loose) => [finding.rule.id, finding.subjectType];
    const onTheirKind = findings.filter((finding) => finding.subjectType === typeOf[subjectOf.get(finding.rule.id)!]);
    const onTheArea = findings.filter((finding) => !onTheirKind.includes(finding));
    // Fullshire has a board, an LSCB, a CYPP and a decision: each of those rules is judged on its own subject.
    expect(onTheirKind.map(judgedOn)).toEqual(
      expect.arrayContaining([
        ['lscb.independence', 'Body'],
        ['board.within-lsp', 'Body'],
        ['decision.formalised', 'Area'],
        ['plan.lscb-consulted', 'Plan'],
      ]),
    );
    // The rest fall back to the area only to say there is nothing of the kind to judge, or nothing recorded to judge by.
    for (const finding of onTheArea) {
      expect([finding.rule.id, finding.subjectType, finding.outcome]).toEqual([
        finding.rule.id,
        'Area',
        expect.stringMatching(/^(NOT_APPLICABLE|UNKNOWN)$/),
      ]);
    }
  });

  it('find the LSCB consulted on the CYPP only after its adoption', async () => {
    const [finding] = (await findingsOf(lateshire.code)).filter((f) => f.rule.id === 'plan.lscb-consulted');
    expect(finding).toMatchObject({
      subjectType: 'Plan',
      outcome: 'NOT_MET',
      explanation: 'The LSCB was consulted only after the plan was adopted on 2006-03-01.',
      missing: [{ code: 'LSCB', label: 'Consultation of the LSCB before adoption' }],
      evidence: [{ label: 'Lateshire LSCB', note: 'Consulted on 2006-05-01' }],
    });
  });

  it('refuse to publish that CYPP, as the catalogue says, and report it when it is recorded otherwise', async () => {
    const published = await api.query(
      `mutation($input: PublishPlanInput!) { publishPlan(input: $input) { plan { publishedOn } } }`,
      { input: { plan: toGlobalId('Plan', lateshire.cypp.id), publishedOn: '2006-06-01', expectedVersion: 1 } },
    );
    expect(published.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.plan' });
    const catalogue = await api.query(`{ complianceRules { id enforcement enforcementReason } }`);
    const rule = catalogue.data.complianceRules.find((entry: Loose) => entry.id === 'plan.lscb-consulted');
    expect(rule.enforcement).toBe('REPORTED');
    expect(rule.enforcementReason).toContain('Publishing a CYPP is refused until the LSCB was consulted');
  });
});

describe('bodyCompliance', () => {
  const bodyQuery = `query($body: ID!, $asOf: Date) { bodyCompliance(body: $body, asOf: $asOf) {
    area { code } asOf met notMet findings { rule { id } subjectType subjectId outcome } } }`;

  it('answers the findings judged on the body alone, on its authority’s area, in as many statements', async () => {
    const board = toGlobalId('Body', fullshire.board.id);
    const response = await api.query(bodyQuery, { body: board, asOf: judged });
    expect(response.errors).toBeUndefined();
    const answer = response.data.bodyCompliance;
    expect(answer).toMatchObject({ area: { code: fullshire.code }, asOf: judged });
    const everything = await api.query(complianceQuery, { code: fullshire.code, asOf: judged });
    const onTheBoard = everything.data.compliance.findings.filter((f: Loose) => f.subjectId === board);
    expect(answer.findings.map((f: Loose) => [f.rule.id, f.outcome])).toEqual(
      onTheBoard.map((f: Loose) => [f.rule.id, f.outcome]),
    );
    const rules = answer.findings.map((f: Loose) => f.rule.id);
    expect(rules).toEqual(expect.arrayContaining(['board.within-lsp', 'board.mandates', 'board.terms-of-reference']));
    expect(rules).not.toContain('board.relevant-partners');
    expect(answer.met + answer.notMet).toBeLessThanOrEqual(answer.findings.length);
    expect(response.statements).toBe(everything.statements);
    const lscb = await api.query(bodyQuery, { body: toGlobalId('Body', fullshire.lscb.id), asOf: judged });
    expect(lscb.data.bodyCompliance.findings.map((f: Loose) => [f.rule.id, f.outcome])).toContainEqual([
      'lscb.independence',
      'MET',
    ]);
  });

  it('refuses an id that is no body, naming the argument', async () => {
    const missing = await api.query(bodyQuery, { body: toGlobalId('Body', '00000000-0000-0000-0000-000000000000') });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'body' });
    const plan = await api.query(bodyQuery, { body: toGlobalId('Plan', lateshire.cypp.id) });
    expect(plan.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  });
});
