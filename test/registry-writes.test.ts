import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodies, bodyAliases, organisations, posts } from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { administrationCode, startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { expectRefused, outcomes, sendAtOnce, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;
let councilEditor: Client;
let secretariat: Client;
let outsider: Client;

const organisationFields = 'id code name kind version validFrom validTo names { name validFrom validTo }';
const createOrganisation = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) {
  clientMutationId organisation { ${organisationFields} } } }`;
const updateOrganisation = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) {
  organisation { ${organisationFields} } } }`;
const endOrganisation = `mutation($input: EndOrganisationInput!) { endOrganisation(input: $input) {
  organisation { id version validTo } } }`;
const bodyFields = 'id name kind level version validFrom validTo meetingFrequency aliases';
const createBody = `mutation($input: CreateBodyInput!) { createBody(input: $input) {
  clientMutationId body { ${bodyFields} } } }`;
const updateBody = `mutation($input: UpdateBodyInput!) { updateBody(input: $input) { body { ${bodyFields} } } }`;
const endBody = `mutation($input: EndBodyInput!) { endBody(input: $input) { body { id version validTo } } }`;
const recordAlias = `mutation($input: RecordBodyAliasInput!) { recordBodyAlias(input: $input) { body { aliases } } }`;
const postFields = 'id title senior version validFrom validTo';
const createPost = `mutation($input: CreatePostInput!) { createPost(input: $input) {
  clientMutationId post { ${postFields} } } }`;
