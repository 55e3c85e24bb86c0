import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64url, decodeGlobalId, toGlobalId } from '../src/shared/global-id';
import { startApi, type GraphQLResponse, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const make = factories(database.db);
  const area = await make.area({ code: 'T-FORGED', name: 'Forgeshire' });
  const council = await make.organisation({ code: 'forgeshire-council', name: 'Forgeshire Council' });
  await make.organisation({ code: 'forgeshire-police', name: 'Forgeshire Police' });
  const board = await make.body(area.id, { name: 'Forgeshire board', validFrom: '2005-04-01' });
  return {
    areaId: toGlobalId('Area', area.id),
    councilId: toGlobalId('Organisation', council.id),
    boardId: toGlobalId('Body', board.id),
    boardRowId: board.id,
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

function expectBadInput(response: GraphQLResponse, field: string, ...reasons: string[]) {
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  for (const reason of reasons) expect(response.errors?.[0]?.message).toContain(reason);
  expect(response.statements).toBe(0);
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const uuid = '0000000a-0000-4000-8000-00000000000b';

describe('dates', () => {
  const body = 'query($id: ID!, $asOf: Date) { body(id: $id, asOf: $asOf) { name } }';
  const impossible: [string, string][] = [
    ['0000-01-01', 'outside the dates the registry holds, 1800-01-01 to 9999-12-31'],
    ['1799-12-31', 'outside the dates'],
    ['2008-02-30', 'not a day of the calendar'],
    ['2007-02-29', 'not a day of the calendar'],
    ['2008-13-01', 'not a day of the calendar'],
    ['10000-01-01', 'not a date in the form YYYY-MM-DD'],
    ['2008-4-1', 'not a date in the form YYYY-MM-DD'],
    ['yesterday', 'not a date in the form YYYY-MM-DD'],
  ];

  it.each(impossible)('refuses %s as a variable and as a literal, naming the argument', async (asOf, reason) => {
    const variable = await api.query(body, { id: world.boardId, asOf });
    expect(variable.status).toBe(400);
    expectBadInput(variable, 'asOf', reason);
    const literal = await api.query(`{ body(id: "${world.boardId}", asOf: "${asOf}") { name } }`);
    expect(literal.status).toBe(400);
    expectBadInput(literal, 'asOf', reason);
  });

  it('takes the first and last supported days and 29 February of a leap year', async () => {
    for (const asOf of ['1800-01-01', '9999-12-31', '2008-02-29']) {
      const response = await api.query(body, { id: world.boardId, asOf });
      expect(response.errors, asOf).toBeUndefined();
    }
  });

  it('refuses an impossible date in a variable’s default and in a mutation input', async () => {
    const defaulted = `query($asOf: Date = "0000-01-01") { body(id: "${world.boardId}", asOf: $asOf) { name } }`;
    expectBadInput(await api.query(defaulted), 'asOf');
    const changes = `query($from: Date) { changes(area: "${world.areaId}", from: $from) { totalCount } }`;
    expectBadInput(await api.query(changes, { from: '0000-12-31' }), 'from');
    const post = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;
    const input = { employer: world.councilId, title: 'Joint commissioner', validFrom: '2008-02-30' };
    expectBadInput(await api.query(post, { input }), 'input.validFrom', 'not a day of the calendar');
  });
});

describe('cursors', () => {
  const organisations =
    'query($after: String) { organisations(first: 1, after: $after) { nodes { code } pageInfo { endCursor } } }';

  it('continues from a cursor it gave out', async () => {
    const first = await api.query(organisations);
    const next = await api.query(organisations, { after: first.data.organisations.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data.organisations.nodes).not.toEqual(first.data.organisations.nodes);
  });

  const forged: [string, string][] = [
    ['garbage', 'garbage'],
    ['base64 of nonsense', base64('nonsense')],
    ['base64 of an object', base64('{"sortKey":"a","id":"b"}')],
    ['a row id that is no UUID', base64(JSON.stringify(['Forgeshire', 'not-a-uuid']))],
    ['a row id in capitals', base64(JSON.stringify(['Forgeshire', uuid.toUpperCase()]))],
    ['a third part', base64(JSON.stringify(['Forgeshire', uuid, 'more']))],
    ['a sort key that is no text', base64(JSON.stringify([7, uuid]))],
    ['a NUL in the sort key', base64(JSON.stringify(['Forge\u0000shire', uuid]))],
    ['padding', `${base64(JSON.stringify(['Forgeshire', uuid]))}==`],
  ];

  it.each(forged)('refuses %s, naming after', async (_name, after) => {
    expectBadInput(await api.query(organisations, { after }), 'after', 'not a cursor this API gave out');
  });

  it('refuses a huge cursor before execution', async () => {
    const response = await api.query(organisations, { after: 'A'.repeat(2_001) });
    expect(response.status).toBe(400);
    expectBadInput(response, 'after', 'at most 2000 characters');
  });

  it('refuses a cursor of a list ordered by name where one ordered by date or time continues', async () => {
    const nameCursor = base64(JSON.stringify(['Forgeshire', uuid]));
    for (const query of [
      'query($after: String) { plans(after: $after) { totalCount } }',
      'query($after: String) { delegations(after: $after) { totalCount } }',
      'query($after: String) { decisions(after: $after) { totalCount } }',
      `query($after: String) { changes(area: "${world.areaId}", after: $after) { totalCount } }`,
    ]) {
      expectBadInput(await api.query(query, { after: nameCursor }), 'after', 'a cursor of a list in another order');
    }
    const impossibleDay = base64(JSON.stringify(['0000-01-01', uuid]));
    expectBadInput(
      await api.query('query($after: String) { plans(after: $after) { totalCount } }', { after: impossibleDay }),
      'after',
    );
  });
});

describe('ids', () => {
  const node = 'query($id: ID!) { node(id: $id) { id } }';
  const forged: [string, string][] = [
    ['garbage', 'garbage'],
    ['an unknown type', base64(`Nothing:${uuid}`)],
    ['a row id that is no UUID', base64('Body:not-a-uuid')],
    ['a row id PostgreSQL would still cast', base64(`Body:${uuid.toUpperCase()}`)],
    ['no separator', base64(uuid)],
    ['a number', '12345'],
  ];

  it.each(forged)('refuses %s in any ID argument or input, before any SQL', async (_name, id) => {
    const response = await api.query(node, { id });
    expect(response.status).toBe(400);
    expectBadInput(response, 'id', 'not an id this API gave out');
    expectBadInput(
      await api.query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [world.boardId, id] }),
      'ids[1]',
    );
    const update = `mutation($input: UpdateBodyInput!) { updateBody(input: $input) { body { id } } }`;
    expectBadInput(await api.query(update, { input: { body: id, expectedVersion: 1, name: 'Renamed' } }), 'input.body');
  });

  it('refuses an id of the wrong type, naming the argument', async () => {
    expectBadInput(await api.query('query($id: ID!) { body(id: $id) { name } }', { id: world.councilId }), 'id');
    const chain = 'query($from: ID!) { accountabilityChain(from: $from) { cyclic } }';
    expectBadInput(await api.query(chain, { from: world.areaId }), 'from');
    const filter = 'query($area: ID) { bodies(filter: { area: $area }) { totalCount } }';
    expectBadInput(await api.query(filter, { area: world.boardId }), 'filter.area');
  });

  it('answers null for an id of ours that names nothing', async () => {
    const response = await api.query(node, { id: toGlobalId('Body', uuid) });
    expect(response.errors).toBeUndefined();
    expect(response.data.node).toBeNull();
  });

  it('are written as Buffer writes base64url, every length and letter, so ids given out before stay valid', () => {
    const texts = ['', 'a', 'ab', 'abc', '~~~', '>>>?', 'Körperschaft', 'Organisation:' + uuid];
    for (let length = 1; length <= 40; length += 1)
      texts.push(String.fromCharCode(...Array.from({ length }, (_, i) => 32 + ((i * 37 + length) % 95))));
    for (const text of texts) expect(base64url(text)).toBe(Buffer.from(text, 'utf8').toString('base64url'));
    const dated = toGlobalId('Membership', uuid, '2006-04-01');
    expect(decodeGlobalId(dated)).toEqual({ type: 'Membership', rowId: uuid, asOf: '2006-04-01' });
  });
});
