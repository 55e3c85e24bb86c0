import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planStatuses, plans, readAudit } from '../schema/database/index';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let area: { code: string; id: string };
let partner: Client;
let stranger: Client;

const statisticsQuery = `query($code: String, $region: Region, $asOf: Date) {
  statistics(areaCode: $code, region: $region, asOf: $asOf) {
    scope areas boards figures { id numerator denominator value suppressed referenceValue }
  } }`;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  const make = factories(database.db);
  area = await make.area({ kind: 'COUNTY', region: 'EAST_MIDLANDS', name: 'Figureshire' });
  const other = await make.area({ kind: 'UNITARY', region: 'EAST_MIDLANDS', name: 'Otherton' });
  const council = await make.organisation({ kind: 'LOCAL_AUTHORITY', code: 'figures-council', areaId: area.id });
  const pct = await make.organisation({ kind: 'PRIMARY_CARE_TRUST', code: 'figures-pct', areaId: area.id });
  await make.organisation({ code: 'figures-stranger' });
  const board = await make.body(area.id, {
    kind: 'CHILDRENS_TRUST_BOARD',
    level: 'STRATEGIC',
    validFrom: '2005-04-01',
  });
  await make.body(other.id, { kind: 'CHILDRENS_TRUST_BOARD', level: 'STRATEGIC', validFrom: '2007-04-01' });
  const lsp = await make.body(area.id, { kind: 'LSP', level: 'STRATEGIC', validFrom: '2005-04-01' });
  await make.memberships([
    {
      bodyId: board.id,
      memberOrganisationId: council.id,
      onBehalfOfId: council.id,
      role: 'CHAIR',
      canCommitResources: true,
      validFrom: '2005-04-01',
    },
    {
      bodyId: board.id,
      memberOrganisationId: pct.id,
      onBehalfOfId: pct.id,
      canCommitResources: false,
      validFrom: '2005-04-01',
    },
  ]);
  await make.line({ kind: 'REPORTS_TO', fromBodyId: board.id, toBodyId: lsp.id, validFrom: '2006-01-01' });
  // Figureshire adopts a joint commissioning strategy in 2007; Otherton plans one from April 2008 (003 ¶94).
  const strategy = { kind: 'JOINT_COMMISSIONING_STRATEGY' as const, title: 'Joint commissioning strategy' };
  const [adopted, planned] = await database.db
    .insert(plans)
    .values([
      { ...strategy, areaId: area.id, periodStart: '2007-04-01', adoptedOn: '2007-03-01' },
      { ...strategy, areaId: other.id, periodStart: '2009-04-01' },
    ])
    .returning();
  await database.db.insert(planStatuses).values([
    { planId: adopted!.id, status: 'IN_PLACE', validFrom: '2007-03-01' },
    { planId: planned!.id, status: 'PLANNED', validFrom: '2008-04-01' },
  ]);
  partner = await api.as({ org: 'figures-pct', subject: 'figures partner' });
  stranger = await api.as({ org: 'figures-stranger', subject: 'figures stranger' });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

const figuresOf = async (client: Client, variables: Record<string, unknown>) => {
  const response = await client.query(statisticsQuery, variables);
  expect(response.errors).toBeUndefined();
  const statistics = response.data.statistics;
  return { statistics, figure: (id: string) => statistics.figures.find((f: Loose) => f.id === id) };
};

describe('statistics', () => {
  it('counts an area as at a date, each figure with its numerator and denominator', async () => {
    const early = await figuresOf(api, { code: area.code, asOf: '2005-06-01' });
    expect(early.statistics).toMatchObject({ scope: 'Figureshire', areas: 1, boards: 1 });
    expect(early.figure('board.reports-to-lsp')).toMatchObject({
      numerator: 0,
      denominator: 1,
      value: 0,
      referenceValue: 83,
    });
    const later = await figuresOf(api, { code: area.code, asOf: '2008-06-01' });
    expect(later.figure('board.reports-to-lsp')).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
    expect(later.figure('chair.council')).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
  });

  it('counts a region, and England when no scope is given', async () => {
    const region = await figuresOf(api, { region: 'EAST_MIDLANDS', asOf: '2008-06-01' });
    expect(region.statistics).toMatchObject({ scope: 'EAST_MIDLANDS', areas: 2, boards: 2 });
    expect(region.figure('partnership.in-place')).toMatchObject({ numerator: 2, denominator: 2 });
    const before = await figuresOf(api, { region: 'EAST_MIDLANDS', asOf: '2006-06-01' });
    expect(before.figure('partnership.in-place')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    const england = await figuresOf(api, { asOf: '2008-06-01' });
    expect(england.statistics.scope).toBe('England');
  });

  it('counts joint commissioning strategies in place and planned, beside 003 ¶94', async () => {
    const region = await figuresOf(api, { region: 'EAST_MIDLANDS', asOf: '2008-06-01' });
    expect(region.figure('commissioning.strategy-in-place')).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
      referenceValue: 47,
    });
    expect(region.figure('commissioning.strategy-planned')).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
      referenceValue: 40,
    });
    const before = await figuresOf(api, { region: 'EAST_MIDLANDS', asOf: '2007-01-01' });
    expect(before.figure('commissioning.strategy-in-place')).toMatchObject({ numerator: 0, denominator: 2 });
    expect(before.figure('commissioning.strategy-planned')).toMatchObject({ numerator: 0, denominator: 2 });
  });

  it('shows mandate figures over few boards only to those who may read every mandate counted, and audits it', async () => {
    const seen = await figuresOf(partner, { code: area.code, asOf: '2008-06-01' });
    expect(seen.figure('resources.LOCAL_AUTHORITY')).toMatchObject({ suppressed: false, numerator: 1, value: 100 });
    expect(seen.figure('resources.PRIMARY_CARE_TRUST')).toMatchObject({ suppressed: false, numerator: 0, value: 0 });
    const hidden = await figuresOf(stranger, { code: area.code, asOf: '2008-06-01' });
    expect(hidden.figure('resources.LOCAL_AUTHORITY')).toMatchObject({
      suppressed: true,
      numerator: null,
      value: null,
    });
    // Public figures are not withheld from anyone.
    expect(hidden.figure('chair.council')).toMatchObject({ suppressed: false, value: 100 });
    const audit = (subject: string) =>
      database.db
        .select()
        .from(readAudit)
        .where(and(eq(readAudit.subject, subject), eq(readAudit.field, 'mandateFigures')));
    expect(await audit('figures stranger')).toMatchObject([{ result: 'DENIED' }]);
    expect(await audit('figures partner')).toMatchObject([{ result: 'GRANTED', grounds: 'PARTNER' }]);
  });

  it('refuses an unknown area and two scopes at once, naming the argument', async () => {
    const unknown = await api.query(statisticsQuery, { code: 'E99999999' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'areaCode' });
    const both = await api.query(statisticsQuery, { code: area.code, region: 'LONDON' });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'region' });
  });
});
