import { ApolloClient, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { Client as UrqlClient, subscriptionExchange } from '@urql/core';
import { sql } from 'drizzle-orm';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { seedDatabase } from '../seeds/index';
import { issueApiKey } from '../src/auth/api-keys';
import { changeFeedOf } from '../src/modules/changes-feed/index';
import { administrationCode, startApi, type Loose, type TestApi } from './support/api';
import { buildAccessWorld, codes, secrets } from './support/access-world';
import { createTestDatabase, type TestDatabase } from './support/database';
import { connectFeed, until, type FeedConnection } from './support/feed-client';

/**
 * The change feed through a real graphql-ws client, against the real server on the database of this pass (PGlite,
 * or PostgreSQL): events come from the transaction that commits a write, reach only those who may learn of them,
 * and carry no confidential value. Two processes on one PostgreSQL database are in change-feed-instances.test.ts.
 */
let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildAccessWorld>>;
const open: FeedConnection[] = [];

const staffordshire = 'E10000028';
const fields = 'id kind action recordId bodyIds areaCodes effectiveFrom committedAt operation';
const areaFeed = `subscription($areaCode: String!) { registryChanged(areaCode: $areaCode) { ${fields} } }`;
const bodyFeed = `subscription($id: ID!) { bodyChanged(id: $id) { ${fields} } }`;
const updateBody = `mutation($input: UpdateBodyInput!) { updateBody(input: $input) { body { id version } } }`;
const feed = () => changeFeedOf(database.db);

async function tokenFor(org: string, roles = ['reader'], sub = `${org} user`): Promise<string> {
  return `Bearer ${await api.identity.sign({ org, roles, sub })}`;
}

async function connectAs(org: string, roles?: string[]): Promise<FeedConnection> {
  const connection = connectFeed(api.url, { authorization: await tokenFor(org, roles) });
  open.push(connection);
  return connection;
}

const administrator = () => connectAs(administrationCode, ['administrator']);

/** Subscribes, then waits until the server runs the subscription, so that a write made next is heard. */
async function subscribed(connection: FeedConnection, query: string, variables: Record<string, unknown>) {
  const before = feed().started;
  const subscription = connection.subscribe<Loose>(query, variables);
  await until(() => feed().started > before || subscription.errors.length > 0);
  return subscription;
}

async function versionOf(id: string): Promise<number> {
  const response = await api.query('query($id: ID!) { body(id: $id) { version } }', { id });
  return response.data.body.version;
}

async function renameBoard(name: string) {
  const response = await api.query(updateBody, {
    input: { body: world.ids.board, expectedVersion: await versionOf(world.ids.board), name },
  });
  expect(response.errors).toBeUndefined();
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database.db);
  api = await startApi(database.db);
  world = await buildAccessWorld(database.db, api);
}, 120_000);

afterAll(async () => {
  await Promise.all(open.map((connection) => connection.dispose()));
  await api?.front.drain(1_000);
  await api?.close().catch(() => undefined);
  await database?.dispose();
});

