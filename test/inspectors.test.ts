import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetArrangements, contributions } from '../schema/database/index';
import { loadSourcedAreas } from '../seeds/sourced/index';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

/**
 * Inspectors' scope, on the areas the seeds load: Staffordshire (E10000028) and Walsall (E08000030) are in the West
 * Midlands, Lancashire (E10000017) in the North West, Torbay (E06000027) in the South West. Two areas of the tests'
 * own: one with no region at all, and a locality of Walsall whose own region is not recorded, which belongs to the
 * West Midlands through Walsall. Each of the four seeded areas has a pooled budget with contributions, whose amounts
 * oversight of the area may read (`contribution:read`).
 */

const staffordshire = 'E10000028';
const walsall = 'E08000030';
const lancashire = 'E10000017';
const torbay = 'E06000027';
const noRegion = 'T-NO-REGION';
const withBudgets = [staffordshire, walsall, lancashire, torbay, noRegion] as const;
type AreaCode = (typeof withBudgets)[number];

let database: TestDatabase;
let api: TestApi;
let ids: { areas: Record<string, string>; walsallLocalityBody: string };

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  await loadSourcedAreas(database.db);
  const make = factories(database.db);
  const nowhere = await make.area({ code: noRegion, name: 'Regionless', region: null });
  const partner = await make.organisation({ areaId: nowhere.id });
  const [pool] = await database.db
    .insert(budgetArrangements)
    .values({ name: 'Regionless budgets', kind: 'ALIGNED', areaId: nowhere.id, validFrom: '2007-04-01' })
    .returning();
  await database.db
    .insert(contributions)
    .values({ arrangementId: pool!.id, organisationId: partner.id, financialYear: '2008-09', amount: '10.00' });
  const areaIds = await api.query(`{ areas(first: 100) { nodes { id code } } }`);
  const areas = Object.fromEntries(areaIds.data.areas.nodes.map((area: Loose) => [area.code, area.id]));
  const locality = await make.area({
    code: 'T-WALSALL-LOCALITY',
    kind: 'LOCALITY',
    tier: 'LOCAL',
    region: null,
    parentAreaId: Buffer.from(areas[walsall], 'base64url').toString('utf8').split(':')[1],
  });
  const body = await make.body(locality.id, { name: 'Walsall locality group' });
  ids = { areas, walsallLocalityBody: toGlobalId('Body', body.id) };
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

const auditor = (...roles: string[]) => api.as({ org: 'registry-administration', roles: ['reader', ...roles] });

/** Whether the client may read the contribution amounts of the area's budgets: every one, or none. */
async function readsAmountsOf(client: Client, code: AreaCode): Promise<boolean> {
  const response = await client.query(
    `query($area: ID!) { budgetArrangements(filter: { area: $area }) { nodes { contributions { amount } } } }`,
    { area: ids.areas[code] },
  );
  const amounts = response.data.budgetArrangements.nodes.flatMap((node: Loose) =>
    node.contributions.map((contribution: Loose) => contribution.amount),
  );
  expect(amounts.length).toBeGreaterThan(0);
  const read = amounts.filter((amount: unknown) => amount !== null).length;
  expect([0, amounts.length]).toContain(read);
  for (const error of response.errors ?? []) expect(error.extensions).toMatchObject({ code: 'FORBIDDEN' });
  return read > 0;
}

const scopes: { roles: string[]; oversees: AreaCode[] }[] = [
  { roles: [`auditor:${staffordshire}`], oversees: [staffordshire] },
  { roles: ['auditor:region:WEST_MIDLANDS'], oversees: [staffordshire, walsall] },
  { roles: ['auditor:region:E12000005'], oversees: [staffordshire, walsall] },
  { roles: ['auditor:REGION:west_midlands'], oversees: [staffordshire, walsall] },
  { roles: ['auditor:region:E12000002', 'auditor:region:SOUTH_WEST'], oversees: [lancashire, torbay] },
  { roles: [`auditor:region:NORTH_WEST`, `auditor:${walsall}`], oversees: [walsall, lancashire] },
  { roles: ['auditor:england'], oversees: [...withBudgets] },
  { roles: ['auditor:England'], oversees: [...withBudgets] },
  // Names of nothing grant nothing: no such region, a region without its prefix, a region's code as an area's.
  {
    roles: ['auditor:region:E12000010', 'auditor:WEST_MIDLANDS', 'auditor:E12000005', 'auditor:region:'],
    oversees: [],
  },
];

