import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../seeds/index';
import { startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

let database: TestDatabase;
let api: TestApi;
let variables: Record<string, string>;

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database.db);
  api = await startApi(database.db);
  const staffordshire = await api.query('{ area(code: "E10000028") { bodies { id kind memberships { id } } } }');
  const pct = await api.query('{ organisations(filter: { kinds: [PRIMARY_CARE_TRUST] }, first: 1) { nodes { id } } }');
  const bodies: { id: string; kind: string; memberships: { id: string }[] }[] = staffordshire.data.area.bodies;
  const board = bodies.find((body) => body.kind === 'CHILDRENS_TRUST_BOARD') ?? bodies[0]!;
  variables = {
    board: board.id,
    seat: board.memberships[0]!.id,
    cluster: bodies.at(-1)!.id,
    pct: pct.data.organisations.nodes[0].id,
  };
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

/** The variables an example declares, from the seeded registry. */
const variablesOf = (example: string) =>
  Object.fromEntries([...example.matchAll(/\$(\w+):/g)].map(([, name]) => [name!, variables[name!]]));

describe('the README examples pass the input bounds', () => {
  it('has examples to try', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  it.each(examples.map((example) => [example.split('\n')[0]!.slice(0, 60), example]))('%s', async (_start, example) => {
    const response = await api.query(example, variablesOf(example));
    // A write may meet a rule of the domain (the seeded seat may exist already); the bounds never refuse it.
    expect(response.status, JSON.stringify(response.errors)).toBe(200);
    if (!example.trimStart().startsWith('mutation')) expect(response.errors).toBeUndefined();
  });

  it('the create sent with an Idempotency-Key', async () => {
    const token = await api.identity.sign({ org: 'registry-administration', roles: ['administrator'] });
    const client = api.withHeaders({
      authorization: `Bearer ${token}`,
      'idempotency-key': '3f0c8a52-6d1e-4b8e-9a51-2c7d0e4b9f11',
    });
    const input = { employer: variables.pct, title: 'Joint commissioner', validFrom: '2008-04-01' };
    const mutation = 'mutation($input: CreatePostInput!) { createPost(input: $input) { post { id version } } }';
    const response = await client.query(mutation, { input });
    expect(response.status).toBe(200);
  });
});