describe('registryChanged', () => {
  it('tells a subscriber to Staffordshire of a body created in one of its districts, with its ids and dates', async () => {
    const areas = await api.query(`query($code: String!) { area(code: $code) { id } }`, { code: staffordshire });
    const districts = await api.query(
      'query($parent: ID!) { areas(filter: { parentArea: $parent }, first: 1) { nodes { id code } } }',
      { parent: areas.data.area.id },
    );
    const district = districts.data.areas.nodes[0];
    expect(district.code).not.toBe(staffordshire);
    const subscription = await subscribed(await administrator(), areaFeed, { areaCode: staffordshire });

    const created = await api.query(
      `mutation($input: CreateBodyInput!) { createBody(input: $input) { body { id } } }`,
      {
        input: {
          area: district.id,
          name: 'Feed test locality group',
          kind: 'LOCALITY_BOARD',
          level: 'OPERATIONAL',
          validFrom: '2026-01-05',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const bodyId = created.data.createBody.body.id;

    const { registryChanged: event } = await subscription.next();
    expect(event).toMatchObject({
      kind: 'BODY',
      action: 'CREATED',
      recordId: bodyId,
      bodyIds: [bodyId],
      areaCodes: [district.code],
      effectiveFrom: '2026-01-05',
      operation: 'createBody',
    });
    expect(Date.parse(event.committedAt)).toBeGreaterThan(Date.now() - 60_000);
    subscription.dispose();
  });

  it('refuses an area code that names no area, naming the argument', async () => {
    const subscription = (await administrator()).subscribe(areaFeed, { areaCode: 'E99999999' });
    await until(() => subscription.errors.length > 0);
    expect(subscription.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'areaCode' } });
  });
});

describe('bodyChanged', () => {
  it('tells of a change to the body and of a seat on it, and of nothing elsewhere', async () => {
    const subscription = await subscribed(await administrator(), bodyFeed, { id: world.ids.board });
    await api.query(updateBody, {
      input: {
        body: world.ids.lscb,
        expectedVersion: await versionOf(world.ids.lscb),
        name: 'Accessshire LSCB (renamed)',
      },
    });
    await renameBoard('Accessshire Children’s Trust Board');
    const { bodyChanged: event } = await subscription.next();
    expect(event).toMatchObject({
      kind: 'BODY',
      action: 'UPDATED',
      recordId: world.ids.board,
      bodyIds: [world.ids.board],
    });
    expect(event.areaCodes).toEqual([codes.area]);

    const ended = await api.query(
      `mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id } } }`,
      { input: { membership: world.ids.youngSeat, expectedVersion: 1, endOn: '2026-03-31' } },
    );
    expect(ended.errors).toBeUndefined();
    const { bodyChanged: seat } = await subscription.next();
    expect(seat).toMatchObject({
      kind: 'MEMBERSHIP',
      action: 'ENDED',
      recordId: world.ids.youngSeat,
      bodyIds: [world.ids.board],
      effectiveFrom: '2026-03-31',
    });
    expect(await subscription.quiet(200)).toEqual([]);
    subscription.dispose();
  });
});

describe('what a subscriber may learn', () => {
  it('sends a change to a contribution’s amount to its owner, and nothing of it to a partner who may not read it', async () => {
    const owner = await subscribed(await connectAs(codes.pct), areaFeed, { areaCode: codes.area });
    const outsider = await subscribed(await connectAs(codes.outsider), areaFeed, { areaCode: codes.area });
    const police = await subscribed(await connectAs(codes.police), areaFeed, { areaCode: codes.area });

    const changed = await api.query(
      `mutation($input: UpdateContributionInput!) { updateContribution(input: $input) { contribution { id } } }`,
      { input: { contribution: world.ids.contribution, expectedVersion: 1, amount: secrets.contributionAmount + 1 } },
    );
    expect(changed.errors).toBeUndefined();
    // A public change after it: whoever hears this first heard nothing of the contribution.
    await renameBoard('Accessshire Children’s Trust (after the contribution)');

    const first = (await owner.next()).registryChanged;
    expect(first).toMatchObject({ kind: 'CONTRIBUTION', action: 'UPDATED', recordId: world.ids.contribution });
    expect(JSON.stringify(first)).not.toContain(String(secrets.contributionAmount + 1));
    expect((await owner.next()).registryChanged).toMatchObject({ kind: 'BODY', recordId: world.ids.board });
    for (const partner of [outsider, police]) {
      expect((await partner.next()).registryChanged).toMatchObject({ kind: 'BODY', recordId: world.ids.board });
      expect(await partner.quiet(100)).toEqual([]);
    }
    for (const subscription of [owner, outsider, police]) subscription.dispose();
  });

  it('sends nothing of a nomination to a viewer who may not read the body’s nominations', async () => {
    const outsider = await subscribed(await connectAs(codes.outsider), bodyFeed, { id: world.ids.board });
    const administration = await subscribed(await administrator(), bodyFeed, { id: world.ids.board });
    const proposed = await api.query(
      `mutation($input: ProposeSeatInput!) { proposeSeat(input: $input) { nomination { id } } }`,
      { input: { body: world.ids.board, memberOrganisation: world.ids.council, validFrom: '2026-06-01' } },
    );
    expect(proposed.errors).toBeUndefined();
    await renameBoard('Accessshire Children’s Trust (after the nomination)');
    expect((await administration.next()).bodyChanged).toMatchObject({ kind: 'NOMINATION', action: 'CREATED' });
    expect((await administration.next()).bodyChanged).toMatchObject({ kind: 'BODY' });
    expect((await outsider.next()).bodyChanged).toMatchObject({ kind: 'BODY' });
    expect(await outsider.quiet(100)).toEqual([]);
  });
});

describe('what is never sent', () => {
  it('sends nothing for a write refused by its version check, or for a transaction rolled back', async () => {
    const subscription = await subscribed(await administrator(), bodyFeed, { id: world.ids.board });
    const stale = await api.query(updateBody, {
      input: { body: world.ids.board, expectedVersion: 1, name: 'A stale rename' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const rolledBack = database.db.transaction(async (tx) => {
      await tx.execute(
        sql`INSERT INTO changes (subject, operation, record_type, record_id, area_id, after)
            SELECT 'test', 'updateBody', 'Body', id, area_id, jsonb_build_object('name', 'never') FROM bodies
            WHERE name LIKE 'Accessshire Children%'`,
      );
      throw new Error('rolled back');
    });
    await expect(rolledBack).rejects.toThrow('rolled back');
    await renameBoard('Accessshire Children’s Trust (after the refusals)');
    const { bodyChanged: event } = await subscription.next();
    expect(event.operation).toBe('updateBody');
    expect(await versionOf(world.ids.board)).toBeGreaterThan(1);
    expect(await subscription.quiet(200)).toEqual([]);
    subscription.dispose();
  });
});

describe('the connection', () => {
  it('is closed without credentials, or with credentials that are not valid (4403)', async () => {
    const none = connectFeed(api.url, undefined);
    const forged = connectFeed(api.url, { authorization: 'Bearer not-a-token' });
    const badKey = connectFeed(api.url, { 'X-API-Key': 'nope' });
    for (const connection of [none, forged, badKey]) {
      expect((await connection.closed).code).toBe(4403);
      await connection.dispose();
    }
  });

  it('accepts an API key in connection_init, in either casing', async () => {
    for (const header of ['X-API-Key', 'x-api-key']) {
      const key = await issueApiKey(database.db, world.rows.police.id, `feed ${header}`);
      const connection = connectFeed(api.url, { [header]: key.secret });
      open.push(connection);
      const subscription = await subscribed(connection, areaFeed, { areaCode: codes.area });
      expect(subscription.errors).toEqual([]);
      subscription.dispose();
    }
  });

  it('runs subscriptions only, within the same document limits as a query', async () => {
    const connection = await administrator();
    const query = connection.subscribe('{ viewer { subject } }');
    const deep = connection.subscribe(
      `subscription { registryChanged(areaCode: "E10000028") { ${'__typename '.repeat(40)} id } }`.replace(
        /__typename/g,
        (_, index: number) => `a${index}: __typename`,
      ),
    );
    await until(() => query.errors.length > 0 && deep.errors.length > 0);
    expect(JSON.stringify(query.errors)).toContain('Only subscriptions run over this WebSocket');
    expect(JSON.stringify(deep.errors)).toMatch(/alias/i);
  });

  it('runs at most 20 subscriptions on one connection', async () => {
    const connection = await administrator();
    const subscriptions = Array.from({ length: 21 }, () => connection.subscribe(areaFeed, { areaCode: codes.area }));
    await until(() => subscriptions.some((subscription) => subscription.errors.length > 0));
    const refused = subscriptions.filter((subscription) => subscription.errors.length > 0);
    expect(refused).toHaveLength(1);
    expect(JSON.stringify(refused[0]!.errors)).toContain('At most 20 subscriptions');
    for (const subscription of subscriptions) subscription.dispose();
  });

  it('judges a batch in as many statements for four viewers as for one', async () => {
    const one = await subscribed(await connectAs(codes.pct), areaFeed, { areaCode: codes.area });
    await renameBoard('Accessshire board, one subscriber');
    await one.next();
    const alone = feed().lastBatchStatements;
    const others = [];
    for (const org of [codes.police, codes.outsider, codes.council]) {
      others.push(await subscribed(await connectAs(org), areaFeed, { areaCode: codes.area }));
    }
    await renameBoard('Accessshire board, four subscribers');
    await Promise.all([one, ...others].map((subscription) => subscription.next()));
    expect(alone).toBeGreaterThan(0);
    expect(feed().lastBatchStatements).toBe(alone);
    for (const subscription of [one, ...others]) subscription.dispose();
  });
});

describe('clients', () => {
  it('Apollo Client subscribes through GraphQLWsLink', async () => {
    const wsClient = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: await tokenFor(administrationCode, ['administrator']) },
      retryAttempts: 0,
    });
    const apollo = new ApolloClient({ link: new GraphQLWsLink(wsClient), cache: new InMemoryCache() });
    const received: Loose[] = [];
    const before = feed().started;
    const subscription = apollo
      .subscribe({ query: gql(bodyFeed), variables: { id: world.ids.board } })
      .subscribe({ next: (result) => received.push(result.data) });
    await until(() => feed().started > before);
    await renameBoard('Accessshire board, through Apollo');
    await until(() => received.length > 0);
    expect(received[0].bodyChanged).toMatchObject({ __typename: 'RegistryChange', recordId: world.ids.board });
    subscription.unsubscribe();
    await wsClient.dispose();
  });

  it('urql subscribes through its subscriptionExchange', async () => {
    const wsClient = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: await tokenFor(administrationCode, ['administrator']) },
      retryAttempts: 0,
    });
    const urql = new UrqlClient({
      url: `${api.url}/graphql`,
      exchanges: [
        subscriptionExchange({
          forwardSubscription: (request) => ({
            subscribe: (sink) => ({
              unsubscribe: wsClient.subscribe({ ...request, query: request.query ?? '' }, sink),
            }),
          }),
        }),
      ],
    });
    const received: Loose[] = [];
    const before = feed().started;
    const { unsubscribe } = urql
      .subscription(bodyFeed, { id: world.ids.board })
      .subscribe((result) => received.push(result.data));
    await until(() => feed().started > before);
    await renameBoard('Accessshire board, through urql');
    await until(() => received.length > 0);
    expect(received[0].bodyChanged).toMatchObject({ kind: 'BODY', recordId: world.ids.board });
    unsubscribe();
    await wsClient.dispose();
  });
});

