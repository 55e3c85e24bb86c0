import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changes, deniedWrites, organisations } from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type GraphQLResponse, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const make = factories(database.db);
  const area = await make.area({ code: 'T-BOUNDS', name: 'Boundshire' });
  const council = await make.organisation({ code: 'boundshire-council', name: 'Boundshire Council' });
  const board = await make.body(area.id, { name: 'Boundshire board', validFrom: '2005-04-01' });
  return {
    areaId: toGlobalId('Area', area.id),
    councilId: toGlobalId('Organisation', council.id),
    boardId: toGlobalId('Body', board.id),
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

/** Refused as BAD_USER_INPUT naming `field`, before any SQL; 400 when refused before execution, as most are. */
export function expectBadInput(response: GraphQLResponse, field: string, ...reasons: string[]) {
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  for (const reason of reasons) expect(response.errors?.[0]?.message).toContain(reason);
  expect(response.statements).toBe(0);
}

const rowsIn = async (table: typeof changes | typeof deniedWrites | typeof organisations) =>
  (await database.db.select({ rows: count() }).from(table))[0]!.rows;

const searchOrganisations = `query($filter: OrganisationFilter) { organisations(filter: $filter) { totalCount } }`;
const createOrganisation = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) {
  organisation { id name } } }`;
const newOrganisation = { name: 'Boundshire PCT', kind: 'PRIMARY_CARE_TRUST', validFrom: '2002-04-01' };

describe('free text', () => {
  it('takes a search up to its limit, counting characters as PostgreSQL does, and refuses one longer', async () => {
    expect((await api.query(searchOrganisations, { filter: { nameContains: 'a'.repeat(200) } })).status).toBe(200);
    const emoji = await api.query(searchOrganisations, { filter: { nameContains: '😀'.repeat(200) } });
    expect(emoji.errors).toBeUndefined();
    const long = await api.query(searchOrganisations, { filter: { nameContains: 'a'.repeat(100_000) } });
    expect(long.status).toBe(400);
    expectBadInput(long, 'filter.nameContains', 'at most 200 characters', 'got 100000');
  });

  it('checks the variables of each request, however often the same document came before within bounds', async () => {
    const within = { filter: { nameContains: 'Boundshire' } };
    const over = { filter: { nameContains: 'a'.repeat(201) } };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect((await api.query(searchOrganisations, within)).errors).toBeUndefined();
      expectBadInput(await api.query(searchOrganisations, over), 'filter.nameContains', 'at most 200 characters');
    }
  });

  it('refuses NUL in a literal, a variable, a list item and a nested input', async () => {
    expectBadInput(
      await api.query('{ organisations(filter: { nameContains: "a\\u0000" }) { totalCount } }'),
      'filter.nameContains',
      'NUL',
    );
    expectBadInput(
      await api.query(searchOrganisations, { filter: { codes: ['a', 'b', 'c\u0000'] } }),
      'filter.codes[2]',
    );
    const funders = `mutation($input: SetPostFundersInput!) { setPostFunders(input: $input) { post { id } } }`;
    const input = { post: toGlobalId('Post', '00000000-0000-0000-0000-000000000001'), expectedVersion: 1 };
    const nested = await api.query(funders, {
      input: { ...input, funders: [{ organisation: `${world.councilId}\u0000` }] },
    });
    expectBadInput(nested, 'input.funders[0].organisation', 'NUL');
  });

  it('refuses other control characters and lone surrogates, but takes tabs and line breaks', async () => {
    expectBadInput(
      await api.query(searchOrganisations, { filter: { nameContains: 'red\u001b[31m' } }),
      'filter.nameContains',
      'U+001B',
    );
    expectBadInput(
      await api.query(searchOrganisations, { filter: { nameContains: 'a\u0085' } }),
      'filter.nameContains',
      'U+0085',
    );
    expectBadInput(
      await api.query(searchOrganisations, { filter: { nameContains: 'a\ud800' } }),
      'filter.nameContains',
      'lone surrogate',
    );
    const spaced = await api.query(searchOrganisations, { filter: { nameContains: 'Bounds\tshire\r\n' } });
    expect(spaced.errors).toBeUndefined();
  });

  it('refuses an oversized or unprintable create, writing nothing, not even a denial', async () => {
    const [organisationsBefore, changesBefore, deniedBefore] = [
      await rowsIn(organisations),
      await rowsIn(changes),
      await rowsIn(deniedWrites),
    ];
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ name: 'n'.repeat(301) }, 'input.name', 'at most 300 characters; got 301'],
      [{ name: 'Boundshire\u0000PCT' }, 'input.name', 'NUL'],
      [{ code: 'c'.repeat(65) }, 'input.code', 'at most 64 characters; got 65'],
      [{ clientMutationId: 'k'.repeat(201) }, 'input.clientMutationId', 'at most 200'],
      [{ validFrom: '0000-01-01' }, 'input.validFrom', 'outside the dates'],
      [{ area: 'garbage' }, 'input.area', 'not an id this API gave out'],
    ];
    for (const [change, field, reason] of refusals) {
      const response = await api.query(createOrganisation, { input: { ...newOrganisation, ...change } });
      expect(response.status).toBe(400);
      expectBadInput(response, field, reason);
    }
    expect([await rowsIn(organisations), await rowsIn(changes), await rowsIn(deniedWrites)]).toEqual([
      organisationsBefore,
      changesBefore,
      deniedBefore,
    ]);
    const atTheLimit = await api.query(createOrganisation, { input: { ...newOrganisation, name: 'n'.repeat(300) } });
    expect(atTheLimit.errors).toBeUndefined();
  });

  it('holds long text to 10 000 characters', async () => {
    const line = `mutation($input: RecordAccountabilityLineInput!) { recordAccountabilityLine(input: $input) { line { id } } }`;
    const input = { from: world.boardId, to: world.councilId, kind: 'ACCOUNTABLE_TO', validFrom: '2006-01-01' };
    expectBadInput(
      await api.query(line, { input: { ...input, note: 'n'.repeat(10_001) } }),
      'input.note',
      'at most 10000',
    );
  });
});

describe('lists', () => {
  it('caps ids, codes, areas and a mutation’s lists', async () => {
    const ids = Array(101).fill(world.boardId);
    expectBadInput(
      await api.query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }),
      'ids',
      'at most 100 items; got 101',
    );
    const codes = Array(101).fill('E10000028');
    expectBadInput(await api.query(searchOrganisations, { filter: { codes } }), 'filter.codes', 'at most 100 items');
    const graph = 'query($codes: [String!]) { partnershipGraph(areaCodes: $codes, depth: 1) { nodes { id } } }';
    expectBadInput(await api.query(graph, { codes: codes.slice(0, 51) }), 'areaCodes', 'at most 50 items; got 51');
    const delegate = `mutation($input: DelegatePowerInput!) { delegatePower(input: $input) { delegation { id } } }`;
    const input = { power: toGlobalId('Power', '00000000-0000-0000-0000-000000000001'), delegator: world.councilId };
    const delegation = { ...input, delegate: world.boardId, scope: 'All of it', validFrom: '2006-04-01' };
    const reserved = Array(101).fill('Changes to the pooling agreement');
    expectBadInput(
      await api.query(delegate, { input: { ...delegation, reservedMatters: reserved } }),
      'input.reservedMatters',
    );
    expectBadInput(
      await api.query(delegate, { input: { ...delegation, reservedMatters: ['ok', 'x'.repeat(301)] } }),
      'input.reservedMatters[1]',
    );
  });

  it('takes a list literal, or a single value where a list is expected, through the same checks', async () => {
    expectBadInput(await api.query('{ nodes(ids: ["garbage"]) { id } }'), 'ids[0]', 'not an id this API gave out');
    expectBadInput(await api.query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: 'garbage' }), 'ids');
  });
});

describe('numbers', () => {
  const page = 'query($first: Int) { organisations(first: $first) { totalCount } }';

  it('refuses a page size out of range, and an Int past 32 bits, naming the argument', async () => {
    for (const first of [0, -1, 101, 1e9])
      expectBadInput(await api.query(page, { first }), 'first', 'between 1 and 100');
    const overflow = await api.query(page, { first: 1e10 });
    expect(overflow.status).toBe(400);
    expectBadInput(overflow, 'first', 'non 32-bit signed integer');
    expectBadInput(await api.query(page, { first: 'ten' }), 'first', 'Int cannot represent');
    // A literal of the wrong type makes the document itself invalid.
    expect(
      (await api.query('{ organisations(first: 10000000000) { totalCount } }')).errors?.[0]?.extensions?.code,
    ).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses amounts below nothing or past what a numeric(14, 2) column holds, and shares past 100', async () => {
    const contribute = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { contribution { id } } }`;
    const input = {
      arrangement: toGlobalId('BudgetArrangement', '00000000-0000-0000-0000-000000000001'),
      financialYear: '2008-09',
    };
    for (const amount of [-0.01, 1e12, 1e15, 1.7e308]) {
      expectBadInput(
        await api.query(contribute, { input: { ...input, amount } }),
        'input.amount',
        'between 0 and 999999999999.99',
      );
    }
    const funders = `mutation($input: SetPostFundersInput!) { setPostFunders(input: $input) { post { id } } }`;
    const post = { post: toGlobalId('Post', '00000000-0000-0000-0000-000000000001'), expectedVersion: 1 };
    const share = { ...post, funders: [{ organisation: world.councilId, sharePercent: 1000 }] };
    expectBadInput(await api.query(funders, { input: share }), 'input.funders[0].sharePercent', 'between 0 and 100');
  });

  it('refuses a graph depth out of range', async () => {
    const graph = 'query($depth: Int!) { partnershipGraph(areaCodes: ["T-BOUNDS"], depth: $depth) { nodes { id } } }';
    expectBadInput(await api.query(graph, { depth: -1 }), 'depth');
    expectBadInput(await api.query(graph, { depth: 2 ** 31 }), 'depth');
  });
});

describe('shapes', () => {
  it('answers deeply nested or misshapen variables with a 400, never a 500', async () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 2_000; level += 1) deep = { deeper: deep };
    const nested = await api.query(createOrganisation, { input: { ...newOrganisation, extra: deep } });
    expect(nested.status).toBe(400);
    expect(nested.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    let lists: unknown = 'x';
    for (let level = 0; level < 2_000; level += 1) lists = [lists];
    const listed = await api.query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: lists });
    expect(listed.status).toBe(400);
    expect(listed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('names the input path of an enum value that does not exist', async () => {
    const bodies = 'query($kinds: [BodyKind!]) { bodies(filter: { kinds: $kinds }) { totalCount } }';
    expectBadInput(await api.query(bodies, { kinds: ['LSCB', 'NOPE'] }), 'filter.kinds[1]', 'NOPE');
  });
});
