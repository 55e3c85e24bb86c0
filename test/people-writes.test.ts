import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, people, postFunders, postHoldings, posts } from '../schema/database/index';
import { decodeGlobalId, toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { expectRefused, outcomes, sendAtOnce, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;
let councilEditor: Client;
let councilReader: Client;
let secretariat: Client;
let outsider: Client;

const createPerson = `mutation($input: CreatePersonInput!) { createPerson(input: $input) {
  clientMutationId person { id name category version } } }`;
const updatePerson = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) {
  person { id category version } } }`;
const holdingFields = 'id version validFrom validTo';
const recordHolding = `mutation($input: RecordPostHoldingInput!) { recordPostHolding(input: $input) {
  clientMutationId holding { ${holdingFields} } post { id title } } }`;
const endHolding = `mutation($input: EndPostHoldingInput!) { endPostHolding(input: $input) {
  holding { ${holdingFields} } post { id } } }`;
const setFunders = `mutation($input: SetPostFundersInput!) { setPostFunders(input: $input) {
  post { id version funders { sharePercent organisation { code } } } } }`;
const history = `query($id: ID!) { history(id: $id) { operation subject recordType before after } }`;
const personName = `query($id: ID!) { node(id: $id) { ... on Person { category name } } }`;

async function buildWorld() {
  const make = factories(database.db);
  const area = await make.area({ code: 'T-PEOPLE', name: 'Peopleshire' });
  const council = await make.organisation({
    code: 'peopleshire-council',
    name: 'Peopleshire Council',
    areaId: area.id,
  });
  const pct = await make.organisation({ code: 'peopleshire-pct', name: 'Peopleshire PCT', kind: 'PRIMARY_CARE_TRUST' });
  const police = await make.organisation({ code: 'peopleshire-police', name: 'Peopleshire Police' });
  const board = await make.body(area.id, { name: 'Peopleshire board', validFrom: '2005-04-01' });
  const [post, endedPost] = await database.db
    .insert(posts)
    .values([
      { title: 'Children’s Commissioner', employerId: council.id, validFrom: '2005-01-01' },
      { title: 'Change for Children manager', employerId: council.id, validFrom: '2005-01-01', validTo: '2008-04-01' },
    ])
    .returning();
  return {
    area,
    council,
    pct,
    board,
    post: post!,
    postId: toGlobalId('Post', post!.id),
    endedPostId: toGlobalId('Post', endedPost!.id),
    councilId: toGlobalId('Organisation', council.id),
    pctId: toGlobalId('Organisation', pct.id),
    policeId: toGlobalId('Organisation', police.id),
  };
}

const { denialsOf, expectForbidden, failWritesBy } = writeChecks(() => database.db);

const rowId = (globalId: string) => decodeGlobalId(globalId)!.rowId;
const nowhere = (type: 'Person' | 'Body' | 'Organisation') => toGlobalId(type, '00000000-0000-0000-0000-000000000000');
async function personRow(id: string) {
  const [row] = await database.db
    .select()
    .from(people)
    .where(eq(people.id, rowId(id)));
  return row;
}
async function holdingRow(id: string) {
  const [row] = await database.db
    .select()
    .from(postHoldings)
    .where(eq(postHoldings.id, rowId(id)));
  return row;
}
const count = async (table: typeof people | typeof postHoldings) => (await database.db.select().from(table)).length;

/** A person as an administrator (or the given client) records them, for tests about what others may then do. */
async function personRecorded(
  input: Record<string, unknown> = { name: 'Pat Example', category: 'ADULT' },
  client: Client = api,
) {
  const response = await client.query(createPerson, { input });
  return response.data.createPerson.person.id as string;
}

/** A person the council's editors recorded, and so may put in the council's posts. */
const councilsPerson = () => personRecorded(undefined, councilEditor);

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
  const boardId = toGlobalId('Body', world.board.id);
  councilEditor = await api.as({ org: 'peopleshire-council', roles: ['editor'] });
  councilReader = await api.as({ org: 'peopleshire-council', roles: ['reader'] });
  secretariat = await api.as({ org: 'peopleshire-police', roles: ['reader', `secretariat:${boardId}`] });
  outsider = await api.as({ org: 'peopleshire-police', roles: ['editor'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('createPerson', () => {
  it('any editor records one, once per clientMutationId, with its history', async () => {
    const input = { name: '  Alex Morgan ', category: 'ADULT', clientMutationId: 'person-1' };
    const first = await councilEditor.query(createPerson, { input });
    const person = first.data.createPerson.person;
    expect(person).toMatchObject({ category: 'ADULT', version: 1 });
    const before = await count(people);
    const retry = await councilEditor.query(createPerson, { input });
    expect(retry.data.createPerson.person.id).toBe(person.id);
    expect(await count(people)).toBe(before);
    const [row] = await database.db.select().from(people).where(eq(people.name, 'Alex Morgan'));
    expect(row).toMatchObject({ category: 'ADULT', version: 1 });
    const changes = await api.query(history, { id: person.id });
    expect(changes.data.history).toEqual([
      expect.objectContaining({
        operation: 'createPerson',
        subject: 'peopleshire-council user',
        recordType: 'Person',
        before: null,
        after: expect.objectContaining({ name: 'Alex Morgan' }),
      }),
    ]);
  });

  it('does not open the name to its writer or anyone else: names stay guarded on read', async () => {
    const created = await councilEditor.query(createPerson, { input: { name: 'Robin Hidden', category: 'ADULT' } });
    expect(created.data.createPerson.person).toMatchObject({ name: null, category: 'ADULT' });
    expect(created.errors?.[0]).toMatchObject({
      path: ['createPerson', 'person', 'name'],
      extensions: { code: 'FORBIDDEN', action: 'person:read' },
    });
    const id = created.data.createPerson.person.id;
    for (const client of [outsider, councilEditor]) {
      const read = await client.query(personName, { id });
      expect(read.data.node).toEqual({ category: 'ADULT', name: null });
      expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'person:read' });
    }
    // Holding one of the council's posts lets its editors correct the person; it does not let them read the name.
    await councilEditor.query(recordHolding, {
      input: { post: world.endedPostId, person: id, validFrom: '2006-01-01', validTo: '2007-01-01' },
    });
    const corrected = await councilEditor.query(updatePerson, {
      input: { person: id, expectedVersion: 1, category: 'ADULT' },
    });
    expect(corrected.data.updatePerson.person.version).toBe(2);
    for (const client of [outsider, councilEditor]) {
      expect((await client.query(personName, { id })).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await api.query(personName, { id })).data.node.name).toBe('Robin Hidden');
  });

  it('records a young person by role only; a young person’s name goes only to the secretariat', async () => {
    const byRole = await councilEditor.query(createPerson, { input: { category: 'YOUNG_PERSON' } });
    expect(byRole.data.createPerson.person).toMatchObject({ name: null, category: 'YOUNG_PERSON', version: 1 });
    const stored = await personRow(byRole.data.createPerson.person.id);
    expect(stored).toMatchObject({ name: null, category: 'YOUNG_PERSON' });
    const named = await councilEditor.query(createPerson, { input: { name: 'Sam Young', category: 'YOUNG_PERSON' } });
    const id = named.data.createPerson.person.id;
    await database.db
      .insert(memberships)
      .values({ bodyId: world.board.id, memberPersonId: rowId(id), validFrom: '2006-01-01' });
    for (const client of [outsider, councilEditor]) {
      const read = await client.query(personName, { id });
      expect(read.data.node.name).toBeNull();
      expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'young-person:read' });
    }
    expect((await secretariat.query(personName, { id })).data.node.name).toBe('Sam Young');
  });

  it.each([
    ['an adult without a name', { category: 'ADULT' }, 'input.name'],
    ['an empty name', { name: '   ', category: 'PARENT_REPRESENTATIVE' }, 'input.name'],
  ])('refuses %s, naming the field, and writes nothing', async (_name, input, field) => {
    const before = await count(people);
    expectRefused(await councilEditor.query(createPerson, { input }), 'BAD_USER_INPUT', field);
    expect(await count(people)).toBe(before);
  });

  it('refuses readers and secretariats without an editor role, recording the denial', async () => {
    const before = await count(people);
    for (const client of [councilReader, secretariat]) {
      const denied = await denialsOf('createPerson');
      const response = await client.query(createPerson, { input: { name: 'Not Recorded', category: 'ADULT' } });
      await expectForbidden(response, 'person:edit', 'createPerson', denied);
    }
    expect(await count(people)).toBe(before);
  });
});

describe('updatePerson', () => {
  it('editors of a post’s employer correct its holder; stale and concurrent writers get CONFLICT', async () => {
    const id = await personRecorded({ name: 'Jo Smyth', category: 'ADULT' });
    const denied = await denialsOf('updatePerson');
    const early = await councilEditor.query(updatePerson, { input: { person: id, expectedVersion: 1, name: 'X' } });
    await expectForbidden(early, 'person:edit', 'updatePerson', denied);
    await api.query(recordHolding, {
      input: { post: world.endedPostId, person: id, validFrom: '2007-01-01', validTo: '2008-01-01' },
    });
    const corrected = await councilEditor.query(updatePerson, {
      input: { person: id, expectedVersion: 1, name: ' Jo Smith ' },
    });
    expect(corrected.data.updatePerson.person).toMatchObject({ version: 2, category: 'ADULT' });
    const changes = await api.query(history, { id });
    expect(changes.data.history.at(-1)).toMatchObject({
      operation: 'updatePerson',
      recordType: 'Person',
      before: expect.objectContaining({ name: 'Jo Smyth', version: 1 }),
      after: expect.objectContaining({ name: 'Jo Smith', version: 2 }),
    });
    const stale = await councilEditor.query(updatePerson, { input: { person: id, expectedVersion: 1, name: 'Y' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const attempts = await sendAtOnce(
      councilEditor,
      updatePerson,
      ['Jo A. Smith', 'Jo B. Smith'].map((name) => ({ person: id, expectedVersion: 2, name })),
    );
    expect(outcomes(attempts)).toEqual(['CONFLICT', 'OK']);
    const row = await personRow(id);
    expect(row?.version).toBe(3);
  });

  it('the organisation that recorded a person corrects them before they hold anything; others may not', async () => {
    const id = await councilsPerson();
    const corrected = await councilEditor.query(updatePerson, {
      input: { person: id, expectedVersion: 1, name: 'Pat Exemplar' },
    });
    expect(corrected.data.updatePerson.person).toMatchObject({ version: 2 });
    const denied = await denialsOf('updatePerson');
    const refused = await outsider.query(updatePerson, { input: { person: id, expectedVersion: 2, name: 'X' } });
    await expectForbidden(refused, 'person:edit', 'updatePerson', denied);
  });

  it('the secretariat of a body the person sits on in person corrects them; outsiders are refused', async () => {
    const id = await personRecorded({ category: 'PARENT_REPRESENTATIVE' });
    await database.db
      .insert(memberships)
      .values({ bodyId: world.board.id, memberPersonId: rowId(id), validFrom: '2006-01-01' });
    const corrected = await secretariat.query(updatePerson, {
      input: { person: id, expectedVersion: 1, name: 'Chris Parent' },
    });
    expect(corrected.data.updatePerson.person).toMatchObject({ version: 2, category: 'PARENT_REPRESENTATIVE' });
    const denied = await denialsOf('updatePerson');
    const response = await outsider.query(updatePerson, { input: { person: id, expectedVersion: 2, name: 'X' } });
    await expectForbidden(response, 'person:edit', 'updatePerson', denied);
    const row = await personRow(id);
    expect(row).toMatchObject({ name: 'Chris Parent', version: 2 });
  });

  it('refuses an adult without a name, an empty name and a person who does not exist; writes nothing', async () => {
    const id = await personRecorded({ category: 'YOUNG_PERSON' });
    const attempts: [Record<string, unknown>, string, string][] = [
      [{ person: id, expectedVersion: 1, category: 'ADULT' }, 'BAD_USER_INPUT', 'input.name'],
      [{ person: id, expectedVersion: 1, name: ' ' }, 'BAD_USER_INPUT', 'input.name'],
      [{ person: nowhere('Person'), expectedVersion: 1 }, 'NOT_FOUND', 'input.person'],
      [{ person: world.postId, expectedVersion: 1 }, 'BAD_USER_INPUT', 'input.person'],
    ];
    for (const [input, code, field] of attempts) expectRefused(await api.query(updatePerson, { input }), code, field);
    const row = await personRow(id);
    expect(row).toMatchObject({ name: null, category: 'YOUNG_PERSON', version: 1 });
  });
});

describe('post holdings', () => {
  it('the employer’s editors record a holder once per clientMutationId, then end the holding', async () => {
    const person = await councilsPerson();
    const input = { post: world.postId, person, validFrom: '2005-06-01', clientMutationId: 'holding-1' };
    const first = await councilEditor.query(recordHolding, { input });
    expect(first.errors).toBeUndefined();
    const { holding, post } = first.data.recordPostHolding;
    expect(holding).toMatchObject({ version: 1, validFrom: '2005-06-01', validTo: null });
    expect(post).toEqual({ id: world.postId, title: 'Children’s Commissioner' });
    const before = await count(postHoldings);
    const retry = await councilEditor.query(recordHolding, { input });
    expect(retry.data.recordPostHolding.holding.id).toBe(holding.id);
    expect(await count(postHoldings)).toBe(before);

    const stale = await councilEditor.query(endHolding, {
      input: { holding: holding.id, endOn: '2008-01-01', expectedVersion: 2 },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    expectRefused(
      await councilEditor.query(endHolding, {
        input: { holding: holding.id, endOn: '2005-06-01', expectedVersion: 1 },
      }),
      'BAD_USER_INPUT',
      'input.endOn',
    );
    const denied = await denialsOf('endPostHolding');
    await expectForbidden(
      await outsider.query(endHolding, { input: { holding: holding.id, endOn: '2008-01-01', expectedVersion: 1 } }),
      'post:edit',
      'endPostHolding',
      denied,
    );
    const attempts = await sendAtOnce(
      councilEditor,
      endHolding,
      ['2008-01-01', '2009-01-01'].map((endOn) => ({ holding: holding.id, endOn, expectedVersion: 1 })),
    );
    expect(outcomes(attempts)).toEqual(['CONFLICT', 'OK']);
    const row = await holdingRow(holding.id);
    expect(row).toMatchObject({ version: 2, validTo: expect.stringMatching(/^200[89]-01-01$/) });

    // History is kept under the holding's own id, in the employer's area, so that area's auditors can read it.
    const auditor = await api.as({ org: 'peopleshire-police', roles: ['auditor:T-PEOPLE'] });
    const changes = await auditor.query(history, { id: holding.id });
    expect(changes.data.history.map((c: Loose) => [c.operation, c.recordType])).toEqual([
      ['recordPostHolding', 'PostHolding'],
      ['endPostHolding', 'PostHolding'],
    ]);
    const read = await api.query(`query($id: ID!) { node(id: $id) { ... on Post { holdings { id version } } } }`, {
      id: world.postId,
    });
    expect(read.data.node.holdings).toContainEqual({ id: holding.id, version: 2 });
  });

  it('refuses a second holder at once, naming the holding in the way, and writes nothing', async () => {
    const [taken] = await database.db.select().from(postHoldings).where(eq(postHoldings.postId, world.post.id));
    const person = await councilsPerson();
    const before = await count(postHoldings);
    const clash = await councilEditor.query(recordHolding, {
      input: { post: world.postId, person, validFrom: '2007-01-01' },
    });
    expectRefused(clash, 'BAD_USER_INPUT', 'input.validFrom');
    expect(clash.errors?.[0]?.message).toContain(`from ${taken!.validFrom} to ${taken!.validTo}`);
    expect(clash.errors?.[0]?.message).toContain(toGlobalId('PostHolding', taken!.id));
    expect(await count(postHoldings)).toBe(before);
    // Of two holders recorded at once from the day the last one left, exactly one is recorded.
    const second = await councilsPerson();
    const attempts = await sendAtOnce(
      councilEditor,
      recordHolding,
      [person, second].map((holder) => ({ post: world.postId, person: holder, validFrom: taken!.validTo })),
    );
    expect(outcomes(attempts)).toEqual(['BAD_USER_INPUT', 'OK']);
    expect(attempts.find((a) => a.errors)?.errors?.[0]?.extensions?.field).toBe('input.validFrom');
    expect(await count(postHoldings)).toBe(before + 1);
  });

  it.each([
    ['a start before the post existed', { validFrom: '2004-01-01' }, 'input.validFrom'],
    ['a start after the post ended', { validFrom: '2008-06-01' }, 'input.validFrom'],
    ['an end after the post ended', { validFrom: '2005-01-01', validTo: '2009-01-01' }, 'input.validTo'],
    ['an end before the start', { validFrom: '2005-06-01', validTo: '2005-01-01' }, 'input.validTo'],
    ['a person who does not exist', { person: nowhere('Person') }, 'input.person', 'NOT_FOUND'],
    ['a post id of the wrong type', { post: nowhere('Body') }, 'input.post'],
  ])('refuses %s, naming the field, and writes nothing', async (_name, change, field, code = 'BAD_USER_INPUT') => {
    const person = await councilsPerson();
    const before = await count(postHoldings);
    const input = { post: world.endedPostId, person, validFrom: '2008-01-01', ...change };
    expectRefused(await councilEditor.query(recordHolding, { input }), code, field);
    expect(await count(postHoldings)).toBe(before);
  });

  it('ends an open holding of an ended post with the post', async () => {
    const person = await councilsPerson();
    const response = await councilEditor.query(recordHolding, {
      input: { post: world.endedPostId, person, validFrom: '2008-01-01' },
    });
    expect(response.data.recordPostHolding.holding).toMatchObject({ validFrom: '2008-01-01', validTo: '2008-04-01' });
  });

  it('refuses other organisations’ editors, recording the denial and writing nothing', async () => {
    const person = await councilsPerson();
    const before = await count(postHoldings);
    const denied = await denialsOf('recordPostHolding');
    const response = await outsider.query(recordHolding, {
      input: { post: world.postId, person, validFrom: '2009-06-01' },
    });
    await expectForbidden(response, 'post:edit', 'recordPostHolding', denied);
    expect(await count(postHoldings)).toBe(before);
  });

  it('refuses to put in a post someone the employer may not correct, since that could publish their name', async () => {
    const someoneElses = await personRecorded({ name: 'Sam Elsewhere', category: 'ADULT' });
    const before = await count(postHoldings);
    const denied = await denialsOf('recordPostHolding');
    const response = await councilEditor.query(recordHolding, {
      input: { post: world.postId, person: someoneElses, validFrom: '2009-06-01' },
    });
    await expectForbidden(response, 'person:edit', 'recordPostHolding', denied);
    expect(await count(postHoldings)).toBe(before);
  });

  it('writes nothing when the transaction fails part-way', async () => {
    await failWritesBy('people fault injector');
    const faulty = await api.as({ org: 'peopleshire-council', roles: ['editor'], subject: 'people fault injector' });
    const [holdingsBefore, peopleBefore] = [await count(postHoldings), await count(people)];
    const person = await faulty.query(createPerson, { input: { name: 'Never Kept', category: 'ADULT' } });
    expect(person.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const holding = await faulty.query(recordHolding, {
      input: {
        post: world.endedPostId,
        person: await councilsPerson(),
        validFrom: '2005-01-01',
        validTo: '2005-02-01',
      },
    });
    expect(holding.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await count(postHoldings)).toBe(holdingsBefore);
    expect(await count(people)).toBe(peopleBefore + 1);
  });
});

describe('setPostFunders', () => {
  const fundersOf = async () =>
    (await database.db.select().from(postFunders).where(eq(postFunders.postId, world.post.id)))
      .map((row) => [row.organisationId, row.sharePercent])
      .sort();
  const versionOf = async () => (await database.db.select().from(posts).where(eq(posts.id, world.post.id)))[0]!.version;

  it('the employer’s editors set, change and clear the funders; each change moves the post’s version on by one', async () => {
    const version = await versionOf();
    const halves = [
      { organisation: world.councilId, sharePercent: 50 },
      { organisation: world.pctId, sharePercent: 50 },
    ];
    const set = await councilEditor.query(setFunders, {
      input: { post: world.postId, expectedVersion: version, funders: halves },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data.setPostFunders.post.version).toBe(version + 1);
    expect(
      set.data.setPostFunders.post.funders.map((f: Loose) => [f.organisation.code, f.sharePercent]).sort(),
    ).toEqual([
      ['peopleshire-council', 50],
      ['peopleshire-pct', 50],
    ]);
    const changed = await councilEditor.query(setFunders, {
      input: {
        post: world.postId,
        expectedVersion: version + 1,
        funders: [{ organisation: world.pctId, sharePercent: 60 }],
      },
    });
    expect(changed.data.setPostFunders.post.funders).toEqual([
      { sharePercent: 60, organisation: { code: 'peopleshire-pct' } },
    ]);
    const changes = await api.query(history, { id: world.postId });
    expect(changes.data.history.at(-1)).toMatchObject({
      operation: 'setPostFunders',
      recordType: 'Post',
      before: {
        version: version + 1,
        funders: expect.arrayContaining([{ organisationId: world.council.id, sharePercent: 50 }]),
      },
      after: { version: version + 2, funders: [{ organisationId: world.pct.id, sharePercent: 60 }] },
    });
    const cleared = await councilEditor.query(setFunders, {
      input: { post: world.postId, expectedVersion: version + 2, funders: [] },
    });
    expect(cleared.data.setPostFunders.post).toMatchObject({ version: version + 3, funders: [] });
    expect(await fundersOf()).toEqual([]);
  });

  // Funders written as `organisation:share`, e.g. "council:60 pct:50".
  it.each([
    ['an organisation twice', 'council pct council', 'input.funders[2].organisation'],
    ['a share of nothing', 'council:0', 'input.funders[0].sharePercent'],
    ['a share over 100', 'council:100.5', 'input.funders[0].sharePercent'],
    ['a share finer than hundredths', 'council:33.333', 'input.funders[0].sharePercent'],
    ['shares over 100 in all', 'council:60 pct:50', 'input.funders'],
    ['an organisation that does not exist', 'council:50 nowhere', 'input.funders[1].organisation', 'NOT_FOUND'],
  ])('refuses %s, naming the field, and changes nothing', async (_name, spec, field, code = 'BAD_USER_INPUT') => {
    const ids: Record<string, string> = {
      council: world.councilId,
      pct: world.pctId,
      nowhere: nowhere('Organisation'),
    };
    const funders = spec.split(' ').map((funder) => {
      const [organisation = '', share] = funder.split(':');
      return { organisation: ids[organisation], sharePercent: share === undefined ? null : Number(share) };
    });
    const [version, before] = [await versionOf(), await fundersOf()];
    const response = await councilEditor.query(setFunders, {
      input: { post: world.postId, expectedVersion: version, funders },
    });
    expectRefused(response, code, field);
    expect([await versionOf(), await fundersOf()]).toEqual([version, before]);
  });

  it('lets one of two writers at one version win, and refuses other organisations', async () => {
    const version = await versionOf();
    const attempts = await sendAtOnce(
      councilEditor,
      setFunders,
      [world.councilId, world.pctId].map((organisation) => ({
        post: world.postId,
        expectedVersion: version,
        funders: [{ organisation }],
      })),
    );
    expect(outcomes(attempts)).toEqual(['CONFLICT', 'OK']);
    expect(await fundersOf()).toHaveLength(1);
    const before = await fundersOf();
    const denied = await denialsOf('setPostFunders');
    const response = await outsider.query(setFunders, {
      input: { post: world.postId, expectedVersion: version + 1, funders: [{ organisation: world.policeId }] },
    });
    await expectForbidden(response, 'post:edit', 'setPostFunders', denied);
    expect([await versionOf(), await fundersOf()]).toEqual([version + 1, before]);
  });
});
