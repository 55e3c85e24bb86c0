import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changes, organisations, posts } from '../schema/database/index';
import type { Viewer } from '../src/auth/viewer';
import { createContext } from '../src/context';
import { countStatements } from '../src/db';
import { updateOrganisation } from '../src/modules/organisations/organisation.service';
import { createPost } from '../src/modules/people/post.service';
import { administrationCode, startApi, type Client, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let administrator: Viewer;
let councilId: string;
let councilGlobalId: string;

const createTwo = `mutation($a: CreateOrganisationInput!, $b: CreateOrganisationInput!) {
  first: createOrganisation(input: $a) { organisation { id name } }
  second: createOrganisation(input: $b) { organisation { id name } } }`;
const createOne = `mutation($a: CreateOrganisationInput!) {
  first: createOrganisation(input: $a) { organisation { id name } } }`;
const createPostAsFirst = `mutation($input: CreatePostInput!) { first: createPost(input: $input) { post { id } } }`;

const organisationInput = (name: string) => ({ name, kind: 'VOLUNTARY_AND_COMMUNITY', validFrom: '2006-04-01' });
const countOf = async (name: string) =>
  (await database.db.select().from(organisations).where(eq(organisations.name, name))).length;

async function withIdempotencyKey(key: string): Promise<Client> {
  const token = await api.identity.sign({
    org: administrationCode,
    roles: ['administrator'],
    sub: 'test administrator',
  });
  return api.withHeaders({ authorization: `Bearer ${token}`, 'idempotency-key': key });
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  const make = factories(database.db);
  const council = await make.organisation({ code: 'keyshire-council', name: 'Keyshire Council' });
  councilId = council.id;
  const response = await api.query(`{ organisations(first: 100) { nodes { id code } } }`);
  councilGlobalId = response.data.organisations.nodes.find((node: { code: string }) => node.code === council.code).id;
  const [administration] = await database.db
    .select()
    .from(organisations)
    .where(eq(organisations.code, administrationCode));
  administrator = {
    subject: 'test administrator',
    organisationId: administration!.id,
    organisationCode: administrationCode,
    roles: [{ role: 'administrator' }],
    canWrite: true,
    via: 'token',
  };
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('the Idempotency-Key header', () => {
  it('makes every create in a request safe to retry, each keeping its own result', async () => {
    const client = await withIdempotencyKey('a7c1d2e0-retry-both');
    const variables = { a: organisationInput('Keyshire Carers'), b: organisationInput('Keyshire Young Carers') };
    const first = await client.query(createTwo, variables);
    expect(first.errors).toBeUndefined();
    expect(first.data.first.organisation.id).not.toBe(first.data.second.organisation.id);

    const retry = await client.query(createTwo, variables);
    expect(retry.data).toEqual(first.data);
    expect(await countOf('Keyshire Carers')).toBe(1);
    expect(await countOf('Keyshire Young Carers')).toBe(1);
    const created = await database.db.select().from(changes).where(eq(changes.operation, 'createOrganisation'));
    expect(created.filter((change) => String(change.after?.name).startsWith('Keyshire'))).toHaveLength(2);
  });

  it('writes again under a new key, and the input’s clientMutationId takes precedence over the header', async () => {
    const variables = { a: organisationInput('Keyshire Mentors') };
    await (await withIdempotencyKey('key-one')).query(createOne, variables);
    await (await withIdempotencyKey('key-two')).query(createOne, variables);
    expect(await countOf('Keyshire Mentors')).toBe(2);

    const withBoth = { a: { ...organisationInput('Keyshire Tutors'), clientMutationId: 'tutors-1' } };
    await (await withIdempotencyKey('key-three')).query(createOne, withBoth);
    await (await withIdempotencyKey('key-four')).query(createOne, withBoth);
    expect(await countOf('Keyshire Tutors')).toBe(1);
  });

  it('refuses a key reused for another operation at the same place, naming the header', async () => {
    const client = await withIdempotencyKey('reused-key');
    await client.query(createOne, { a: organisationInput('Keyshire Advocacy') });
    const post = { employer: councilGlobalId, title: 'Keyshire lead officer', validFrom: '2006-04-01' };
    const before = (await database.db.select().from(posts)).length;
    const response = await client.query(createPostAsFirst, { input: post });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect((await database.db.select().from(posts)).length).toBe(before);
  });

  it('refuses a key sent again with other input (422, as the IETF Idempotency-Key draft asks), writing nothing', async () => {
    const client = await withIdempotencyKey('changed-input-key');
    const first = await client.query(createOne, { a: organisationInput('Keyshire Foster Carers') });
    expect(first.errors).toBeUndefined();
    const retry = await client.query(createOne, { a: organisationInput('Keyshire Foster Carers') });
    expect(retry.data?.first?.organisation?.id).toBe(first.data?.first?.organisation?.id);
    const changed = await client.query(createOne, { a: organisationInput('Keyshire Kinship Carers') });
    expect(changed.status).toBe(422);
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(changed.errors?.[0]?.message).toMatch(/other input/);
    expect(await countOf('Keyshire Kinship Carers')).toBe(0);

    const once = { a: { ...organisationInput('Keyshire Respite'), clientMutationId: 'respite-1' } };
    await api.query(createOne, once);
    const other = { a: { ...organisationInput('Keyshire Short Breaks'), clientMutationId: 'respite-1' } };
    const reused = await api.query(createOne, other);
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.clientMutationId' });
    expect(await countOf('Keyshire Short Breaks')).toBe(0);
  });

  it('gives concurrent retries one record between them', async () => {
    const client = await withIdempotencyKey('concurrent-key');
    const variables = { a: organisationInput('Keyshire Befrienders') };
    const answers = await Promise.all([client.query(createOne, variables), client.query(createOne, variables)]);
    const ids = answers.map((answer) => answer.data?.first?.organisation?.id);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
    expect(await countOf('Keyshire Befrienders')).toBe(1);
  });

  it.each([['x'.repeat(201)], ['has spaces']])('refuses the malformed key %#, before anything runs', async (key) => {
    const response = await (await withIdempotencyKey(key)).query(createOne, { a: organisationInput('Keyshire Nope') });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(await countOf('Keyshire Nope')).toBe(0);
  });
});

describe('loaders after a write', () => {
  it('hold the rows the write committed, so reading them back costs no statement', async () => {
    const context = createContext(database.db, administrator);
    const id = await createPost(context, {
      employer: councilGlobalId,
      title: 'Keyshire safeguarding manager',
      senior: false,
      validFrom: new Date('2007-01-01'),
    });
    const { result: primed, statements } = await countStatements(() => context.stores.posts.byId.load(id));
    expect(statements).toBe(0);
    const [stored] = await database.db.select().from(posts).where(eq(posts.id, id));
    expect(primed).toEqual(stored);
  });

  it('replace everything read before the write, so nothing stale is served', async () => {
    const context = createContext(database.db, administrator);
    const before = await context.stores.organisations.byId.load(councilId);
    await updateOrganisation(context, {
      organisation: councilGlobalId,
      expectedVersion: before!.version,
      name: 'Keyshire County Council',
    });
    const { result: after, statements } = await countStatements(() =>
      context.stores.organisations.byId.load(councilId),
    );
    expect(statements).toBe(0);
    expect(after).toMatchObject({ name: 'Keyshire County Council', version: before!.version + 1 });
  });
});
