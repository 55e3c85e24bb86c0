import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyAliases,
  bodyDocuments,
  organisationIdentifiers,
  organisationNames,
  plans,
  posts,
} from '../schema/database/index';
import { sql } from 'drizzle-orm';
import { selectRows } from '../src/db';
import { folded, foldText } from '../src/modules/search/search.store';
import { startApi, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let county: { id: string; code: string };
let other: { id: string; code: string };

const searchQuery = `query($text: String!, $kinds: [SearchKind!], $areaCode: String, $asOf: Date, $first: Int) {
  search(text: $text, kinds: $kinds, areaCode: $areaCode, asOf: $asOf, first: $first) {
    kind matched matchedField score node { id __typename ... on Body { name } ... on Organisation { name } }
  } }`;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  const make = factories(database.db);
  county = await make.area({ name: 'Searchshire', code: 'E10099001', kind: 'COUNTY' });
  other = await make.area({ name: 'Elsewhere', code: 'E06099002' });
  const board = await make.body(county.id, {
    name: 'Searchshire Children’s Trust Board',
    kind: 'CHILDRENS_TRUST_BOARD',
    level: 'STRATEGIC',
  });
  await make.body(other.id, { name: "Elsewhere children's trust", kind: 'CHILDRENS_TRUST_BOARD', level: 'STRATEGIC' });
  await make.body(county.id, { name: 'Old Searchshire partnership', validFrom: '2003-01-01', validTo: '2006-01-01' });
  await database.db
    .insert(bodyAliases)
    .values({ bodyId: board.id, alias: 'Searchshire Children and Young People’s Partnership', validFrom: board.validFrom });
  await database.db.insert(bodyDocuments).values([
    {
      bodyId: board.id,
      kind: 'TERMS_OF_REFERENCE',
      title: 'Compact for Searchshire',
      documentVersion: '1',
      status: 'ADOPTED',
      adoptedOn: '2006-01-01',
    },
    { bodyId: board.id, kind: 'PROTOCOL', title: 'Secret draft protocol', documentVersion: '1', status: 'DRAFT' },
  ]);
  const pct = await make.organisation({
    name: 'Searchshire PCT',
    kind: 'PRIMARY_CARE_TRUST',
    areaId: county.id,
    code: 'searchshire/pct',
  });
  await database.db.insert(organisationNames).values([
    { organisationId: pct.id, name: 'Searchshire PCT', validFrom: '2006-10-01' },
    {
      organisationId: pct.id,
      name: 'North Sëarchshire Primary Care Trust',
      validFrom: '2002-04-01',
      validTo: '2006-10-01',
    },
  ]);
  await database.db
    .insert(organisationIdentifiers)
    .values({ organisationId: pct.id, scheme: 'ODS', value: '5QX', validFrom: '2006-10-01' });
  await database.db
    .insert(posts)
    .values({ title: 'Director of Children’s Services', employerId: pct.id, validFrom: '2005-01-01' });
  await database.db.insert(plans).values({
    kind: 'CYPP',
    title: 'Searchshire Children and Young People’s Plan',
    areaId: county.id,
    periodStart: '2006-04-01',
  });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

const search = async (variables: Record<string, unknown>) => {
  const response = await api.query(searchQuery, variables);
  expect(response.errors).toBeUndefined();
  return { hits: response.data.search as Loose[], statements: response.statements };
};

describe('search', () => {
  it.each(["children's trust", 'childrens trust', 'Children’s Trust', 'CHILDRENS   TRUST', 'trust childrens'])(
    '"%s" finds both trusts whatever the apostrophe, case, spacing or word order',
    async (text) => {
      const { hits } = await search({ text, kinds: ['BODY'] });
      expect(hits.map((hit) => hit.node.name).sort()).toEqual([
        "Elsewhere children's trust",
        'Searchshire Children’s Trust Board',
      ]);
    },
  );

  it('ranks the whole name above a start, a word and a part, and current names above former ones', async () => {
    const { hits } = await search({ text: 'searchshire pct' });
    expect(hits[0]).toMatchObject({ matched: 'Searchshire PCT', matchedField: 'NAME', score: 1, kind: 'ORGANISATION' });
    const former = await search({ text: 'north searchshire primary care' });
    expect(former.hits).toEqual([
      expect.objectContaining({
        matched: 'North Sëarchshire Primary Care Trust',
        matchedField: 'FORMER_NAME',
        node: expect.objectContaining({ name: 'Searchshire PCT' }),
      }),
    ]);
    expect(former.hits[0].score).toBeLessThan(0.8);
  });

  it('finds by alias, identifier, code, adopted document, post and plan title, never by a draft', async () => {
    expect((await search({ text: 'young peoples partnership' })).hits[0]).toMatchObject({
      matchedField: 'ALIAS',
      kind: 'BODY',
    });
    expect((await search({ text: '5qx' })).hits[0]).toMatchObject({ matchedField: 'IDENTIFIER', kind: 'ORGANISATION' });
    expect((await search({ text: 'E10099001' })).hits[0]).toMatchObject({
      matchedField: 'IDENTIFIER',
      kind: 'AREA',
      score: 1,
    });
    expect((await search({ text: 'compact' })).hits[0]).toMatchObject({ matchedField: 'DOCUMENT_TITLE', kind: 'BODY' });
    expect((await search({ text: 'director of childrens services' })).hits[0]).toMatchObject({
      kind: 'POST',
      matchedField: 'TITLE',
    });
    expect((await search({ text: 'young peoples plan', kinds: ['PLAN'] })).hits).toHaveLength(1);
    expect((await search({ text: 'secret draft' })).hits).toEqual([]);
  });

  it('keeps to an area and the records of a date, and asks a fixed number of statements', async () => {
    const inCounty = await search({ text: 'trust', areaCode: county.code, kinds: ['BODY'] });
    expect(inCounty.hits.map((hit) => hit.node.name)).toEqual(['Searchshire Children’s Trust Board']);
    const everyPeriod = await search({ text: 'old searchshire' });
    expect(everyPeriod.hits[0]).toMatchObject({ matched: 'Old Searchshire partnership' });
    expect(everyPeriod.hits[0].score).toBeLessThan(0.8);
    expect((await search({ text: 'old searchshire', asOf: '2008-01-01' })).hits).toEqual([]);
    expect((await search({ text: 'old searchshire', asOf: '2005-01-01' })).hits).toHaveLength(1);
    const wide = await search({ text: 'searchshire', first: 50 });
    expect(new Set(wide.hits.map((hit) => hit.kind))).toEqual(new Set(['AREA', 'BODY', 'ORGANISATION', 'PLAN']));
    // One statement to search; one per kind of record found, to load them.
    expect(wide.statements).toBeLessThanOrEqual(1 + 4);
  });

  it('folds the question in the process exactly as the database folds the records', async () => {
    const samples = [
      'Children’s Trust',
      "St Helen's  C.T.",
      'Ñorth Sëarchshire — PCT',
      'ÀÉÎÕÜ ß',
      '‘Quoted’ `x´',
      '14-19 Partnership',
    ];
    for (const text of samples) {
      const [row] = await selectRows<{ folded: string }>(database.db, sql`SELECT ${folded(sql`${text}`)} AS folded`);
      expect(foldText(text), text).toBe(row!.folded);
    }
  });

  it('refuses blank text, an unknown area and too many hits, naming the argument', async () => {
    for (const [variables, field] of [
      [{ text: '   ' }, 'text'],
      [{ text: 'x', areaCode: 'E99999999' }, 'areaCode'],
      [{ text: 'x', first: 500 }, 'first'],
    ] as const) {
      const response = await api.query(searchQuery, variables);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('misspellings', () => {
  it('a long word misspelt by a letter or two still finds its name, ranked below the same name spelt right', async () => {
    await factories(database.db).body(county.id, { name: 'Searchshire Safeguarding Children Board', kind: 'LSCB' });
    const safeguarding = await api.query(searchQuery, { text: 'safegaurding', kinds: ['BODY'], areaCode: county.code });
    expect(safeguarding.data.search.map((hit: Loose) => hit.node.name)).toEqual([
      'Searchshire Safeguarding Children Board',
    ]);
    const misspelt = await api.query(searchQuery, { text: 'searchshre chilrens trust', kinds: ['BODY'] });
    expect(misspelt.errors).toBeUndefined();
    expect(misspelt.data.search.map((hit: Loose) => hit.node.name)).toContain('Searchshire Children’s Trust Board');
    const right = await api.query(searchQuery, { text: 'searchshire childrens trust', kinds: ['BODY'] });
    const score = (hits: Loose[]) => hits.find((hit) => hit.node.name === 'Searchshire Children’s Trust Board').score;
    expect(score(misspelt.data.search)).toBeLessThan(score(right.data.search));
  });

  it('a short word must be spelt right', async () => {
    const response = await api.query(searchQuery, { text: 'searchshire trsut', kinds: ['BODY'] });
    expect(response.data.search).toEqual([]);
  });
});