const updatePost = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { post { ${postFields} } } }`;
const endPost = `mutation($input: EndPostInput!) { endPost(input: $input) { post { id version validTo } } }`;
const appoint = `mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id } } }`;
const history = `query($id: ID!) { history(id: $id) { operation subject recordType before after } }`;

async function buildWorld() {
  const make = factories(database.db);
  const area = await make.area({ code: 'T-REGISTRY', name: 'Registryshire' });
  const council = await make.organisation({ code: 'registryshire-council', name: 'Registryshire Council' });
  const police = await make.organisation({ code: 'registryshire-police', name: 'Registryshire Police' });
  const board = await make.body(area.id, { name: 'Registryshire board', validFrom: '2005-04-01' });
  return {
    area,
    council,
    police,
    board,
    areaId: toGlobalId('Area', area.id),
    councilId: toGlobalId('Organisation', council.id),
    boardId: toGlobalId('Body', board.id),
  };
}

const { denialsOf, expectForbidden, failWritesBy } = writeChecks(() => database.db);
const count = async (table: typeof organisations | typeof bodies | typeof posts) =>
  (await database.db.select().from(table)).length;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
  councilEditor = await api.as({ org: 'registryshire-council', roles: ['editor'] });
  secretariat = await api.as({ org: 'registryshire-police', roles: ['reader', `secretariat:${world.boardId}`] });
  outsider = await api.as({ org: 'registryshire-police', roles: ['editor'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('organisations', () => {
  const newOrganisation = { name: 'Registryshire PCT', kind: 'PRIMARY_CARE_TRUST', validFrom: '2002-04-01' };

  it('an administrator registers one, once per clientMutationId, with its history', async () => {
    const input = { ...newOrganisation, code: 'registryshire-pct', area: world.areaId, clientMutationId: 'org-1' };
    const first = await api.query(createOrganisation, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.createOrganisation).toMatchObject({
      clientMutationId: 'org-1',
      organisation: { code: 'registryshire-pct', name: 'Registryshire PCT', version: 1, validTo: null },
    });
    const before = await count(organisations);
    const retry = await api.query(createOrganisation, { input });
    expect(retry.data.createOrganisation.organisation.id).toBe(first.data.createOrganisation.organisation.id);
    expect(await count(organisations)).toBe(before);
    const changes = await api.query(history, { id: first.data.createOrganisation.organisation.id });
    expect(changes.data.history).toEqual([
      expect.objectContaining({ operation: 'createOrganisation', recordType: 'Organisation', before: null }),
    ]);
  });

  it.each([
    ['an empty name', { name: '  ' }, 'input.name'],
    ['a code already taken', { code: 'registryshire-council' }, 'input.code'],
    ['an area that does not exist', { area: toGlobalId('Area', '00000000-0000-0000-0000-000000000000') }, 'input.area'],
    ['an id of the wrong type', { area: toGlobalId('Body', '00000000-0000-0000-0000-000000000000') }, 'input.area'],
  ])('refuses %s, naming the field, and writes nothing', async (_name, change, field) => {
    const before = await count(organisations);
    const response = await api.query(createOrganisation, { input: { ...newOrganisation, ...change } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ field });
    expect(await count(organisations)).toBe(before);
  });

  it('writes nothing when the transaction fails part-way', async () => {
    await failWritesBy('registry fault injector');
    const faulty = await api.as({
      org: administrationCode,
      roles: ['administrator'],
      subject: 'registry fault injector',
    });
    const before = await count(organisations);
    const response = await faulty.query(createOrganisation, { input: newOrganisation });
    expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await count(organisations)).toBe(before);
  });

  it('refuses registration to anyone but an administrator, recording the denial', async () => {
    const before = await count(organisations);
    const denied = await denialsOf('createOrganisation');
    const response = await councilEditor.query(createOrganisation, { input: newOrganisation });
    await expectForbidden(response, 'organisation:register', 'createOrganisation', denied);
    expect(await count(organisations)).toBe(before);
  });

  it('lets its editors rename it, keeping the old name in names', async () => {
    const response = await councilEditor.query(updateOrganisation, {
      input: {
        organisation: world.councilId,
        expectedVersion: 1,
        name: 'Registryshire County',
        nameChangedOn: '2009-04-01',
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.updateOrganisation.organisation).toMatchObject({
      name: 'Registryshire County',
      version: 2,
      names: [
        { name: 'Registryshire Council', validFrom: '2000-01-01', validTo: '2009-04-01' },
        { name: 'Registryshire County', validFrom: '2009-04-01', validTo: null },
      ],
    });
    const changes = await api.query(history, { id: world.councilId });
    expect(changes.data.history.at(-1)).toMatchObject({
      operation: 'updateOrganisation',
      subject: 'registryshire-council user',
      before: expect.objectContaining({ name: 'Registryshire Council' }),
      after: expect.objectContaining({ name: 'Registryshire County' }),
    });
    const stale = await councilEditor.query(updateOrganisation, {
      input: { organisation: world.councilId, expectedVersion: 1, name: 'Stale' },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const early = await councilEditor.query(updateOrganisation, {
      input: { organisation: world.councilId, expectedVersion: 2, name: 'Early', nameChangedOn: '2008-01-01' },
    });
    expectRefused(early, 'BAD_USER_INPUT', 'input.nameChangedOn');
  });

  it('keeps code and kind for administrators, and other organisations out', async () => {
    const attempts: [Client, Record<string, unknown>][] = [
      [councilEditor, { code: 'hijacked' }],
      [councilEditor, { kind: 'PRIMARY_CARE_TRUST' }],
      [outsider, { name: 'Not theirs' }],
      [await api.as({ org: 'registryshire-council', roles: ['reader'] }), { name: 'Reader' }],
    ];
    for (const [client, change] of attempts) {
      const denied = await denialsOf('updateOrganisation');
      const response = await client.query(updateOrganisation, {
        input: { organisation: world.councilId, expectedVersion: 2, ...change },
      });
      await expectForbidden(response, 'organisation:edit', 'updateOrganisation', denied);
    }
    const [council] = await database.db.select().from(organisations).where(eq(organisations.id, world.council.id));
    expect(council).toMatchObject({ code: 'registryshire-council', version: 2, name: 'Registryshire County' });
  });

  it('ends one only when nothing of it outlives the end, and only for an administrator', async () => {
    const make = factories(database.db);
    const trust = await make.organisation({ code: 'registryshire-trust', validFrom: '2003-01-01' });
    const trustId = toGlobalId('Organisation', trust.id);
    await database.db.insert(posts).values({ title: 'Chief executive', employerId: trust.id, validFrom: '2003-01-01' });
    const input = { organisation: trustId, endOn: '2010-01-01', expectedVersion: 1 };
    expectRefused(await api.query(endOrganisation, { input }), 'BAD_USER_INPUT', 'input.endOn');
    expectRefused(
      await api.query(endOrganisation, { input: { ...input, endOn: '2002-01-01' } }),
      'BAD_USER_INPUT',
      'input.endOn',
    );
    const denied = await denialsOf('endOrganisation');
    await expectForbidden(
      await (await api.as({ org: 'registryshire-trust', roles: ['editor'] })).query(endOrganisation, { input }),
      'organisation:register',
      'endOrganisation',
      denied,
    );
    await database.db.update(posts).set({ validTo: '2009-06-01' }).where(eq(posts.employerId, trust.id));
    const ended = await api.query(endOrganisation, { input });
    expect(ended.data.endOrganisation.organisation).toMatchObject({ version: 2, validTo: '2010-01-01' });
  });
});

describe('bodies', () => {
  const newBody = { name: 'Registryshire LSCB', kind: 'LSCB', level: 'STRATEGIC', validFrom: '2006-04-01' };

  it('an administrator registers one, once per clientMutationId', async () => {
    const input = { ...newBody, area: world.areaId, meetingFrequency: 'Quarterly', clientMutationId: 'body-1' };
    const first = await api.query(createBody, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.createBody.body).toMatchObject({ name: 'Registryshire LSCB', version: 1, aliases: [] });
    const before = await count(bodies);
    const retry = await api.query(createBody, { input });
    expect(retry.data.createBody.body.id).toBe(first.data.createBody.body.id);
    expect(await count(bodies)).toBe(before);
  });

  it('refuses a body in no area, and a body by anyone but an administrator', async () => {
    const before = await count(bodies);
    const nowhere = toGlobalId('Area', '00000000-0000-0000-0000-000000000000');
    expectRefused(
      await api.query(createBody, { input: { ...newBody, area: nowhere } }),
      'BAD_USER_INPUT',
      'input.area',
    );
    const denied = await denialsOf('createBody');
    const response = await secretariat.query(createBody, { input: { ...newBody, area: world.areaId } });
    await expectForbidden(response, 'organisation:register', 'createBody', denied);
    expect(await count(bodies)).toBe(before);
  });

  it('its secretariat updates it; one of two concurrent writers wins; outsiders are refused', async () => {
    const updated = await secretariat.query(updateBody, {
      input: { body: world.boardId, expectedVersion: 1, meetingFrequency: 'Monthly' },
    });
    expect(updated.data.updateBody.body).toMatchObject({ version: 2, meetingFrequency: 'Monthly' });
    const attempts = await sendAtOnce(
      secretariat,
      updateBody,
      ['A', 'B'].map((name) => ({ body: world.boardId, expectedVersion: 2, name: `Board ${name}` })),
    );
    expect(outcomes(attempts)).toEqual(['CONFLICT', 'OK']);
    const denied = await denialsOf('updateBody');
    const response = await outsider.query(updateBody, {
      input: { body: world.boardId, expectedVersion: 3, name: 'X' },
    });
    await expectForbidden(response, 'body:edit', 'updateBody', denied);
    const [board] = await database.db.select().from(bodies).where(eq(bodies.id, world.board.id));
    expect(board?.version).toBe(3);
  });

  it('records other names, refusing one it already has', async () => {
    const recorded = await secretariat.query(recordAlias, { input: { body: world.boardId, alias: 'The Partnership' } });
    expect(recorded.data.recordBodyAlias.body.aliases).toEqual(['The Partnership']);
    const again = await secretariat.query(recordAlias, { input: { body: world.boardId, alias: 'The Partnership' } });
    expectRefused(again, 'BAD_USER_INPUT', 'input.alias');
    expect(await database.db.select().from(bodyAliases).where(eq(bodyAliases.bodyId, world.board.id))).toHaveLength(1);
  });

  it('ends a body only after its start and once no seat on it outlives the end', async () => {
    const make = factories(database.db);
    const group = await make.body(world.area.id, { validFrom: '2006-01-01' });
    const groupId = toGlobalId('Body', group.id);
    const seat = await api.query(appoint, {
      input: {
        body: groupId,
        memberOrganisation: toGlobalId('Organisation', world.police.id),
        validFrom: '2006-01-01',
      },
    });
    expect(seat.errors).toBeUndefined();
    const input = { body: groupId, endOn: '2008-01-01', expectedVersion: 1 };
    expectRefused(await api.query(endBody, { input }), 'BAD_USER_INPUT', 'input.endOn');
    expectRefused(
      await api.query(endBody, { input: { ...input, endOn: '2005-01-01' } }),
      'BAD_USER_INPUT',
      'input.endOn',
    );
    await api.query(`mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id } } }`, {
      input: { membership: seat.data.appointMember.membership.id, endOn: '2007-06-01', expectedVersion: 1 },
    });
    const ended = await api.query(endBody, { input });
    expect(ended.data.endBody.body).toMatchObject({ version: 2, validTo: '2008-01-01' });
    const changes = await api.query(history, { id: groupId });
    expect(changes.data.history.map((c: Loose) => c.operation)).toEqual(['endBody']);
  });
});

describe('posts', () => {
  const newPost = () => ({
    employer: world.councilId,
    title: 'Director of Children’s Services',
    validFrom: '2005-01-01',
  });

  it('an organisation’s editors create, change and end its posts', async () => {
    const created = await councilEditor.query(createPost, { input: { ...newPost(), clientMutationId: 'post-1' } });
    expect(created.errors).toBeUndefined();
    const post = created.data.createPost.post;
    expect(post).toMatchObject({ senior: false, version: 1 });
    const retry = await councilEditor.query(createPost, { input: { ...newPost(), clientMutationId: 'post-1' } });
    expect(retry.data.createPost.post.id).toBe(post.id);
    const renamed = await councilEditor.query(updatePost, {
      input: { post: post.id, expectedVersion: 1, title: 'Director of Children and Young People’s Services' },
    });
    expect(renamed.data.updatePost.post).toMatchObject({ version: 2 });
    const stale = await councilEditor.query(updatePost, { input: { post: post.id, expectedVersion: 1, title: 'X' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expectRefused(
      await councilEditor.query(endPost, { input: { post: post.id, endOn: '2004-01-01', expectedVersion: 2 } }),
      'BAD_USER_INPUT',
      'input.endOn',
    );
    const ended = await councilEditor.query(endPost, {
      input: { post: post.id, endOn: '2010-01-01', expectedVersion: 2 },
    });
    expect(ended.data.endPost.post).toMatchObject({ version: 3, validTo: '2010-01-01' });
    const changes = await api.query(history, { id: post.id });
    expect(changes.data.history.map((c: Loose) => c.operation)).toEqual(['createPost', 'updatePost', 'endPost']);
  });

  it.each([
    ['an empty title', { title: ' ' }, 'input.title'],
    ['a start before the employer existed', { validFrom: '1999-01-01' }, 'input.validFrom'],
    [
      'a body that does not exist',
      { responsibleToBody: toGlobalId('Body', '00000000-0000-0000-0000-000000000000') },
      'input.responsibleToBody',
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_name, change, field) => {
    const before = await count(posts);
    const response = await councilEditor.query(createPost, { input: { ...newPost(), ...change } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ field });
    expect(await count(posts)).toBe(before);
  });

  it('refuses posts of other organisations, and seniority to anyone but an administrator', async () => {
    const before = await count(posts);
    for (const [client, input] of [
      [outsider, newPost()],
      [councilEditor, { ...newPost(), senior: true }],
    ] as const) {
      const denied = await denialsOf('createPost');
      await expectForbidden(await client.query(createPost, { input }), 'post:edit', 'createPost', denied);
    }
    expect(await count(posts)).toBe(before);
    const senior = await api.query(createPost, { input: { ...newPost(), senior: true } });
    expect(senior.data.createPost.post.senior).toBe(true);
  });
});
