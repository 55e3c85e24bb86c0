import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyAliases,
  bodyLegalStatuses,
  organisationCoverage,
  organisationNames,
  organisationSuccessions,
  people,
  postHoldings,
  posts,
} from '../schema/database/index';
import { exhaustiveReads, startApi, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;

/** A county with a district, a trust board whose chair changed, a PCT that merged, and a police force serving it. */
async function buildWorld() {
  const make = factories(database.db);
  const { db } = database;
  const county = await make.area({ name: 'Testshire', kind: 'COUNTY' });
  const district = await make.area({ name: 'Testvale', kind: 'DISTRICT', tier: 'LOWER', parentAreaId: county.id });
  const council = await make.organisation({ name: 'Testshire County Council', areaId: county.id });
  const oldPct = await make.organisation({
    name: 'North Testshire PCT',
    kind: 'PRIMARY_CARE_TRUST',
    areaId: county.id,
    validTo: '2006-10-01',
  });
  const pct = await make.organisation({
    name: 'Testshire PCT',
    kind: 'PRIMARY_CARE_TRUST',
    areaId: county.id,
    validFrom: '2006-10-01',
  });
  const police = await make.organisation({ name: 'Elsewhere Constabulary', kind: 'POLICE_SERVICE' });
  await db
    .insert(organisationCoverage)
    .values({ organisationId: police.id, areaId: district.id, validFrom: '2000-01-01' });
  await db.insert(organisationNames).values([
    { organisationId: pct.id, name: 'Testshire Teaching PCT', validFrom: '2006-10-01', validTo: '2008-01-01' },
    { organisationId: pct.id, name: 'Testshire PCT', validFrom: '2008-01-01' },
  ]);
  await db
    .insert(organisationSuccessions)
    .values({ predecessorId: oldPct.id, successorId: pct.id, kind: 'MERGER', occurredOn: '2006-10-01' });
  const board = await make.body(county.id, {
    name: 'Testshire Children’s Trust',
    kind: 'CHILDRENS_TRUST_BOARD',
    level: 'STRATEGIC',
  });
  const lsp = await make.body(county.id, { name: 'Testshire Partnership', kind: 'LSP', level: 'STRATEGIC' });
  await db
    .insert(bodyAliases)
    .values({ bodyId: board.id, alias: 'Young Testshire Strategic Partnership', validFrom: board.validFrom });
  await db.insert(bodyLegalStatuses).values([
    { bodyId: board.id, status: 'NON_LEGAL_PARTNERSHIP', validFrom: '2005-04-01', validTo: '2010-04-01' },
    { bodyId: board.id, status: 'STATUTORY_BODY', validFrom: '2010-04-01' },
  ]);
  const [dcs] = await db
    .insert(posts)
    .values({ title: 'Director of Children’s Services', employerId: council.id, senior: true, validFrom: '2005-01-01' })
    .returning();
  const [holder] = await db.insert(people).values({ name: 'A. Director' }).returning();
  await db.insert(postHoldings).values({ postId: dcs!.id, personId: holder!.id, validFrom: '2005-01-01' });
  await make.memberships([
    {
      bodyId: board.id,
      memberOrganisationId: council.id,
      role: 'CHAIR',
      validFrom: '2005-04-01',
      validTo: '2007-04-01',
      canCommitResources: true,
    },
    { bodyId: board.id, memberPostId: dcs!.id, onBehalfOfId: council.id, role: 'CHAIR', validFrom: '2007-04-01' },
    { bodyId: board.id, memberOrganisationId: oldPct.id, validFrom: '2005-04-01', validTo: '2006-10-01' },
    { bodyId: board.id, memberOrganisationId: pct.id, validFrom: '2006-10-01', canCommitResources: false },
  ]);
  await make.line({ kind: 'REPORTS_TO', fromBodyId: board.id, toBodyId: lsp.id, validFrom: '2005-04-01' });
  const ids = (
    await api.query(`query($code: String!) { area(code: $code) { id bodies { id name } } }`, { code: county.code })
  ).data.area;
  const bodyId = (name: string) => ids.bodies.find((body: Loose) => body.name === name).id as string;
  return {
    county,
    district,
    boardId: bodyId('Testshire Children’s Trust'),
    lspId: bodyId('Testshire Partnership'),
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db, exhaustiveReads);
  world = await buildWorld();
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('neighbours, both ways, as at a date', () => {
  it('walks organisation → memberships → bodies → lines and back', async () => {
    const response = await api.query(
      `query($board: ID!) { body(id: $board) {
        memberships { role onBehalfOf { name memberships { body { name linesOut { kind to { ... on Body { name linesIn { kind } } } } } } } }
      } }`,
      { board: world.boardId },
    );
    expect(response.errors).toBeUndefined();
    const chair = response.data.body.memberships.find((seat: Loose) => seat.role === 'CHAIR');
    expect(chair.onBehalfOf.name).toBe('Testshire County Council');
    expect(chair.onBehalfOf.memberships[0].body.linesOut).toEqual([
      { kind: 'REPORTS_TO', to: { name: 'Testshire Partnership', linesIn: [{ kind: 'REPORTS_TO' }] } },
    ]);
  });

  it('tells who chaired the board on different dates, with the date set once at the top', async () => {
    const chairOn = async (asOf: string) =>
      (
        await api.query(
          `query($board: ID!, $asOf: Date) { body(id: $board, asOf: $asOf) { chair { member { __typename ... on Organisation { name } ... on Post { title holder { name } } } } } }`,
          { board: world.boardId, asOf },
        )
      ).data.body.chair.member;
    expect(await chairOn('2006-01-01')).toEqual({ __typename: 'Organisation', name: 'Testshire County Council' });
    expect(await chairOn('2008-01-01')).toEqual({
      __typename: 'Post',
      title: 'Director of Children’s Services',
      holder: { name: 'A. Director' },
    });
  });

  it('shows the PCT of the day, its merger and its former names', async () => {
    const seats = async (asOf: string) =>
      (
        await api.query(
          `query($board: ID!, $asOf: Date) { body(id: $board, asOf: $asOf) { memberships { memberOrganisation { name kind } canCommitResources } } }`,
          {
            board: world.boardId,
            asOf,
          },
        )
      ).data.body.memberships.filter((seat: Loose) => seat.memberOrganisation?.kind === 'PRIMARY_CARE_TRUST');
    expect(await seats('2006-01-01')).toEqual([
      { memberOrganisation: { name: 'North Testshire PCT', kind: 'PRIMARY_CARE_TRUST' }, canCommitResources: null },
    ]);
    expect(await seats('2009-01-01')).toEqual([
      { memberOrganisation: { name: 'Testshire PCT', kind: 'PRIMARY_CARE_TRUST' }, canCommitResources: false },
    ]);

    const found = await api.query(
      `{ organisations(filter: { nameContains: "teaching pct" }) { nodes { name names { name validFrom validTo } predecessors { kind occurredOn predecessor { name } } } } }`,
    );
    expect(found.data.organisations.nodes).toEqual([
      {
        name: 'Testshire PCT',
        names: [
          { name: 'Testshire Teaching PCT', validFrom: '2006-10-01', validTo: '2008-01-01' },
          { name: 'Testshire PCT', validFrom: '2008-01-01', validTo: null },
        ],
        predecessors: [{ kind: 'MERGER', occurredOn: '2006-10-01', predecessor: { name: 'North Testshire PCT' } }],
      },
    ]);
  });

  it('finds organisations based in an area or serving an area within it', async () => {
    const areaId = (await api.query(`query($code: String!) { area(code: $code) { id } }`, { code: world.county.code }))
      .data.area.id;
    const response = await api.query(
      `query($area: ID!) { organisations(filter: { area: $area }) { totalCount nodes { name } } }`,
      { area: areaId },
    );
    expect(response.data.organisations.nodes.map((node: Loose) => node.name)).toEqual([
      'Elsewhere Constabulary',
      'Testshire County Council',
      'Testshire PCT',
    ]);
    expect(response.data.organisations.totalCount).toBe(3);
  });

  it('finds a body by an alias, and reads its legal status as it changed', async () => {
    const response = await api.query(`{ bodies(filter: { nameContains: "young testshire" }) { nodes { name aliases
      before: legalStatus(asOf: "2008-01-01") after: legalStatus(asOf: "2011-01-01") } } }`);
    expect(response.data.bodies.nodes).toEqual([
      {
        name: 'Testshire Children’s Trust',
        aliases: ['Young Testshire Strategic Partnership'],
        before: 'NON_LEGAL_PARTNERSHIP',
        after: 'STATUTORY_BODY',
      },
    ]);
  });

  it('fetches any object by global id, several at once, null for ids that name nothing', async () => {
    const missing = Buffer.from('Body:00000000-0000-0000-0000-000000000000').toString('base64url');
    const response = await api.query(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Body { name } } }`,
      {
        ids: [world.boardId, world.lspId, missing],
      },
    );
    expect(response.data.nodes).toEqual([
      { __typename: 'Body', id: world.boardId, name: 'Testshire Children’s Trust' },
      { __typename: 'Body', id: world.lspId, name: 'Testshire Partnership' },
      null,
    ]);
    const bad = await api.query(`{ node(id: "not-an-id") { id } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
