import { readFileSync } from 'node:fs';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { Client as UrqlClient, cacheExchange, fetchExchange } from '@urql/core';
import { buildSchema, isAbstractType, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../seeds/index';
import { administrationCode, startApi, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * Apollo Client and urql, each in its default configuration, against the real server: what a dashboard built on
 * them would store and show must be exactly what the server answers, however their caches key the objects.
 */
let database: TestDatabase;
let api: TestApi;
let headers: Record<string, string>;
let variables: Record<string, string>;

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const readmeQueries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((match) => match[1]!)
  .filter((example) => !example.trimStart().startsWith('mutation'));

/** `possibleTypes` as Apollo's documentation has it generated: every interface and union of the committed schema. */
function possibleTypesOf(sdl: string): Record<string, string[]> {
  const schema = buildSchema(sdl);
  const abstract = Object.values(schema.getTypeMap()).filter(isAbstractType);
  return Object.fromEntries(abstract.map((type) => [type.name, schema.getPossibleTypes(type).map((t) => t.name)]));
}
const possibleTypes = possibleTypesOf(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));

const apollo = () =>
  new ApolloClient({
    link: new HttpLink({ uri: `${api.url}/graphql`, headers }),
    cache: new InMemoryCache({ possibleTypes }),
  });

// urql sends queries as GET by default; until GET is served without it, the preflight header lets them through.
const urql = () =>
  new UrqlClient({
    url: `${api.url}/graphql`,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: () => ({ headers: { ...headers, 'apollo-require-preflight': 'true' } }),
  });

/** The server's own answer, with `__typename` where the clients add it, so the two can be compared as they are. */
async function serverAnswer(document: string, vars: Record<string, unknown> = {}) {
  const response = await api.query(withTypenames(document), vars);
  expect(response.errors).toBeUndefined();
  return response.data;
}
const withTypenames = (document: string) => print(addTypenameToDocument(gql(document)));

const dated = `query($id: ID!) {
  then: body(id: $id, asOf: "2006-01-01") { id recordId memberships { id } }
  now: body(id: $id) { id recordId memberships { id } }
}`;
const thenOnly = `query($id: ID!) { body(id: $id, asOf: "2006-01-01") { id memberships { id } } }`;
const nowOnly = `query($id: ID!) { body(id: $id) { id memberships { id } } }`;
const graph = `query($codes: [String!]) {
  partnershipGraph(areaCodes: $codes, asOf: "2008-06-01", depth: 1) {
    nodes { id recordId label inArea distance }
    edges { id recordId kind source target }
  }
}`;
const page = `query($after: String) {
  organisations(first: 3, after: $after) {
    edges { cursor node { id name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const nodeQuery = `query($id: ID!) {
  node(id: $id) { id ... on Body { name kind } ... on Organisation { name code } ... on Area { name } }
}`;
const createPost = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id title employer { id name } } } }`;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database.db);
  api = await startApi(database.db);
  const token = await api.identity.sign({
    org: administrationCode,
    roles: ['administrator'],
    sub: 'test administrator',
  });
  headers = { authorization: `Bearer ${token}` };
  const found = await api.query(`{ bodies(filter: { nameContains: "Staffordshire Children's Trust" }, first: 1) {
    nodes { id } } area(code: "E10000028") { bodies { id kind } childAreas { code } } }`);
  const pct = await api.query('{ organisations(filter: { kinds: [PRIMARY_CARE_TRUST] }, first: 1) { nodes { id } } }');
  const bodies: { id: string; kind: string }[] = found.data.area.bodies;
  variables = {
    trust: found.data.bodies.nodes[0].id,
    board: (bodies.find((body) => body.kind === 'CHILDRENS_TRUST_BOARD') ?? bodies[0]!).id,
    cluster: bodies.at(-1)!.id,
    pct: pct.data.organisations.nodes[0].id,
    district: found.data.area.childAreas[0].code,
  };
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

const variablesOf = (example: string) =>
  Object.fromEntries([...example.matchAll(/\$(\w+):/g)].map(([, name]) => [name!, variables[name!]]));

describe('the two dated-read cases give the server’s answers', () => {
  it('has a record whose seats differ between the two dates, so the case is real', async () => {
    const answer = await serverAnswer(dated, { id: variables.trust });
    expect(answer.then.memberships.length).not.toBe(answer.now.memberships.length);
    expect(answer.then.recordId).toBe(answer.now.recordId);
    expect(answer.then.id).not.toBe(answer.now.id);
  });

  it('Apollo Client keeps a record read as at two dates apart, in one query and across queries', async () => {
    const client = apollo();
    const expected = await serverAnswer(dated, { id: variables.trust });
    const both = await client.query({ query: gql(dated), variables: { id: variables.trust } });
    expect(both.data).toEqual(expected);
    const then = await client.query({ query: gql(thenOnly), variables: { id: variables.trust } });
    await client.query({ query: gql(nowOnly), variables: { id: variables.trust } });
    const thenAgain = await client.query({ query: gql(thenOnly), variables: { id: variables.trust } });
    expect(then.data).toEqual(await serverAnswer(thenOnly, { id: variables.trust }));
    expect(thenAgain.data).toEqual(then.data);
    const cached = client.readQuery({ query: gql(dated), variables: { id: variables.trust } });
    expect(cached).toEqual(expected);
  });

  it('Apollo Client keeps a county’s graph and a district’s apart where they share nodes', async () => {
    const client = apollo();
    const county = await serverAnswer(graph, { codes: ['E10000028'] });
    const district = await serverAnswer(graph, { codes: [variables.district] });
    const inBoth = county.partnershipGraph.nodes.filter((node: Loose) =>
      district.partnershipGraph.nodes.some(
        (other: Loose) => other.recordId === node.recordId && other.distance !== node.distance,
      ),
    );
    expect(inBoth.length).toBeGreaterThan(0);
    await client.query({ query: gql(graph), variables: { codes: ['E10000028'] } });
    const second = await client.query({ query: gql(graph), variables: { codes: [variables.district] } });
    const first = await client.query({ query: gql(graph), variables: { codes: ['E10000028'] } });
    expect(second.data).toEqual(district);
    expect(first.data).toEqual(county);
  });

  it('urql gives the server’s answers for both cases', async () => {
    const client = urql();
    const both = await client.query(dated, { id: variables.trust }).toPromise();
    expect(both.error).toBeUndefined();
    expect(both.data).toEqual(await serverAnswer(dated, { id: variables.trust }));
    await client.query(graph, { codes: [variables.district] }).toPromise();
    const county = await client.query(graph, { codes: ['E10000028'] }).toPromise();
    expect(county.data).toEqual(await serverAnswer(graph, { codes: ['E10000028'] }));
  });
});

