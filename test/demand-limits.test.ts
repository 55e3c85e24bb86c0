import { readFileSync } from 'node:fs';
import { getIntrospectionQuery, Kind, parse, validate, type DocumentNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDemand } from '../src/config';
import { documentRules, registryCostEstimator } from '../src/limits/index';
import { buildGuardedSchema } from '../src/server';
import { startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

let database: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

/** organisations → memberships → body → memberships → memberOrganisation → …, `levels` fields deep. */
function deepQuery(levels: number): string {
  const steps = ['memberships', 'body', 'memberships', 'memberOrganisation'];
  let selection = 'name';
  for (let level = levels - 3; level > 0; level -= 1) selection = `${steps[(level - 1) % 4]} { ${selection} }`;
  return `{ organisations(first: 1) { nodes { ${selection} } } }`;
}

/** Each refusal happens before any resolver: a 400 naming the limit, and not one SQL statement. */
async function expectRefused(query: string, limit: string, variables?: Record<string, unknown>) {
  const response = await api.query(query, variables);
  expect(response.status).toBe(400);
  expect(response.data).toBeUndefined();
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit });
  expect(response.statements).toBe(0);
  return response.errors![0]!;
}

describe('demand limits, before execution', () => {
  it('refuses a query nested past the depth limit, saying by how much', async () => {
    const error = await expectRefused(deepQuery(16), 'depth');
    expect(error.extensions).toMatchObject({ maximum: defaultDemand.maxDepth, found: 16 });
    expect(error.message).toBe(`Query depth limit of ${defaultDemand.maxDepth} exceeded, found 16.`);
  });

  it('counts depth through named fragments and inline fragments', async () => {
    const query = `
      query { organisations(first: 1) { nodes { ...Seats } } }
      fragment Seats on Organisation { memberships { body { ...Members } } }
      fragment Members on Body { memberships { memberOrganisation { ... on Organisation { ...Seats2 } } } }
      fragment Seats2 on Organisation { memberships { body { memberships { memberOrganisation {
        memberships { body { memberships { id } } } } } } } }`;
    const error = await expectRefused(query, 'depth');
    expect(error.extensions?.found).toBe(14);
  });

  it('refuses too many aliases, __typename included', async () => {
    const typenames = Array.from({ length: 101 }, (_, i) => `t${i}: __typename`).join(' ');
    const error = await expectRefused(`{ ${typenames} }`, 'aliases');
    expect(error.extensions).toMatchObject({ maximum: defaultDemand.maxAliases, found: 101 });
  });

  it('refuses 50 aliased pages of 100 bodies with their members', async () => {
    const pages = Array.from({ length: 50 }, (_, i) => `p${i}: bodies(first: 100) { nodes { memberships { id } } }`);
    await expectRefused(`{ ${pages.join(' ')} }`, 'aliases');
  });

  it('refuses too many root fields, counted through fragments', async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `v${i}: viewer { subject }`).join(' ');
    const error = await expectRefused(`query { ...Root } fragment Root on Query { ${fields} }`, 'rootFields');
    expect(error.extensions).toMatchObject({ maximum: defaultDemand.maxRootFields, found: 21 });
  });

  it('caps the mutation fields of one request lower than queries', async () => {
    const fields = Array.from(
      { length: 50 },
      (_, i) =>
        `m${i}: endMembership(input: { membership: "x", endOn: "2020-01-01", expectedVersion: 1 }) { clientMutationId }`,
    );
    const response = await api.query(`mutation { ${fields.join(' ')} }`);
    expect(response.status).toBe(400);
    // 50 aliases also break the alias limit; both refusals are reported, and nothing runs.
    const limits = response.errors!.map((error) => error.extensions?.limit);
    expect(limits).toContain('mutationFields');
    expect(response.statements).toBe(0);
  });

  it('refuses too many directives', async () => {
    const fields = Array.from({ length: 21 }, () => '__typename @include(if: true)').join(' ');
    await expectRefused(`{ ${fields} }`, 'directives');
  });

  it('refuses a document of more tokens than the limit while parsing it', async () => {
    const fields = Array.from({ length: 6_000 }, () => '__typename').join(' ');
    const response = await api.query(`{ ${fields} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_PARSE_FAILED',
      limit: 'tokens',
      maximum: defaultDemand.maxTokens,
    });
    expect(response.errors?.[0]?.message).toBe('Token limit of 5000 exceeded: send a shorter document.');
    expect(response.statements).toBe(0);
  });

  it('weighs the cost with the variables of each request, not once per document', async () => {
    const query = `query ($n: Int) { bodies(first: $n) { nodes { memberships {
      memberOrganisation { memberships { body { name } } } } } } }`;
    const small = await api.query(query, { n: 1 });
    expect(small.errors).toBeUndefined();
    const error = await expectRefused(query, 'cost', { n: 100 });
    expect(error.extensions?.maximum).toBe(defaultDemand.maxCost);
    expect(error.extensions?.found as number).toBeGreaterThan(defaultDemand.maxCost);
    expect(error.message).toMatch(/^Query cost limit of 100000 exceeded, estimated \d+/);
    // The same document again, and again small: the cache of validated documents changes neither answer.
    await expectRefused(query, 'cost', { n: 100 });
    expect((await api.query(query, { n: 1 })).errors).toBeUndefined();
  });

  it('refuses a repeated document every time it is sent', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) await expectRefused(deepQuery(14), 'depth');
  });

  it('reports the cost of what it answers in x-query-cost', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await signAdministrator()}` },
      body: JSON.stringify({ query: '{ bodies(first: 10) { nodes { name } } }' }),
    });
    // bodies (1) + 10 × (nodes (1) + name (1))
    expect(response.headers.get('x-query-cost')).toBe('21');
  });
});

describe('the limits leave room for what users ask', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const bench = readFileSync(new URL('../bench/graph.ts', import.meta.url), 'utf8');
  const benchQueries = [...bench.matchAll(/Query = `([\s\S]*?)`;/g)].map((match) => match[1]!);

  it('finds the README examples and the benchmark queries', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
    expect(benchQueries.length).toBe(2);
  });

  it('passes every README example and benchmark query with room to spare: under half of each limit', async () => {
    const schema = await buildGuardedSchema();
    const half = { ...defaultDemand, maxDepth: defaultDemand.maxDepth / 2, maxAliases: 15, maxRootFields: 10 };
    for (const example of [...examples, ...benchQueries]) {
      const document = parse(example, { maxTokens: defaultDemand.maxTokens / 2 });
      expect(validate(schema, document, documentRules(half)), example).toEqual([]);
      const variables = placeholderVariables(document);
      const cost = getComplexity({ schema, query: document, variables, estimators: [registryCostEstimator] });
      expect(cost, example).toBeLessThan(defaultDemand.maxCost / 2);
    }
  });

  it('lets the explorer load the whole schema by introspection', async () => {
    const response = await api.query(getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
    expect(response.data.__schema.types.length).toBeGreaterThan(100);
  });
});

/** A value of the right type for each variable an example declares: its cost depends on the types, not the ids. */
function placeholderVariables(document: DocumentNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      let type = variable.type;
      const list = (type.kind === Kind.NON_NULL_TYPE ? type.type : type).kind === Kind.LIST_TYPE;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      const scalar = { Int: 1, Date: '2008-06-01', Boolean: true }[type.name.value] ?? 'placeholder';
      values[variable.variable.name.value] = list ? [scalar] : scalar;
    }
  }
  return values;
}

async function signAdministrator(): Promise<string> {
  return api.identity.sign({ org: 'registry-administration', roles: ['administrator'], sub: 'cost reader' });
}
