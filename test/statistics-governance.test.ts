import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyDocuments, budgetArrangements, posts } from '../schema/database/index';
import { startApi, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

/* The figures of 003 Table 5 and of the pathfinder evaluation (004 ¶83, ¶87, ¶137, ¶141, Table 4.4). */

let database: TestDatabase;
let api: TestApi;

const statisticsQuery = `query($region: Region, $asOf: Date) {
  statistics(region: $region, asOf: $asOf) {
    boards figures { id numerator denominator value referenceValue sources { locator } }
  } }`;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  const make = factories(database.db);
  const { db } = database;
  const region = { region: 'NORTH_EAST' as const };
  const county = await make.area({ kind: 'COUNTY', ...region, name: 'Termshire' });
  const unitary = await make.area({ kind: 'UNITARY', ...region, name: 'Poolton' });
  const council = await make.organisation({ kind: 'LOCAL_AUTHORITY', code: 'terms-council', areaId: county.id });
  const pct = await make.organisation({ kind: 'PRIMARY_CARE_TRUST', code: 'terms-pct', areaId: county.id });
  const unitaryCouncil = await make.organisation({ kind: 'LOCAL_AUTHORITY', code: 'pool-council', areaId: unitary.id });
  const since = { validFrom: '2005-04-01' };
  const board = await make.body(county.id, { kind: 'CHILDRENS_TRUST_BOARD', level: 'STRATEGIC', ...since });
  const other = await make.body(unitary.id, { kind: 'CHILDRENS_TRUST_BOARD', level: 'STRATEGIC', ...since });
  const lscb = await make.body(county.id, { kind: 'LSCB', level: 'STRATEGIC', ...since });
  const [leadMember, manager, director] = await db
    .insert(posts)
    .values([
      { title: 'Lead Member', kind: 'LEAD_MEMBER' as const, employerId: council.id, ...since },
      // The trust manager answers to the board: a seat on the LSCB from 2007 (004 ¶83).
      {
        title: 'Trust Manager',
        kind: 'OTHER' as const,
        employerId: council.id,
        responsibleToBodyId: board.id,
        ...since,
      },
      { title: 'Director', kind: 'DIRECTOR_OF_CHILDRENS_SERVICES' as const, employerId: unitaryCouncil.id, ...since },
    ])
    .returning();
  await make.memberships([
    { bodyId: board.id, memberPostId: leadMember!.id, onBehalfOfId: council.id, role: 'CHAIR', ...since },
    { bodyId: board.id, memberPostId: manager!.id, onBehalfOfId: council.id, role: 'ATTENDEE', ...since },
    { bodyId: lscb.id, memberPostId: manager!.id, onBehalfOfId: council.id, validFrom: '2007-01-01' },
    { bodyId: other.id, memberPostId: director!.id, onBehalfOfId: unitaryCouncil.id, role: 'CHAIR', ...since },
  ]);
  const terms = { kind: 'TERMS_OF_REFERENCE' as const, title: 'Terms of reference' };
  await db.insert(bodyDocuments).values([
    {
      ...terms,
      bodyId: board.id,
      documentVersion: '1',
      status: 'SUPERSEDED',
      adoptedOn: '2005-04-01',
      covers: ['POOLING'],
    },
    {
      ...terms,
      bodyId: board.id,
      documentVersion: '2',
      status: 'ADOPTED',
      adoptedOn: '2007-06-01',
      covers: ['CHAIR_AND_MEMBERS', 'DECISION_MAKING'],
    },
    // A draft is confidential to the parties (DOMAIN.md §8): it counts for nothing.
    { ...terms, bodyId: other.id, documentVersion: '1', status: 'DRAFT', covers: ['CHAIR_AND_MEMBERS', 'POOLING'] },
  ]);
  const pool = { kind: 'POOLED' as const, legalBasis: 'HEALTH_ACT_1999_S31' as const, hostId: council.id };
  await db.insert(budgetArrangements).values([
    { ...pool, name: 'CAMHS pool', areaId: county.id, serviceAreas: ['CAMHS'], validFrom: '2006-04-01' },
    { ...pool, name: 'Substance misuse pool', areaId: county.id, serviceAreas: ['HEALTH'], validFrom: '2006-04-01' },
    { ...pool, name: 'All services', areaId: county.id, serviceAreas: ['ALL_SERVICES'], validFrom: '2008-04-01' },
    {
      ...pool,
      name: 'Disability',
      areaId: county.id,
      hostId: pct.id,
      serviceAreas: ['SOCIAL_CARE', 'HEALTH'],
      validFrom: '2006-04-01',
    },
    {
      kind: 'ALIGNED',
      name: 'Aligned for all services',
      areaId: unitary.id,
      serviceAreas: ['ALL_SERVICES'],
      validFrom: '2007-04-01',
    },
  ]);
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

async function figuresOn(asOf: string) {
  const response = await api.query(statisticsQuery, { region: 'NORTH_EAST', asOf });
  expect(response.errors).toBeUndefined();
  // The same eight statements as before these figures: they ride in the statements that were there.
  expect(response.statements).toBe(8);
  const figures: Loose[] = response.data.statistics.figures;
  return (id: string) => figures.find((figure) => figure.id === id);
}

describe('statistics of terms of reference, chairs, managers and pooled services', () => {
  it('counts the terms of reference in force on the date, beside 003 Table 5, leaving drafts out', async () => {
    const early = await figuresOn('2006-06-01');
    expect(early('terms-of-reference.POOLING')).toMatchObject({ numerator: 1, denominator: 2, referenceValue: 49 });
    expect(early('terms-of-reference.CHAIR_AND_MEMBERS')).toMatchObject({ numerator: 0, denominator: 2 });
    const later = await figuresOn('2008-06-01');
    expect(later('terms-of-reference.POOLING')).toMatchObject({ numerator: 0, denominator: 2 });
    expect(later('terms-of-reference.CHAIR_AND_MEMBERS')).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
      referenceValue: 86,
      sources: [{ locator: 'Table 5' }],
    });
  });

  it('counts the council’s chairs by their post, beside 004 ¶87', async () => {
    const figure = await figuresOn('2008-06-01');
    expect(figure('chair.council-elected-member')).toMatchObject({
      numerator: 1,
      denominator: 2,
      referenceValue: 38.7,
    });
    expect(figure('chair.council-director')).toMatchObject({ numerator: 1, denominator: 2, referenceValue: 32.3 });
    expect(figure('chair.council-chief-executive')).toMatchObject({ numerator: 0, denominator: 2 });
  });

  it('counts boards whose own staff sit on the LSCB from the day the seat begins, beside 004 ¶83', async () => {
    expect((await figuresOn('2006-06-01'))('lscb.board-manager-member')).toMatchObject({
      numerator: 0,
      denominator: 2,
    });
    expect((await figuresOn('2008-06-01'))('lscb.board-manager-member')).toMatchObject({
      numerator: 1,
      denominator: 2,
      referenceValue: 67.7,
      sources: [{ locator: '¶83' }],
    });
  });

  it('counts pooled budgets by the service they fund, and areas budgeting for all services', async () => {
    const figure = await figuresOn('2008-06-01');
    // Health takes in CAMHS (004 Table 4.4); a budget for two services counts for each.
    expect(figure('budgets.pooled-for.HEALTH_OR_CAMHS')).toMatchObject({ numerator: 3, denominator: 4, value: 75 });
    expect(figure('budgets.pooled-for.CAMHS')).toMatchObject({ numerator: 1, denominator: 4, referenceValue: 18.6 });
    expect(figure('budgets.pooled-for.SOCIAL_CARE')).toMatchObject({ numerator: 1, denominator: 4 });
    expect(figure('budgets.pooled-for.ALL_SERVICES')).toMatchObject({ numerator: 1, denominator: 4 });
    expect(figure('budgets.all-services-areas')).toMatchObject({
      numerator: 2,
      denominator: 2,
      referenceValue: 12.9,
      sources: [{ locator: '¶137' }, { locator: '¶141' }],
    });
    const before = await figuresOn('2007-06-01');
    expect(before('budgets.pooled-for.HEALTH_OR_CAMHS')).toMatchObject({ numerator: 3, denominator: 3, value: 100 });
    expect(before('budgets.all-services-areas')).toMatchObject({ numerator: 1, denominator: 2 });
  });
});
