import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetArrangements, contributions, dutyStatuses } from '../schema/database/index';
import { loadReference } from '../seeds/reference/index';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type GraphQLResponse, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { expectRefused } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;
let councilEditor: Client;

const create = `mutation($input: CreateBudgetArrangementInput!) { createBudgetArrangement(input: $input) {
  budgetArrangement { id version validFrom validTo legalBasis host { code } } } }`;
const end = `mutation($input: EndBudgetArrangementInput!) { endBudgetArrangement(input: $input) {
  budgetArrangement { id version validTo } } }`;
const record = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) {
  contribution { id financialYear organisation { code } } } }`;
const history = `query($id: ID!) { history(id: $id) { operation } }`;

/**
 * Partiesshire, with the reference duty statuses (s10 from 1 April 2005; schools proposed from November 2008) and
 * two organisations whose own status overrides their kind's: a charity given the duty from July 2006, and a district
 * council recorded as having none.
 */
async function buildWorld() {
  await loadReference(database.db);
  const make = factories(database.db);
  const area = await make.area({ code: 'T-PARTIES', name: 'Partiesshire' });
  const organisation = async (code: string, kind: Loose, sector: Loose = 'PUBLIC') => {
    const row = await make.organisation({ code: `parties-${code}`, name: `Partiesshire ${code}`, kind, sector });
    return { ...row, gid: toGlobalId('Organisation', row.id) };
  };
  const council = await organisation('council', 'LOCAL_AUTHORITY');
  const police = await organisation('police', 'POLICE_SERVICE');
  const gp = await organisation('gp-practice', 'PRIMARY_CARE_PROVIDER', 'PRIVATE');
  const school = await organisation('school', 'SCHOOL');
  const careTrust = await organisation('care-trust', 'CARE_TRUST');
  const charity = await organisation('charity', 'VOLUNTARY_AND_COMMUNITY', 'VOLUNTARY_AND_COMMUNITY');
  const district = await organisation('district', 'DISTRICT_COUNCIL');
  await database.db.insert(dutyStatuses).values([
    { organisationId: charity.id, regime: 'CA2004_S10', status: 'DUTY_TO_COOPERATE', validFrom: '2006-07-01' },
    { organisationId: district.id, regime: 'CA2004_S10', status: 'NO_DUTY', validFrom: '2005-04-01' },
  ]);
  return { area, areaId: toGlobalId('Area', area.id), council, police, gp, school, careTrust, charity, district };
}

const rowId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const arrangementCount = async () => (await database.db.select().from(budgetArrangements)).length;
const contributionsTo = async (arrangement: string) =>
  database.db
    .select()
    .from(contributions)
    .where(eq(contributions.arrangementId, rowId(arrangement)));

const s10Pool = (host: { gid: string } | null, validFrom: string, change: Record<string, unknown> = {}) => ({
  name: `s10 pool from ${validFrom}`,
  kind: 'POOLED',
  legalBasis: 'CHILDREN_ACT_2004_S10',
  area: world.areaId,
  host: host?.gid ?? null,
  validFrom,
  ...change,
});

async function newArrangement(input: Record<string, unknown>): Promise<Loose> {
  const response = await api.query(create, { input });
  expect(response.errors).toBeUndefined();
  return response.data.createBudgetArrangement.budgetArrangement;
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
  councilEditor = await api.as({ org: 'parties-council', roles: ['editor'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('the host of an s10 pool has the duty to co-operate on the day it starts (rule 11)', () => {
  it('lets the authority host one, and records it', async () => {
    const response = await councilEditor.query(create, { input: s10Pool(world.council, '2006-04-01') });
    expect(response.errors).toBeUndefined();
    const created = response.data.createBudgetArrangement.budgetArrangement;
    expect(created).toMatchObject({ legalBasis: 'CHILDREN_ACT_2004_S10', host: { code: 'parties-council' } });
    expect((await api.query(history, { id: created.id })).data.history).toEqual([
      { operation: 'createBudgetArrangement' },
    ]);
  });

  const refused: [string, () => Record<string, unknown>, string[]][] = [
    ['a GP practice (no duty)', () => s10Pool(world.gp, '2006-04-01'), ['PRIMARY_CARE_PROVIDER', '2006-04-01']],
    ['a school (duty only proposed)', () => s10Pool(world.school, '2009-04-01'), ['SCHOOL', '2009-04-01', 'PROPOSED']],
    ['the authority before s10 came into force', () => s10Pool(world.council, '2005-01-01'), ['2005-01-01']],
    ['a kind with no status recorded', () => s10Pool(world.careTrust, '2006-04-01'), ['CARE_TRUST', 'no status']],
    [
      'a charity before its own duty began (its kind has none)',
      () => s10Pool(world.charity, '2006-04-01'),
      ['VOLUNTARY_AND_COMMUNITY', 'its kind’s status is NO_DUTY'],
    ],
    [
      'a district whose own status overrides its kind’s duty',
      () => s10Pool(world.district, '2006-04-01'),
      ['DISTRICT_COUNCIL', 'its own status is NO_DUTY'],
    ],
  ];

  it.each(refused)(
    'refuses %s as host, naming its kind and the date, and writes nothing',
    async (_name, input, mentions) => {
      const before = await arrangementCount();
      expectRefused(await api.query(create, { input: input() }), 'BAD_USER_INPUT', 'input.host', ...mentions);
      expect(await arrangementCount()).toBe(before);
    },
  );

  it('accepts a host whose own duty overrides its kind’s, from the day it began', async () => {
    const created = await newArrangement(s10Pool(world.charity, '2006-07-01'));
    expect(created.host).toEqual({ code: 'parties-charity' });
  });

  it('puts no limit on the host under other bases, nor on an s10 budget without a host', async () => {
    await newArrangement(s10Pool(world.gp, '2006-04-01', { legalBasis: 'NONE' }));
    await newArrangement(s10Pool(null, '2006-04-01', { kind: 'ALIGNED' }));
  });
});

describe('each contributor to an s10 pool has the duty on the later of the pool’s start and the year’s (rule 11)', () => {
  let fromOctober: Loose;
  let fromApril: Loose;
  beforeAll(async () => {
    fromOctober = await newArrangement(s10Pool(world.council, '2006-10-01', { name: 'Pool from October 2006' }));
    fromApril = await newArrangement(s10Pool(world.council, '2006-04-01', { name: 'Pool from April 2006' }));
  });

  const contribute = (arrangement: Loose, organisation: { gid: string }, financialYear: string) =>
    councilEditor.query(record, {
      input: { arrangement: arrangement.id, organisation: organisation.gid, financialYear },
    });

  it('accepts relevant partners, and judges a year begun before the pool on the pool’s start', async () => {
    expect((await contribute(fromOctober, world.police, '2007-08')).errors).toBeUndefined();
    // 2006-07 began on 1 April 2006, before the charity's duty; the pool began on 1 October, after it.
    const charity = await contribute(fromOctober, world.charity, '2006-07');
    expect(charity.errors).toBeUndefined();
    expect(charity.data.recordContribution.contribution).toMatchObject({
      financialYear: '2006-07',
      organisation: { code: 'parties-charity' },
    });
  });

  const refused: [string, () => Promise<GraphQLResponse>, string[]][] = [
    ['a GP practice', () => contribute(fromOctober, world.gp, '2007-08'), ['PRIMARY_CARE_PROVIDER', '2007-04-01']],
    ['a school before the extension', () => contribute(fromOctober, world.school, '2008-09'), ['SCHOOL', '2008-04-01']],
    ['a school after it was proposed', () => contribute(fromOctober, world.school, '2009-10'), ['PROPOSED_DUTY']],
    [
      'the charity before its own duty began',
      () => contribute(fromApril, world.charity, '2006-07'),
      ['VOLUNTARY_AND_COMMUNITY', '2006-04-01'],
    ],
    [
      'the district, whose own status says no duty',
      () => contribute(fromApril, world.district, '2007-08'),
      ['NO_DUTY'],
    ],
  ];

  it.each(refused)('refuses %s, naming its kind and the date, and writes nothing', async (_name, attempt, mentions) => {
    const before = (await contributionsTo(fromOctober.id)).length + (await contributionsTo(fromApril.id)).length;
    expectRefused(await attempt(), 'BAD_USER_INPUT', 'input.organisation', ...mentions);
    const after = (await contributionsTo(fromOctober.id)).length + (await contributionsTo(fromApril.id)).length;
    expect(after).toBe(before);
  });
});

describe('an arrangement does not end before its contributions', () => {
  let pool: Loose;
  beforeAll(async () => {
    pool = await newArrangement({
      name: 'Pool with money in it',
      kind: 'POOLED',
      legalBasis: 'HEALTH_ACT_1999_S31',
      area: world.areaId,
      host: world.council.gid,
      validFrom: '2005-04-01',
    });
    for (const [financialYear, resourceType] of [
      ['2007-08', 'MONEY'],
      ['2008-09', 'MONEY'],
      ['2008-09', 'STAFF_TIME'],
      ['2009-10', 'MONEY'],
    ]) {
      const response = await councilEditor.query(record, {
        input: { arrangement: pool.id, financialYear, resourceType },
      });
      expect(response.errors).toBeUndefined();
    }
  });

  const stored = async () =>
    (
      await database.db
        .select()
        .from(budgetArrangements)
        .where(eq(budgetArrangements.id, rowId(pool.id)))
    )[0]!;

  it.each([
    ['before two years contributed to', '2008-04-01', ['3 contributions', '2008-09, 2009-10', 'after 2009-04-01']],
    ['on the first day of a year contributed to', '2009-04-01', ['1 contribution is', '(2009-10)']],
    ['part-way through a year, with a later one contributed to', '2008-06-01', ['1 contribution is', '(2009-10)']],
  ])('refuses an end %s, saying how many and which years, and changes nothing', async (_name, endOn, mentions) => {
    const response = await councilEditor.query(end, { input: { arrangement: pool.id, endOn, expectedVersion: 1 } });
    expectRefused(response, 'BAD_USER_INPUT', 'input.endOn', ...mentions);
    expect(await stored()).toMatchObject({ version: 1, validTo: null });
  });

  it('ends part-way through the last year contributed to: that money was paid before the end', async () => {
    const response = await councilEditor.query(end, {
      input: { arrangement: pool.id, endOn: '2009-06-01', expectedVersion: 1 },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.endBudgetArrangement.budgetArrangement).toMatchObject({ version: 2, validTo: '2009-06-01' });
    expect((await api.query(history, { id: pool.id })).data.history.map((c: Loose) => c.operation)).toEqual([
      'createBudgetArrangement',
      'endBudgetArrangement',
    ]);
  });

  it('never lets an end and a later year’s contribution both through when they race', async () => {
    const racing = await newArrangement({ ...s10Pool(world.council, '2006-04-01'), name: 'Racing pool' });
    const [ended, recorded] = await Promise.all([
      councilEditor.query(end, { input: { arrangement: racing.id, endOn: '2008-04-01', expectedVersion: 1 } }),
      councilEditor.query(record, { input: { arrangement: racing.id, financialYear: '2009-10' } }),
    ]);
    const succeeded = [ended, recorded].filter((response) => !response.errors);
    expect(succeeded).toHaveLength(1);
    const [row] = await database.db
      .select()
      .from(budgetArrangements)
      .where(eq(budgetArrangements.id, rowId(racing.id)));
    const contributed = (await contributionsTo(racing.id)).length;
    const outcome = ended.errors ? { validTo: null, contributed: 1 } : { validTo: '2008-04-01', contributed: 0 };
    expect({ validTo: row!.validTo, contributed }).toEqual(outcome);
  });
});
