import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consultations,
  dutyStatuses,
  planLinks,
  plans,
  readAudit,
  resourceCommitments,
} from '../schema/database/index';
import { readFileSync } from 'node:fs';
import { sourceDocuments } from '../seeds/reference/citations';
import { printRuleCatalogue } from '../src/modules/compliance/rule-catalogue';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let make: ReturnType<typeof factories>;

const complianceQuery = `
  query Compliance($code: String!, $asOf: Date) {
    compliance(areaCode: $code, asOf: $asOf) {
      asOf met notMet unknown notApplicable
      area { code }
      findings {
        rule { id severity enforcement }
        subjectType subjectId subjectLabel outcome explanation
        evidence { recordType recordId label note }
        missing { code label note recordId }
      }
    }
  }`;

/** A two-tier county built to break some rules and keep others, each on a date chosen for it. */
async function buildCounty() {
  const county = await make.area({ kind: 'COUNTY', tier: 'UPPER', name: 'Testshire' });
  const north = await make.area({ kind: 'DISTRICT', tier: 'LOWER', parentAreaId: county.id, name: 'North district' });
  const south = await make.area({ kind: 'DISTRICT', tier: 'LOWER', parentAreaId: county.id, name: 'South district' });
  const council = await make.organisation({ kind: 'LOCAL_AUTHORITY', areaId: county.id, name: 'Testshire CC' });
  const pct = await make.organisation({ kind: 'PRIMARY_CARE_TRUST', areaId: county.id, name: 'Testshire PCT' });
  const police = await make.organisation({ kind: 'POLICE_SERVICE', areaId: county.id, name: 'Testshire Police' });
  const northCouncil = await make.organisation({ kind: 'DISTRICT_COUNCIL', areaId: north.id, name: 'North DC' });
  const southCouncil = await make.organisation({ kind: 'DISTRICT_COUNCIL', areaId: south.id, name: 'South DC' });
  const partnerKinds = [
    'LOCAL_AUTHORITY',
    'DISTRICT_COUNCIL',
    'POLICE_SERVICE',
    'PRIMARY_CARE_TRUST',
    'PROBATION_SERVICE',
  ] as const;
  await database.db.insert(dutyStatuses).values(
    partnerKinds.map((kind) => ({
      organisationKind: kind,
      regime: 'CA2004_S10' as const,
      status: 'DUTY_TO_COOPERATE' as const,
      validFrom: '2005-04-01',
    })),
  );
  const strategic = { level: 'STRATEGIC' as const, validFrom: '2005-04-01' };
  const board = await make.body(county.id, { ...strategic, kind: 'CHILDRENS_TRUST_BOARD', name: 'Testshire Board' });
  const lsp = await make.body(county.id, { ...strategic, kind: 'LSP', name: 'Testshire LSP' });
  const cdrp = await make.body(county.id, { ...strategic, kind: 'CDRP', name: 'Testshire CDRP' });
  const lscb = await make.body(county.id, { ...strategic, kind: 'LSCB', name: 'Testshire LSCB' });
  const executive = await make.body(county.id, {
    kind: 'EXECUTIVE_GROUP',
    level: 'EXECUTIVE',
    name: 'Executive group',
    validFrom: '2005-04-01',
  });
  const seat = (bodyId: string, memberOrganisationId: string, values: Loose = {}) => ({
    bodyId,
    memberOrganisationId,
    validFrom: '2005-06-01',
    ...values,
  });
  await make.memberships([
    seat(board.id, council.id, { role: 'CHAIR', canCommitResources: true }),
    seat(board.id, pct.id),
    seat(board.id, northCouncil.id),
    seat(cdrp.id, police.id),
  ]);
  await make.lines([
    { kind: 'REPORTS_TO', fromBodyId: board.id, toBodyId: lsp.id, validFrom: '2005-06-01' },
    { kind: 'SUB_GROUP_OF', fromBodyId: executive.id, toBodyId: board.id, validFrom: '2005-06-01' },
    // The LSCB is made a sub-group of the board's executive group in 2008: subordination through another body.
    { kind: 'SUB_GROUP_OF', fromBodyId: lscb.id, toBodyId: executive.id, validFrom: '2008-01-01' },
  ]);
  const [cypp, scs] = await database.db
    .insert(plans)
    .values([
      {
        kind: 'CYPP',
        title: 'Testshire CYPP 2006-09',
        areaId: county.id,
        ownerBodyId: board.id,
        periodStart: '2006-04-01',
        periodEnd: '2009-04-01',
        adoptedOn: '2006-03-01',
      },
      {
        kind: 'SCS',
        title: 'Testshire SCS',
        areaId: county.id,
        ownerBodyId: lsp.id,
        periodStart: '2005-04-01',
        adoptedOn: '2005-03-01',
      },
    ])
    .returning();
  await database.db
    .insert(consultations)
    .values({ planId: cypp!.id, consulteeBodyId: lscb.id, consultedOn: '2006-02-01' });
  await database.db.insert(planLinks).values({ planId: cypp!.id, linkedPlanId: scs!.id, kind: 'CONSISTENT_WITH' });
  await database.db.insert(resourceCommitments).values([
    { planId: cypp!.id, organisationId: council.id, description: 'Core budget', published: true },
    { planId: cypp!.id, organisationId: pct.id, description: 'Not yet public', published: false },
  ]);
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
    ],
    { title: 'Board terms of reference' },
  );
  return { county, north, south, council, pct, police, northCouncil, southCouncil, board, lsp, cdrp, lscb, executive };
}