describe('an inspector oversees an area, a region or England, as its credentials say', () => {
  it.each(
    scopes.flatMap(({ roles, oversees }) =>
      withBudgets.map(
        (code) =>
          [
            `${roles.join(' + ')} ${oversees.includes(code) ? 'reads' : 'is refused'} ${code}`,
            { roles, code, allowed: oversees.includes(code) },
          ] as const,
      ),
    ),
  )('%s', async (_name, { roles, code, allowed }) => {
    expect(await readsAmountsOf(await auditor(...roles), code)).toBe(allowed);
  });

  it('shows each oversight role with its reach in viewer', async () => {
    const query = `{ viewer { roles { role oversight area { code } region } } }`;
    const roles = async (...claims: string[]) => (await (await auditor(...claims)).query(query)).data.viewer.roles;
    expect(
      await roles(`auditor:${torbay}`, 'auditor:region:E12000005', 'auditor:england', 'auditor:region:MIDLANDS'),
    ).toEqual([
      { role: 'reader', oversight: null, area: null, region: null },
      { role: 'auditor', oversight: 'AREA', area: { code: torbay }, region: null },
      { role: 'auditor', oversight: 'REGION', area: null, region: 'WEST_MIDLANDS' },
      { role: 'auditor', oversight: 'ENGLAND', area: null, region: null },
    ]);
  });
});

describe('records the seeds loaded belong to their area for history', () => {
  const history = `query($id: ID!) { history(id: $id) { operation } }`;

  async function seededRecords(): Promise<[string, string][]> {
    const staffs = await api.query(
      `query($code: String!) { area(code: $code) { id
        bodies { id name memberships { id } }
        childAreas { code bodies { id } childAreas { code bodies { id } } }
        budgetArrangements { id contributions { id } } } }`,
      { code: staffordshire },
    );
    const area = staffs.data.area;
    const board = area.bodies.find((body: Loose) => body.memberships.length > 0);
    const district = area.childAreas.find((child: Loose) => child.bodies.length > 0);
    const council = await api.query(
      `{ organisations(filter: { codes: ["staffordshire/county-council"] }) { nodes { id } } }`,
    );
    return [
      ['the area', area.id],
      ['a body', board.id],
      ['a seat on it', board.memberships[0].id],
      ['a district body', district.bodies[0].id],
      ['a pooled budget', area.budgetArrangements[0].id],
      ['a contribution to it', area.budgetArrangements[0].contributions[0].id],
      ['the county council', council.data.organisations.nodes[0].id],
    ];
  }

  it('answers [] to auditors of the area, of its region and of England, and to administrators', async () => {
    const records = await seededRecords();
    expect(records.every(([, id]) => typeof id === 'string')).toBe(true);
    for (const client of [
      await auditor(`auditor:${staffordshire}`),
      await auditor('auditor:region:WEST_MIDLANDS'),
      await auditor('auditor:england'),
      api,
    ]) {
      for (const [what, id] of records) {
        const response = await client.query(history, { id });
        expect(response.errors, what).toBeUndefined();
        expect(response.data.history, what).toEqual([]);
      }
    }
  });

  it('refuses auditors of elsewhere, as it does for any record outside their area', async () => {
    const [, board] = await seededRecords();
    const body = board![1];
    for (const roles of [[`auditor:${torbay}`], ['auditor:region:SOUTH_WEST'], []]) {
      const response = await (await auditor(...roles)).query(history, { id: body });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'history:read' });
    }
  });

  it('counts an area without a region of its own as in its parent’s region', async () => {
    const westMidlands = await auditor('auditor:region:WEST_MIDLANDS');
    expect((await westMidlands.query(history, { id: ids.walsallLocalityBody })).data.history).toEqual([]);
    const changes = `query($area: ID!) { changes(area: $area) { totalCount } }`;
    expect((await westMidlands.query(changes, { area: ids.areas[walsall] })).data.changes.totalCount).toBe(0);
    const refused = await westMidlands.query(changes, { area: ids.areas[torbay] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