describe('Server-Sent Events at /graphql/stream', () => {
  it('serves the same feed to a graphql-sse client, with the credentials in its headers', async () => {
    const client = createSseClient({
      url: `${api.url}/graphql/stream`,
      headers: { authorization: await tokenFor(administrationCode, ['administrator']) },
      retryAttempts: 0,
    });
    const received: Loose[] = [];
    const before = feed().started;
    const dispose = client.subscribe(
      { query: bodyFeed, variables: { id: world.ids.board } },
      { next: (result) => received.push(result.data), error: () => {}, complete: () => {} },
    );
    await until(() => feed().started > before);
    await renameBoard('Accessshire board, over Server-Sent Events');
    await until(() => received.length > 0);
    expect(received[0].bodyChanged).toMatchObject({ kind: 'BODY', recordId: world.ids.board });
    dispose();
    client.dispose();
  });

  it('refuses a stream without credentials (401) and a document past the limits (400)', async () => {
    const body = JSON.stringify({ query: bodyFeed, variables: { id: world.ids.board } });
    const headers = { 'content-type': 'application/json', accept: 'text/event-stream' };
    const anonymous = await fetch(`${api.url}/graphql/stream`, { method: 'POST', headers, body });
    expect(anonymous.status).toBe(401);
    const deep = `subscription { registryChanged(areaCode: "${codes.area}") { ${Array.from({ length: 40 }, (_, i) => `a${i}: id`).join(' ')} } }`;
    const refused = await fetch(`${api.url}/graphql/stream`, {
      method: 'POST',
      headers: { ...headers, authorization: await tokenFor(administrationCode, ['administrator']) },
      body: JSON.stringify({ query: deep }),
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toMatch(/alias/i);
  });
});

describe('connections that hold nothing', () => {
  let strict: TestApi;

  beforeAll(async () => {
    strict = await startApi(database.db, {
      subscriptions: { connectionInitWaitMs: 300, idleMs: 400, reauthenticateMs: 300 },
    });
  });

  afterAll(async () => {
    await strict?.front.drain(1_000);
    await strict?.close().catch(() => undefined);
  });

  it('closes a socket that never sends connection_init (4408)', async () => {
    const socket = new WebSocket(`${strict.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const code = await new Promise<number>((resolve) => socket.once('close', (closed) => resolve(closed)));
    expect(code).toBe(4408);
  });

  it('closes a connection that runs no subscription for a while', async () => {
    const token = await strict.identity.sign({ org: codes.pct, roles: ['reader'], sub: 'idle' });
    const connection = connectFeed(strict.url, { authorization: `Bearer ${token}` });
    open.push(connection);
    expect((await connection.closed).code).toBe(1000);
  });

  it('ends a connection whose token has expired since it was accepted (4403)', async () => {
    // Past its expiry by 28 s: accepted for 2 s more, within the 30 s allowed for clocks that disagree.
    const token = await strict.identity.sign(
      { org: codes.pct, roles: ['reader'], sub: 'short' },
      { expiresIn: '-28s' },
    );
    const connection = connectFeed(strict.url, { authorization: `Bearer ${token}` });
    open.push(connection);
    const subscription = connection.subscribe(areaFeed, { areaCode: codes.area });
    const closed = await connection.closed;
    expect(closed.code).toBe(4403);
    expect(subscription.events).toEqual([]);
  }, 10_000);

  it('refuses an upgrade anywhere but /graphql', async () => {
    const socket = new WebSocket(`${strict.url.replace('http', 'ws')}/elsewhere`, 'graphql-transport-ws');
    const status = await new Promise<number>((resolve) =>
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)),
    );
    expect(status).toBe(404);
  });
});
