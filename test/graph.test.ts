import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let make: ReturnType<typeof factories>;

const graphQuery = `
  query Graph($codes: [String!], $asOf: Date, $depth: Int, $kinds: [BodyKind!]) {
    partnershipGraph(areaCodes: $codes, asOf: $asOf, depth: $depth, kinds: $kinds) {
      asOf depth
      nodes { id kind label bodyKind organisationKind inArea distance }
      edges { id kind source target role }
    }
  }`;

/** An area with a board, an LSP, `groups` sub-groups and `partners` member organisations. */
async function buildArea(groups: number, partners: number) {
  const area = await make.area();
  const district = await make.area({ kind: 'DISTRICT', tier: 'LOWER', parentAreaId: area.id });
  const board = await make.body(area.id, { name: 'Board', kind: 'CHILDRENS_TRUST_BOARD', level: 'STRATEGIC' });
  const lsp = await make.body(area.id, { name: 'LSP', kind: 'LSP', level: 'STRATEGIC' });
  const districtBoard = await make.body(district.id, {
    name: 'District board',
    kind: 'DISTRICT_BOARD',
    level: 'OPERATIONAL',
  });
  const subGroups = await make.bodies(
    Array.from({ length: groups }, (_, index) => ({
      name: `Sub-group ${index}`,
      kind: 'THEME_SUB_GROUP' as const,
      level: 'EXECUTIVE' as const,
      areaId: area.id,
      validFrom: '2005-04-01',
    })),
  );
  const organisations = await Promise.all(Array.from({ length: partners }, () => make.organisation()));
  await make.memberships(
    organisations.map((organisation) => ({
      bodyId: board.id,
      memberOrganisationId: organisation.id,
      validFrom: '2005-04-01',
    })),
  );
  await make.lines([
    { kind: 'REPORTS_TO', fromBodyId: board.id, toBodyId: lsp.id, validFrom: '2005-04-01' },
    { kind: 'ADVISES', fromBodyId: districtBoard.id, toBodyId: board.id, validFrom: '2005-04-01' },
    ...subGroups.map((group) => ({
      kind: 'SUB_GROUP_OF' as const,
      fromBodyId: group.id,
      toBodyId: board.id,
      validFrom: '2005-04-01',
    })),
  ]);
  return { area, district, board, lsp, districtBoard, subGroups, organisations };
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  make = factories(database.db);
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('partnershipGraph', () => {
  it('draws an area’s bodies, the areas within it, members and typed edges', async () => {
    const world = await buildArea(3, 4);
    const response = await api.query(graphQuery, { codes: [world.area.code] });
    expect(response.errors).toBeUndefined();
    const graph = response.data.partnershipGraph;
    expect(graph.depth).toBe(1);
    const labels = graph.nodes.map((node: Loose) => node.label);
    expect(labels).toEqual(expect.arrayContaining(['Board', 'LSP', 'District board', 'Sub-group 0']));
    expect(graph.nodes.filter((node: Loose) => node.kind === 'ORGANISATION')).toHaveLength(4);
    expect(
      graph.nodes
        .filter((node: Loose) => node.kind === 'BODY')
        .every((node: Loose) => node.inArea && node.distance === 0),
    ).toBe(true);
    const byLabel = new Map(graph.nodes.map((node: Loose) => [node.label, node.id]));
    expect(graph.edges).toContainEqual(
      expect.objectContaining({ kind: 'REPORTS_TO', source: byLabel.get('Board'), target: byLabel.get('LSP') }),
    );
    expect(graph.edges).toContainEqual(
      expect.objectContaining({ kind: 'ADVISES', source: byLabel.get('District board'), target: byLabel.get('Board') }),
    );
    expect(graph.edges.filter((edge: Loose) => edge.kind === 'MEMBERSHIP')).toHaveLength(4);
    expect(graph.edges.filter((edge: Loose) => edge.kind === 'SUB_GROUP_OF')).toHaveLength(3);
    const ids = new Set(graph.nodes.map((node: Loose) => node.id));
    expect(graph.edges.every((edge: Loose) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
  });

  it('costs the same number of statements for a small area and a large one', async () => {
    const small = await buildArea(2, 3);
    const large = await buildArea(60, 40);
    const smallResponse = await api.query(graphQuery, { codes: [small.area.code], depth: 2 });
    const largeResponse = await api.query(graphQuery, { codes: [large.area.code], depth: 2 });
    expect(largeResponse.data.partnershipGraph.nodes.length).toBeGreaterThan(100);
    expect(largeResponse.statements).toBe(smallResponse.statements);
    expect(largeResponse.statements).toBeLessThanOrEqual(4);
  });

  it('reaches further with depth, and only to the bodies of other areas linked to it', async () => {
    const home = await buildArea(1, 2);
    const neighbour = await buildArea(1, 1);
    // One of home's partners also sits on the neighbour's board.
    await make.membership({
      bodyId: neighbour.board.id,
      memberOrganisationId: home.organisations[0]!.id,
      validFrom: '2005-04-01',
    });
    const near = (await api.query(graphQuery, { codes: [home.area.code], depth: 1 })).data.partnershipGraph;
    const far = (await api.query(graphQuery, { codes: [home.area.code], depth: 2 })).data.partnershipGraph;
    const none = (await api.query(graphQuery, { codes: [home.area.code], depth: 0 })).data.partnershipGraph;
    expect(none.nodes.every((node: Loose) => node.kind === 'BODY')).toBe(true);
    const outsideBoards = (graph: Loose) => graph.nodes.filter((node: Loose) => node.label === 'Board' && !node.inArea);
    expect(outsideBoards(near)).toEqual([]);
    expect(outsideBoards(far)).toEqual([expect.objectContaining({ kind: 'BODY', distance: 2 })]);
    expect(far.edges).toContainEqual(expect.objectContaining({ kind: 'MEMBERSHIP', target: outsideBoards(far)[0].id }));
  });

  it('shows the graph as it stood on a past date', async () => {
    const world = await buildArea(1, 1);
    const old = await make.body(world.area.id, {
      name: 'ACPC',
      kind: 'AREA_CHILD_PROTECTION_COMMITTEE',
      level: 'STRATEGIC',
      validFrom: '2000-01-01',
      validTo: '2006-04-01',
    });
    await make.line({
      kind: 'REPORTS_TO',
      fromBodyId: old.id,
      toBodyId: world.lsp.id,
      validFrom: '2000-01-01',
      validTo: '2006-04-01',
    });
    const before = (await api.query(graphQuery, { codes: [world.area.code], asOf: '2005-06-01' })).data
      .partnershipGraph;
    const now = (await api.query(graphQuery, { codes: [world.area.code] })).data.partnershipGraph;
    expect(before.nodes.map((node: Loose) => node.label)).toContain('ACPC');
    expect(before.edges.filter((edge: Loose) => edge.kind === 'REPORTS_TO')).toHaveLength(2);
    expect(now.nodes.map((node: Loose) => node.label)).not.toContain('ACPC');
  });

  it('keeps only the body kinds asked for', async () => {
    const world = await buildArea(2, 1);
    const graph = (
      await api.query(graphQuery, { codes: [world.area.code], kinds: ['CHILDRENS_TRUST_BOARD', 'LSP'], depth: 0 })
    ).data.partnershipGraph;
    expect(graph.nodes.map((node: Loose) => node.bodyKind).sort()).toEqual(['CHILDRENS_TRUST_BOARD', 'LSP']);
    expect(graph.edges).toEqual([expect.objectContaining({ kind: 'REPORTS_TO' })]);
  });

  it('walks only through the bodies kept and the organisations holding on the date', async () => {
    const home = await buildArea(1, 1);
    const away = await buildArea(0, 0);
    const [partner, principal, agent, former] = await Promise.all([
      make.organisation({ name: 'Partner' }),
      make.organisation({ name: 'Principal' }),
      make.organisation({ name: 'Agent' }),
      make.organisation({ name: 'Former', validTo: '2006-01-01' }),
    ]);
    await make.memberships([
      // Partner sits on home's sub-group and on away's LSP; home's own partner also sits on away's LSP.
      { bodyId: home.subGroups[0]!.id, memberOrganisationId: partner.id, validFrom: '2005-04-01' },
      { bodyId: away.lsp.id, memberOrganisationId: partner.id, validFrom: '2005-04-01' },
      { bodyId: away.lsp.id, memberOrganisationId: home.organisations[0]!.id, validFrom: '2005-04-01' },
      // Agent sits on home's board for Principal: the edge is Principal's, not Agent's.
      { bodyId: home.board.id, memberOrganisationId: agent.id, onBehalfOfId: principal.id, validFrom: '2005-04-01' },
      { bodyId: away.districtBoard.id, memberOrganisationId: agent.id, validFrom: '2005-04-01' },
      // Former no longer exists, though its seats were never ended.
      { bodyId: home.board.id, memberOrganisationId: former.id, validFrom: '2005-04-01' },
      { bodyId: away.board.id, memberOrganisationId: former.id, validFrom: '2005-04-01' },
    ]);
    const distances = async (depth: number, kinds?: string[]) => {
      const graph = (await api.query(graphQuery, { codes: [home.area.code], depth, kinds })).data.partnershipGraph;
      const labelOf = new Map(graph.nodes.map((node: Loose) => [node.id, node.label]));
      const sources = graph.edges.map((edge: Loose) => labelOf.get(edge.source));
      const targets = graph.edges.map((edge: Loose) => labelOf.get(edge.target));
      expect([...sources, ...targets]).not.toContain(undefined);
      const suffix = (node: Loose) => (node.kind === 'BODY' && !node.inArea ? ' (away)' : '');
      return Object.fromEntries(graph.nodes.map((node: Loose) => [`${node.label}${suffix(node)}`, node.distance]));
    };
    const all = await distances(2);
    expect(all).toMatchObject({ 'Sub-group 0': 0, Partner: 1, Principal: 1, 'LSP (away)': 2 });
    expect(all).not.toHaveProperty('Agent');
    expect(all).not.toHaveProperty('Former');
    expect(all).not.toHaveProperty('Board (away)');
    expect(all).not.toHaveProperty('District board (away)');

    // Without sub-groups Partner is three edges away, through home's own partner and away's LSP.
    const kept = ['CHILDRENS_TRUST_BOARD', 'LSP', 'DISTRICT_BOARD'];
    expect(await distances(2, kept)).not.toHaveProperty('Partner');
    const far = await distances(3, kept);
    expect(far).toMatchObject({ Board: 0, Principal: 1, 'LSP (away)': 2, Partner: 3 });
    expect(far).not.toHaveProperty('Sub-group 0');
  });

  it('refuses a request with no area or too great a depth, naming the argument', async () => {
    const noArea = await api.query(`{ partnershipGraph { asOf } }`);
    expect(noArea.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'areas' });
    const deep = await api.query(graphQuery, { codes: ['E10000028'], depth: 9 });
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
  });
});

describe('accountabilityChain', () => {
  const chainQuery = `query($from: ID!, $asOf: Date) { accountabilityChain(from: $from, asOf: $asOf) {
    cyclic lines { kind from { ... on Body { name } } to { ... on Body { name } ... on Organisation { name } } } } }`;

  async function bodyId(name: string, areaCode: string) {
    const response = await api.query(`query($code: String!) { area(code: $code) { bodies { id name } } }`, {
      code: areaCode,
    });
    return response.data.area.bodies.find((body: Loose) => body.name === name).id as string;
  }

  it('returns every upward path when a body answers to more than one', async () => {
    const world = await buildArea(1, 1);
    const executive = await make.body(world.area.id, { name: 'Executive group', kind: 'EXECUTIVE_GROUP' });
    await make.lines([
      { kind: 'SUB_GROUP_OF', fromBodyId: executive.id, toBodyId: world.board.id, validFrom: '2005-04-01' },
      { kind: 'ACCOUNTABLE_TO', fromBodyId: executive.id, toBodyId: world.lsp.id, validFrom: '2005-04-01' },
    ]);
    const response = await api.query(chainQuery, { from: await bodyId('Executive group', world.area.code) });
    expect(response.errors).toBeUndefined();
    const paths = response.data.accountabilityChain.map((path: Loose) =>
      [path.lines[0].from.name, ...path.lines.map((line: Loose) => line.to.name)].join(' > '),
    );
    expect(paths.sort()).toEqual(['Executive group > Board > LSP', 'Executive group > LSP']);
  });

  it('stops at a cycle and marks the path', async () => {
    const world = await buildArea(0, 1);
    await make.line({
      kind: 'REPORTS_TO',
      fromBodyId: world.lsp.id,
      toBodyId: world.board.id,
      validFrom: '2005-04-01',
    });
    const response = await api.query(chainQuery, { from: await bodyId('Board', world.area.code) });
    expect(response.errors).toBeUndefined();
    expect(response.data.accountabilityChain).toEqual([
      {
        cyclic: true,
        lines: [expect.objectContaining({ kind: 'REPORTS_TO' }), expect.objectContaining({ kind: 'REPORTS_TO' })],
      },
    ]);
  });

  it('follows the lines that held on a past date', async () => {
    const world = await buildArea(0, 1);
    const oldTop = await make.body(world.area.id, { name: 'Old top', kind: 'OTHER_THEMATIC_PARTNERSHIP' });
    await make.line({
      kind: 'ACCOUNTABLE_TO',
      fromBodyId: world.lsp.id,
      toBodyId: oldTop.id,
      validFrom: '2004-01-01',
      validTo: '2007-01-01',
    });
    const from = await bodyId('Board', world.area.code);
    const past = await api.query(chainQuery, { from, asOf: '2006-01-01' });
    const today = await api.query(chainQuery, { from });
    expect(past.data.accountabilityChain[0].lines.map((line: Loose) => line.to.name)).toEqual(['LSP', 'Old top']);
    expect(today.data.accountabilityChain[0].lines.map((line: Loose) => line.to.name)).toEqual(['LSP']);
  });
});
