import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyAliases,
  bodyDocuments,
  people,
  organisationIdentifiers,
  organisationNames,
  plans,
  posts,
} from '../schema/database/index';
import { sql } from 'drizzle-orm';
import { selectRows } from '../src/db';
import { folded, foldText, SearchStore, type SearchKindValue } from '../src/modules/search/search.store';
import { rowIdOf } from '../src/shared/global-id';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
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
  await database.db.insert(bodyAliases).values({
    bodyId: board.id,
    alias: 'Searchshire Children and Young People’s Partnership',
    validFrom: board.validFrom,
  });
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
    expect((await search({ text: 'compact', kinds: ['BODY'] })).hits[0]).toMatchObject({
      matchedField: 'DOCUMENT_TITLE',
      kind: 'BODY',
    });
    expect((await search({ text: 'director of childrens services' })).hits[0]).toMatchObject({
      kind: 'POST',
      matchedField: 'TITLE',
    });
    expect((await search({ text: 'young peoples plan', kinds: ['PLAN'] })).hits).toHaveLength(1);
    expect((await search({ text: 'secret draft', kinds: ['BODY'] })).hits).toEqual([]);
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
    expect(new Set(wide.hits.map((hit) => hit.kind))).toEqual(
      new Set(['AREA', 'BODY', 'ORGANISATION', 'PLAN', 'DOCUMENT']),
    );
    // One statement to search; one per kind of record found, to load them (a document's body and its documents).
    expect(wide.statements).toBeLessThanOrEqual(1 + 5);
  });

  it('folds the question in the process exactly as the database folds the records', async () => {
    const samples = [
      'Children’s Trust',
      "St Helen's  C.T.",
      'Ñorth Sëarchshire — PCT',
      'ÀÉÎÕÜ ß',
      '‘Quoted’ `x´',
      '14-19 Partnership',
      // Every letter and apostrophe folded, so the migration's function and the process cannot drift apart.
      "Ááàâäãåāçčéèêëēěíìîïīñńóòôöõøōśšúùûüūýÿžß x’‘ʼ`´'y",
    ];
    for (const text of samples) {
      const [row] = await selectRows<{ folded: string }>(database.db, sql`SELECT ${folded(sql`${text}`)} AS folded`);
      expect(foldText(text), text).toBe(row!.folded);
    }
  });

  it('is bounded by the cost limit like any query: a page of hits weighs its selection', async () => {
    const deep = `{ search(text: "searchshire", first: 50) { node { ... on Organisation {
      memberships { body { memberships { memberOrganisation { name } } } } } } } }`;
    const response = await api.query(deep);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    expect(response.statements).toBe(0);
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

describe('highlighting', () => {
  const marked = (hit: Loose) =>
    (hit.highlights as { start: number; end: number }[]).map(({ start, end }) => hit.matched.slice(start, end));
  const highlightQuery = `query($text: String!, $kinds: [SearchKind!]) {
    search(text: $text, kinds: $kinds) { matched highlights { start end } } }`;
  const hitsFor = async (text: string, kinds: string[]) =>
    (await api.query(highlightQuery, { text, kinds })).data.search as Loose[];

  it('marks the words matched in the name as recorded: apostrophes, accents and case kept', async () => {
    const hits = await hitsFor('childrens trust', ['BODY']);
    const board = hits.find((hit) => hit.matched === 'Searchshire Children’s Trust Board');
    expect(marked(board!)).toEqual(['Children’s', 'Trust']);
    expect(marked(hits.find((hit) => hit.matched.startsWith('Elsewhere'))!)).toEqual(["children's", 'trust']);
    const [former] = await hitsFor('north searchshire', ['ORGANISATION']);
    expect(former).toMatchObject({ matched: 'North Sëarchshire Primary Care Trust' });
    expect(marked(former!)).toEqual(['North', 'Sëarchshire']);
    expect(marked((await hitsFor('5qx', ['ORGANISATION']))[0]!)).toEqual(['5QX']);
  });

  it('marks the word a misspelt one was taken for', async () => {
    const hits = await hitsFor('chidlrens trsut', ['BODY']);
    const board = hits.find((hit) => hit.matched === 'Searchshire Children’s Trust Board');
    expect(marked(board!)).toEqual(['Children’s', 'Trust']);
    const [misspelt] = await hitsFor('searchshre', ['AREA']);
    expect(marked(misspelt!)).toEqual(['Searchshire']);
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

  it.each([
    ['chidlrens', 'Searchshire Children’s Trust Board'],
    ['safegaurding', 'Searchshire Safeguarding Children Board'],
    ['searchshire chidlrens trust', 'Searchshire Children’s Trust Board'],
  ])('two letters swapped ("%s") still find the name', async (text, name) => {
    const response = await api.query(searchQuery, { text, kinds: ['BODY'], areaCode: county.code });
    expect(response.errors).toBeUndefined();
    expect(response.data.search.map((hit: Loose) => hit.node.name)).toContain(name);
  });

  it('a short word must be spelt right', async () => {
    const right = await api.query(searchQuery, { text: 'searchshire pct', kinds: ['ORGANISATION'] });
    expect(right.data.search).toHaveLength(1);
    const response = await api.query(searchQuery, { text: 'searchshire cpt', kinds: ['ORGANISATION'] });
    expect(response.data.search).toEqual([]);
  });
});

describe('people and documents', () => {
  const peopleQuery = `query($text: String!, $kinds: [SearchKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
    kind matched matchedField node { id __typename ... on Person { personName: name } ... on Body { name } }
    document { title status } } }`;
  let partner: Client;
  let outsider: Client;

  beforeAll(async () => {
    const make = factories(database.db);
    const board = (await search({ text: 'searchshire childrens trust board', kinds: ['BODY'] })).hits[0]!;
    const boardId = rowIdOf(board.node.id, 'Body', 'board');
    const police = await make.organisation({
      name: 'Searchshire Police',
      kind: 'POLICE_AUTHORITY',
      code: 'searchshire/police',
    });
    await make.organisation({ name: 'Far Away Council', kind: 'LOCAL_AUTHORITY', code: 'faraway/council' });
    await make.membership({ bodyId: boardId, memberOrganisationId: police.id, validFrom: '2005-01-01' });
    const named = await database.db
      .insert(people)
      .values(['Marigold Quenby', 'Ottoline Quenby', 'Hesper Quenby'].map((name) => ({ name })))
      .returning();
    await make.memberships(
      named.map((person) => ({
        bodyId: boardId,
        memberPersonId: person.id,
        onBehalfOfId: police.id,
        validFrom: '2005-01-01',
      })),
    );
    // Another board's member, whose name the police may not read; first by name among the Quenbys.
    const elsewhere = (await search({ text: 'elsewhere childrens trust', kinds: ['BODY'] })).hits[0]!;
    const [aaron] = await database.db.insert(people).values({ name: 'Aaron Quenby' }).returning();
    await make.membership({
      bodyId: rowIdOf(elsewhere.node.id, 'Body', 'board'),
      memberPersonId: aaron!.id,
      validFrom: '2005-01-01',
    });
    partner = await api.as({ org: 'searchshire/police', roles: ['reader'] });
    outsider = await api.as({ org: 'faraway/council', roles: ['reader'] });
  });

  const hitsOf = async (client: Client, variables: Record<string, unknown>) => {
    const response = await client.query(peopleQuery, variables);
    expect(response.errors).toBeUndefined();
    return { hits: response.data!.search as Loose[], statements: response.statements };
  };

  it('finds a person by name only for a viewer who may read the name, in a fixed number of statements', async () => {
    const one = await hitsOf(partner, { text: 'marigold quenby', kinds: ['PERSON'] });
    expect(one.hits).toEqual([
      expect.objectContaining({
        kind: 'PERSON',
        matched: 'Marigold Quenby',
        node: expect.objectContaining({ personName: 'Marigold Quenby' }),
      }),
    ]);
    const three = await hitsOf(partner, { text: 'quenby', kinds: ['PERSON'] });
    expect(three.hits).toHaveLength(3);
    expect(three.statements).toBe(one.statements);
    expect((await hitsOf(outsider, { text: 'quenby', kinds: ['PERSON'] })).hits).toEqual([]);
    // The best of those the viewer may read, not the best of all, fill the page: Aaron would come first.
    const top = await hitsOf(partner, { text: 'quenby', kinds: ['PERSON'], first: 1 });
    expect(top.hits.map((hit) => hit.matched)).toEqual(['Hesper Quenby']);
    const everyone = await api.query(peopleQuery, { text: 'quenby', kinds: ['PERSON'], first: 1 });
    expect(everyone.data.search.map((hit: Loose) => hit.matched)).toEqual(['Aaron Quenby']);
    expect((await hitsOf(outsider, { text: 'marigold' })).hits).toEqual([]);
  });

  it('finds a draft document only for a party to its body, an adopted one for anyone', async () => {
    const draft = await hitsOf(partner, { text: 'secret draft protocol', kinds: ['DOCUMENT'] });
    expect(draft.hits).toEqual([
      expect.objectContaining({
        kind: 'DOCUMENT',
        matchedField: 'TITLE',
        document: { title: 'Secret draft protocol', status: 'DRAFT' },
        node: expect.objectContaining({ __typename: 'Body', name: 'Searchshire Children’s Trust Board' }),
      }),
    ]);
    expect((await hitsOf(outsider, { text: 'secret draft protocol' })).hits).toEqual([]);
    const adopted = await hitsOf(outsider, { text: 'compact for searchshire', kinds: ['DOCUMENT'] });
    expect(adopted.hits.map((hit) => hit.document)).toEqual([{ title: 'Compact for Searchshire', status: 'ADOPTED' }]);
  });

  it('records the names it shows in the read audit', async () => {
    await hitsOf(partner, { text: 'ottoline quenby', kinds: ['PERSON'] });
    const reads = await selectRows<{ field: string }>(
      database.db,
      sql`SELECT field FROM read_audit WHERE record_type = 'Person' AND result = 'GRANTED'`,
    );
    expect(reads.map((read) => read.field)).toContain('name');
  });
});

describe('indexes', () => {
  const everyKind: SearchKindValue[] = ['AREA', 'ORGANISATION', 'BODY', 'POST', 'PLAN', 'PERSON', 'DOCUMENT'];
  const searchIndexes = [
    'areas_code_search_idx',
    'areas_name_search_idx',
    'bodies_name_search_idx',
    'body_aliases_alias_search_idx',
    'body_documents_title_search_idx',
    'organisation_identifiers_value_search_idx',
    'organisation_names_name_search_idx',
    'organisations_code_search_idx',
    'organisations_name_search_idx',
    'people_name_search_idx',
    'plans_title_search_idx',
    'posts_title_search_idx',
  ];

  it.each([
    ['as spelt', false],
    ['forgiving misspellings', true],
  ])('every name searched %s is read through its trigram index on the folded name', async (_, fuzzy) => {
    // A viewer's standing narrows the people and documents; the names are still read through the indexes.
    const standing = { bodies: [county.id], areas: [county.id] };
    const request = { text: 'childrens trust', kinds: everyKind, areaCode: null, asOf: null, first: 20, standing };
    const statement = new SearchStore(database.db).statement(request, '2008-01-01', fuzzy)!;
    // A few rows a table here, so the planner would rightly read them all; with sequential scans priced out it
    // shows whether the statement can reach the indexes at all (on the national data it chooses them itself:
    // `bench/search.ts` prints the plan's indexes).
    const plan = await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const [row] = await selectRows<Record<string, unknown>>(tx, sql`EXPLAIN (FORMAT JSON) ${statement}`);
      return JSON.stringify(Object.values(row!)[0]);
    });
    const used = new Set([...plan.matchAll(/"Index Name": ?"([^"]+)"/g)].map((match) => match[1]));
    expect(searchIndexes.filter((name) => !used.has(name))).toEqual([]);
  });
});
