import { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistrySchema } from '../src/server';
import { startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let areaId: string;

const pageOfBodies = `
  query Page($area: ID!, $first: Int) {
    bodies(filter: { area: $area }, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        name
        memberships { role memberOrganisation { name kind } onBehalfOf { name } }
        linesOut { kind to { ... on Body { name } ... on Organisation { name } } }
      }
    }
  }`;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  const make = factories(database.db);
  const area = await make.area({ name: 'Statement county' });
  const partners = await Promise.all(Array.from({ length: 10 }, () => make.organisation()));
  const board = await make.body(area.id, { name: 'AAA board', kind: 'CHILDRENS_TRUST_BOARD', level: 'STRATEGIC' });
  const groups = await make.bodies(
    Array.from({ length: 119 }, (_, index) => ({
      name: `Group ${String(index).padStart(3, '0')}`,
      kind: 'THEME_SUB_GROUP' as const,
      level: 'EXECUTIVE' as const,
      areaId: area.id,
      validFrom: '2005-04-01',
    })),
  );
  await make.memberships(
    [board, ...groups].flatMap((body, index) =>
      [0, 1, 2].map((seat) => ({
        bodyId: body.id,
        memberOrganisationId: partners[(index + seat) % partners.length]!.id,
        role: seat === 0 ? ('CHAIR' as const) : ('MEMBER' as const),
        validFrom: '2005-04-01',
      })),
    ),
  );
  await make.lines(
    groups.map((group) => ({
      kind: 'SUB_GROUP_OF' as const,
      fromBodyId: group.id,
      toBodyId: board.id,
      validFrom: '2005-04-01',
    })),
  );
  areaId = (await api.query(`{ area(code: "${area.code}") { id } }`)).data.area.id;
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('reading bodies with their neighbours', () => {
  it('answers a page of 100 bodies with members, member organisations and lines in a fixed number of statements', async () => {
    const small = await api.query(pageOfBodies, { area: areaId, first: 5 });
    const large = await api.query(pageOfBodies, { area: areaId, first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.bodies.nodes).toHaveLength(100);
    expect(large.data.bodies.nodes[1].memberships).toHaveLength(3);
    expect(large.data.bodies.nodes[1].linesOut[0]).toEqual({ kind: 'SUB_GROUP_OF', to: { name: 'AAA board' } });
    // The page with its bodies' seats and lines out (and the rows those refer to), then the count: whatever the size.
    expect(large.statements).toBe(2);
    expect(small.statements).toBe(2);
  });

  it('reads a page of bodies with their seats and lines as the bodies read one by one would', async () => {
    const fields = `name
      memberships { id role votingRight memberOrganisation { name kind } memberPost { title } onBehalfOf { name } }
      chair { id memberOrganisation { name } }
      membershipsConnection(first: 2) { totalCount nodes { id } }
      linesOut { id kind to { ... on Body { name } ... on Organisation { name } } }
      parentBodies { name }`;
    const together = await api.query(
      `query($area: ID!) { bodies(filter: { area: $area }, first: 30) { nodes { ${fields} } } }`,
      { area: areaId },
    );
    // Each body read by id reads its seats and lines through their own loaders, batched: the answers must agree.
    const ids = await api.query(`query($area: ID!) { bodies(filter: { area: $area }, first: 30) { nodes { id } } }`, {
      area: areaId,
    });
    const apart = await api.query(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Body { ${fields} } } }`, {
      ids: ids.data.bodies.nodes.map((node: { id: string }) => node.id),
    });
    expect(together.errors).toBeUndefined();
    expect(apart.errors).toBeUndefined();
    expect(together.data.bodies.nodes).toEqual(apart.data.nodes);
    expect(together.data.bodies.nodes.some((body: any) => body.parentBodies.length > 0)).toBe(true);
    expect(together.statements).toBe(1);
    // A child asked as at another date is read apart, in its own statement.
    const dated = await api.query(
      `query($area: ID!) { bodies(filter: { area: $area }, first: 30) { nodes { memberships(asOf: "2006-01-01") { id } linesOut { id } } } }`,
      { area: areaId },
    );
    expect(dated.statements).toBe(2);
  });

  it('answers an organisation with its seats and their bodies in one statement, as the seats read apart', async () => {
    const seats = `id role votingRight member { ... on Organisation { name } } body { name kind }`;
    const { data } = await api.query(`{ organisations(first: 1) { nodes { id } } }`);
    const id = data.organisations.nodes[0].id;
    const together = await api.query(`query($id: ID!) { organisation(id: $id) { name memberships { ${seats} } } }`, {
      id,
    });
    // An asOf of its own on the seats (here the same day) reads them apart, as any other date would.
    const apart = await api.query(
      `query($id: ID!, $today: Date) { organisation(id: $id) { name memberships(asOf: $today) { ${seats} } } }`,
      { id, today: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()) },
    );
    expect(together.errors).toBeUndefined();
    expect(together.data.organisation.memberships.length).toBeGreaterThan(30);
    expect(together.data).toEqual(apart.data);
    expect(together.statements).toBe(1);
    expect(apart.statements).toBe(2);
  });

  it('reads plain fields as properties, with no resolver of their own, and keeps every field resolver', async () => {
    const schema = await buildRegistrySchema();
    const body = schema.getType('Body') as GraphQLObjectType;
    expect(body.getFields().name!.resolve).toBeUndefined();
    expect(body.getFields().memberships!.resolve).toBeTypeOf('function');
  });

  it('pages with cursors through every body exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await api.query(
        `query($area: ID!, $after: String) { bodies(filter: { area: $area }, first: 50, after: $after) {
          nodes { name } pageInfo { hasNextPage endCursor } } }`,
        { area: areaId, after },
      );
      seen.push(...page.data.bodies.nodes.map((node: { name: string }) => node.name));
      after = page.data.bodies.pageInfo.hasNextPage ? page.data.bodies.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen).toEqual([...seen].sort());
  });

  it('refuses a page larger than the cap, naming the argument', async () => {
    const response = await api.query(pageOfBodies, { area: areaId, first: 101 });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses an id of the wrong type, naming the argument', async () => {
    const response = await api.query(`query($id: ID!) { body(id: $id) { name } }`, { id: areaId });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
