import { readFileSync } from 'node:fs';
import {
  getNamedType,
  isLeafType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLList,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printInputBounds } from '../src/schema-sdl';
import { buildRegistrySchema } from '../src/server';
import { boundsOf, maxLength, takesFloat, takesList, takesText } from '../src/shared/input-bounds';
import { inputPositions } from '../src/shared/input-positions';
import { startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { placeholder, sweepTargets, type Target } from './support/input-sweep';

let database: TestDatabase;
let api: TestApi;
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildRegistrySchema();
  database = await createTestDatabase();
  api = await startApi(database.db);
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

/** The scalars the input check knows how to bound; a new one needs a decision before it can take input. */
const knownInputScalars = ['Boolean', 'Date', 'Float', 'ID', 'Int', 'String'];

describe('every input in the schema is bounded', () => {
  it('schema/input-bounds.txt is what the code declares (run `npm run schema:emit`)', async () => {
    const committed = readFileSync(new URL('../schema/input-bounds.txt', import.meta.url), 'utf8');
    expect(committed).toBe(await printInputBounds());
  });

  it('gives every text input a length, every list a number of items, every Float a range', () => {
    const positions = inputPositions(schema);
    expect(positions.length).toBeGreaterThan(200);
    for (const { coordinate, position, field, declared } of positions) {
      const bounds = boundsOf(position, field);
      const type = position.type;
      if (takesText(type)) expect(Object.values(maxLength), coordinate).toContain(bounds.maxLength);
      if (takesList(type)) expect(bounds.maxItems, coordinate).toBeLessThanOrEqual(100);
      if (takesFloat(type)) expect(declared?.range, `${coordinate} declares no range`).toBeDefined();
      // A declaration must fit what the position takes, or it bounds nothing.
      if (declared?.text) expect(takesText(type), `${coordinate} takes no text`).toBe(true);
      if (declared?.items) expect(takesList(type), `${coordinate} takes no list`).toBe(true);
      if (declared?.range) expect(takesFloat(type), `${coordinate} takes no Float`).toBe(true);
      const named = getNamedType(type);
      if (isLeafType(named) && !('getValues' in named)) expect(knownInputScalars, coordinate).toContain(named.name);
    }
  });

  it('names only real arguments in @ArgumentBounds', () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const declared = Object.keys((field.extensions?.argumentBounds as object | undefined) ?? {});
        expect(
          field.args.map((argument) => argument.name),
          `${type.name}.${field.name}`,
        ).toEqual(expect.arrayContaining(declared));
      }
    }
  });

  it('sends values below to every text and list input there is, through the root fields or `node`', () => {
    const { targets, unreachable } = sweepTargets(schema);
    expect(unreachable).toEqual([]);
    const swept = new Set(targets.map((target) => target.coordinate));
    const bounded = inputPositions(schema).filter(
      ({ position }) => takesText(position.type) || takesList(position.type),
    );
    expect(bounded.map(({ coordinate }) => coordinate).filter((coordinate) => !swept.has(coordinate))).toEqual([]);
  });
});

/** The request is refused before execution, naming `path`, at the cost of no SQL. */
async function expectRefusedBefore(target: Target, value: unknown, ...reasons: string[]) {
  const { query, variables } = target.request(value);
  const response = await api.query(query, variables);
  const label = `${target.path} in ${query}`;
  expect(response.status, label).toBe(400);
  expect(response.errors?.[0]?.extensions, label).toMatchObject({ code: 'BAD_USER_INPUT', field: target.path });
  for (const reason of reasons) expect(response.errors?.[0]?.message, label).toContain(reason);
  expect(response.statements, label).toBe(0);
}

describe('every input in the schema refuses what breaks its bounds, before any SQL', () => {
  const targets = () => sweepTargets(schema).targets;

  it('refuses text one character too long, and text holding NUL', async () => {
    const texts = targets().filter((target) => target.kind === 'text');
    expect(texts.length).toBeGreaterThan(150);
    for (const target of texts) {
      const limit = target.bounds.maxLength;
      await expectRefusedBefore(target, 'x'.repeat(limit + 1), `at most ${limit}`, `got ${limit + 1}`);
      await expectRefusedBefore(target, 'a\u0000b', 'NUL');
    }
  });

  it('refuses an ID that is not one of ours, in every ID position', async () => {
    const ids = targets().filter((target) => target.kind === 'text' && getNamedType(target.type).name === 'ID');
    expect(ids.length).toBeGreaterThan(80);
    const notOurs = Buffer.from('Body:not-a-uuid').toString('base64url');
    for (const target of ids) await expectRefusedBefore(target, notOurs, 'not an id this API gave out');
  });

  it('refuses a list one item too long', async () => {
    const lists = targets().filter((target) => target.kind === 'list');
    expect(lists.length).toBeGreaterThan(25);
    for (const target of lists) {
      const limit = target.bounds.maxItems;
      const item = placeholder((target.type as GraphQLList<GraphQLInputType>).ofType);
      await expectRefusedBefore(target, Array(limit + 1).fill(item), `at most ${limit} items`, `got ${limit + 1}`);
    }
  });
});