let county: Awaited<ReturnType<typeof buildCounty>>;

async function judge(asOf: string, client: Client = api) {
  const response = await client.query(complianceQuery, { code: county.county.code, asOf });
  expect(response.errors).toBeUndefined();
  const findings = response.data.compliance.findings as Loose[];
  return {
    response,
    compliance: response.data.compliance,
    byRule: (id: string) => findings.filter((f) => f.rule.id === id),
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  make = factories(database.db);
  county = await buildCounty();
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('the rule catalogue', () => {
  it('is committed as schema/compliance-rules.txt (run `npm run schema:emit` after a deliberate change)', () => {
    expect(readFileSync(new URL('../schema/compliance-rules.txt', import.meta.url), 'utf8')).toBe(printRuleCatalogue());
  });

  it('lists every rule of the domain brief and the guidance with a source in the source documents, a severity and a subject', async () => {
    const { data } = await api.query(
      `{ complianceRules { id number severity subject enforcement sources { document locator } } }`,
    );
    const rules = data.complianceRules as Loose[];
    expect(rules.map((rule) => rule.number)).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(60);
    const documents = new Set(Object.values(sourceDocuments));
    for (const rule of rules) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const source of rule.sources) expect(documents.has(source.document), source.document).toBe(true);
    }
  });
});