describe('the README’s queries', () => {
  it.each(readmeQueries)('Apollo Client and urql answer as the server does: %s', async (example) => {
    const vars = variablesOf(example);
    const expected = await serverAnswer(example, vars);
    const viaApollo = await apollo().query({ query: gql(example), variables: vars });
    expect(viaApollo.data).toEqual(expected);
    const viaUrql = await urql().query(example, vars).toPromise();
    expect(viaUrql.error).toBeUndefined();
    expect(viaUrql.data).toEqual(expected);
  });
});

describe('paging, node and a mutation', () => {
  async function threePages(fetchPage: (after: string | null) => Promise<Loose>) {
    const pages: Loose[] = [];
    let after: string | null = null;
    for (let index = 0; index < 3; index += 1) {
      const data = await fetchPage(after);
      pages.push(data.organisations);
      after = data.organisations.pageInfo.endCursor;
    }
    return pages;
  }

  it('pages through three pages with cursors, and back, as the server does', async () => {
    const client = apollo();
    const viaApollo = await threePages(
      async (after) => (await client.query({ query: gql(page), variables: { after } })).data,
    );
    const viaUrql = await threePages(async (after) => (await urql().query(page, { after }).toPromise()).data);
    const viaServer = await threePages((after) => serverAnswer(page, { after }));
    expect(viaApollo).toEqual(viaServer);
    expect(viaUrql).toEqual(viaServer);
    const ids = viaServer.flatMap((one) => one.edges.map((edge: Loose) => edge.node.id));
    expect(new Set(ids).size).toBe(9);
    expect(viaServer.map((one) => one.pageInfo.hasPreviousPage)).toEqual([false, true, true]);

    const back = `query($before: String) { organisations(last: 3, before: $before) {
      edges { node { id } } pageInfo { hasPreviousPage hasNextPage startCursor } } }`;
    const previous = await client.query({ query: gql(back), variables: { before: viaServer[2].pageInfo.startCursor } });
    expect(previous.data).toEqual(await serverAnswer(back, { before: viaServer[2].pageInfo.startCursor }));
    expect((previous.data as Loose).organisations.edges.map((edge: Loose) => edge.node.id)).toEqual(ids.slice(3, 6));
    expect((previous.data as Loose).organisations.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it('fetches objects by node(id:) with fragments on their types, dated ids as at their date', async () => {
    const client = apollo();
    const datedTrust = (await serverAnswer(dated, { id: variables.trust })).then.id;
    for (const id of [variables.trust, variables.pct, datedTrust]) {
      const expected = await serverAnswer(nodeQuery, { id });
      expect(expected.node.id).toBe(id);
      expect((await client.query({ query: gql(nodeQuery), variables: { id } })).data).toEqual(expected);
      expect((await urql().query(nodeQuery, { id }).toPromise()).data).toEqual(expected);
    }
  });

  it('sends a mutation whose payload the cache keeps under the id the server gave', async () => {
    const client = apollo();
    const input = { employer: variables.pct, title: 'Joint commissioner (client test)', validFrom: '2008-04-01' };
    const created = await client.mutate({ mutation: gql(createPost), variables: { input } });
    const post = (created.data as Loose).createPost.post;
    expect(post).toMatchObject({ title: input.title, employer: { id: variables.pct } });
    const cached = client.readFragment({
      id: client.cache.identify({ __typename: 'Post', id: post.id }),
      fragment: gql`
        fragment CreatedPost on Post {
          id
          title
        }
      `,
    });
    expect(cached).toEqual({ __typename: 'Post', id: post.id, title: input.title });
    const postQuery = `query($id: ID!) { node(id: $id) { id ... on Post { title } } }`;
    expect((await serverAnswer(postQuery, { id: post.id })).node).toEqual(cached);

    const again = { ...input, title: 'Joint commissioner (urql)' };
    const viaUrql = await urql().mutation(createPost, { input: again }).toPromise();
    expect(viaUrql.error).toBeUndefined();
    expect(viaUrql.data.createPost.post).toMatchObject({ title: again.title, employer: { id: variables.pct } });
  });
});