describe('compliance as at a date', () => {
  it('names the relevant partners missing from the board, where they sit instead, and kinds with none registered', async () => {
    const [finding] = (await judge('2008-09-01')).byRule('board.relevant-partners');
    expect(finding.outcome).toBe('NOT_MET');
    const missing = Object.fromEntries(finding.missing.map((item: Loose) => [item.label, item]));
    expect(Object.keys(missing).sort()).toEqual(['Probation service', 'South DC', 'Testshire Police']);
    expect(missing['Testshire Police'].note).toBe('Sits instead on: Testshire CDRP.');
    expect(missing['South DC'].note).toBe('Holds no seat on any body of the area.');
    const probation = finding.missing.find((item: Loose) => item.code === 'PROBATION_SERVICE');
    expect(probation.note).toContain('No organisation of this kind is registered');
    expect(probation.recordId).toBeNull();
    expect(finding.evidence.map((item: Loose) => item.label).sort()).toEqual([
      'North DC on Testshire Board',
      'Testshire CC on Testshire Board',
      'Testshire PCT on Testshire Board',
    ]);
  });

  it('says so when the area has no board on the date', async () => {
    const [finding] = (await judge('2005-03-01')).byRule('board.relevant-partners');
    expect(finding.outcome).toBe('NOT_MET');
    expect(finding.explanation).toContain('no children’s trust board');
  });

  it('finds the district with no voice on the board', async () => {
    const [finding] = (await judge('2008-09-01')).byRule('board.districts-engaged');
    expect(finding.outcome).toBe('NOT_MET');
    expect(finding.missing.map((item: Loose) => item.label)).toEqual(['South district']);
  });

  it('reports the LSCB subordinated through the executive group, with the path, and not before it was', async () => {
    const [after] = (await judge('2008-09-01')).byRule('lscb.independence');
    expect(after.outcome).toBe('NOT_MET');
    expect(after.evidence.map((item: Loose) => [item.label, item.note])).toEqual([
      ['Testshire LSCB → Executive group', 'SUB_GROUP_OF'],
      ['Executive group → Testshire Board', 'SUB_GROUP_OF'],
    ]);
    const [before] = (await judge('2007-09-01')).byRule('lscb.independence');
    expect(before.outcome).toBe('MET');
  });

  it('checks the CYPP: LSCB consulted before adoption, partners’ published commitments, links to the SCS and LAA', async () => {
    const { byRule } = await judge('2008-09-01');
    expect(byRule('plan.lscb-consulted')[0].outcome).toBe('MET');
    const [resources] = byRule('plan.partner-resources');
    expect(resources.outcome).toBe('NOT_MET');
    // The PCT's commitment is not published, so it does not count.
    expect(resources.missing.map((item: Loose) => item.label).sort()).toEqual(['North DC', 'Testshire PCT']);
    const [consistency] = byRule('plan.consistency');
    expect(consistency.outcome).toBe('NOT_MET');
    expect(consistency.missing.map((item: Loose) => item.code)).toEqual(['LAA']);
    // After the plan's period no CYPP is in force.
    expect((await judge('2009-06-01')).byRule('plan.lscb-consulted')[0].outcome).toBe('NOT_APPLICABLE');
  });

  it('checks the board within the LSP and beside the CDRP, and its terms of reference', async () => {
    const { byRule } = await judge('2008-09-01');
    const [lsp] = byRule('board.within-lsp');
    expect(lsp.outcome).toBe('NOT_MET');
    expect(lsp.missing.map((item: Loose) => item.code)).toEqual(['WORKS_WITH']);
    const [terms] = byRule('board.terms-of-reference');
    expect(terms.outcome).toBe('NOT_MET');
    expect(terms.missing.map((item: Loose) => item.code)).toEqual(['PROBITY_AND_INTERESTS', 'POOLING']);
    const [early] = (await judge('2005-12-01')).byRule('board.terms-of-reference');
    expect(early.explanation).toBe('No adopted terms of reference on the date.');
    expect(early.missing).toHaveLength(9);
  });

  it('judges mandates only where the viewer may read them, and records those reads', async () => {
    const { byRule } = await judge('2008-09-01');
    expect(byRule('board.la-pct-relationship')[0].outcome).toBe('NOT_MET');
    const [gaps] = byRule('board.mandates');
    expect(gaps.outcome).toBe('NOT_MET');
    expect(gaps.evidence.map((item: Loose) => item.note)).toEqual(['Mandate unknown', 'Mandate unknown']);

    const outsider = await make.organisation({ code: `outsider-${Date.now()}`, name: 'Outsider' });
    const stranger = await api.as({ org: outsider.code!, subject: 'compliance stranger' });
    const seen = await judge('2008-09-01', stranger);
    expect(seen.byRule('board.mandates')[0].outcome).toBe('UNKNOWN');
    expect(seen.byRule('board.la-pct-relationship')[0].outcome).toBe('UNKNOWN');
    expect(JSON.stringify(seen.compliance)).not.toContain('Mandate unknown');
    const refused = await database.db
      .select()
      .from(readAudit)
      .where(and(eq(readAudit.subject, 'compliance stranger'), eq(readAudit.field, 'canCommitResources')));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ result: 'DENIED', count: 3 });
  });

  it('answers in the same number of statements whatever the size of the area', async () => {
    const small = await judge('2008-09-01');
    const extra = await make.bodies(
      Array.from({ length: 30 }, (_, index) => ({
        name: `Locality ${index}`,
        kind: 'LOCALITY_BOARD' as const,
        level: 'OPERATIONAL' as const,
        areaId: county.north.id,
        validFrom: '2005-04-01',
      })),
    );
    await make.memberships(
      extra.map((body) => ({ bodyId: body.id, memberOrganisationId: county.police.id, validFrom: '2005-06-01' })),
    );
    await make.lines(
      extra.map((body) => ({
        kind: 'SUB_GROUP_OF' as const,
        fromBodyId: body.id,
        toBodyId: county.board.id,
        validFrom: '2005-06-01',
      })),
    );
    const large = await judge('2008-09-01');
    expect(large.response.statements).toBe(small.response.statements);
    expect(small.response.statements).toBeLessThanOrEqual(12);
  });

  it('refuses an unknown area code, naming the argument', async () => {
    const response = await api.query(complianceQuery, { code: 'E99999999' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'areaCode' });
  });
});
