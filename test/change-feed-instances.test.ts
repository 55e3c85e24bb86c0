import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/development-key';
import { connectFeed, type FeedConnection, type FeedSubscription } from './support/feed-client';
import { freePort } from './support/private-cluster';
import { graphqlAt, startRegistryProcess, untilListening, type RegistryProcess } from './support/registry-process';

/**
 * Two API processes on one PostgreSQL database, as a deployment behind a load balancer runs them: a write through
 * either reaches the subscribers of the other, through the database's LISTEN/NOTIFY. PostgreSQL only: an embedded
 * database is one process's alone (change-feed.test.ts covers it within the process).
 */
const serverUrl = process.env.DATABASE_URL;
const databaseName = `registry_feed_${process.pid}`;
const dataDir = mkdtempSync(join(tmpdir(), 'registry-feed-'));
const staffordshire = 'E10000028';
const feedQuery = `subscription($areaCode: String!) {
  registryChanged(areaCode: $areaCode) { kind action recordId bodyIds areaCodes operation }
}`;
let first: RegistryProcess;
let second: RegistryProcess;
let token: string;
let areaId: string;
const connections: FeedConnection[] = [];

function databaseUrl(): string {
  const url = new URL(serverUrl!);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

async function createBody(through: RegistryProcess, name: string): Promise<string> {
  const response = await graphqlAt(
    through.url,
    token,
    'mutation($input: CreateBodyInput!) { createBody(input: $input) { body { id } } }',
    { input: { area: areaId, name, kind: 'LOCALITY_BOARD', level: 'OPERATIONAL', validFrom: '2026-02-01' } },
  );
  expect(response.errors).toBeUndefined();
  return response.data.createBody.body.id;
}

/**
 * Subscribes on `at`, then writes through `through` until the subscription hears one of the writes, so that it is
 * known to be running before the write the test is about.
 */
async function liveSubscription(
  at: RegistryProcess,
  through: RegistryProcess,
): Promise<FeedSubscription & { connection: FeedConnection }> {
  const connection = connectFeed(at.url, { authorization: `Bearer ${token}` });
  connections.push(connection);
  const subscription = connection.subscribe(feedQuery, { areaCode: staffordshire });
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await createBody(through, `Warm-up group ${attempt}`);
    const heard = await subscription.quiet(attempt < 3 ? 300 : 1_000);
    if (heard.length) return Object.assign(subscription, { connection });
  }
  throw new Error(`the subscription on ${at.url} heard nothing: ${at.output()}`);
}

describe.skipIf(!serverUrl)('two API processes on one PostgreSQL database', () => {
  beforeAll(async () => {
    const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${databaseName}`);
    await admin.end();
    const env = { DATABASE_URL: databaseUrl(), DATA_DIR: dataDir, SHUTDOWN_GRACE_MS: '20000' };
    first = startRegistryProcess(await freePort(), env);
    await untilListening(first);
    second = startRegistryProcess(await freePort(), env);
    await untilListening(second);
    token = await signDevelopmentToken(dataDir, {
      organisationCode: 'staffordshire/county-council',
      subject: 'feed test',
      roles: ['administrator'],
    });
    const area = await graphqlAt(first.url, token, 'query($code: String!) { area(code: $code) { id } }', {
      code: staffordshire,
    });
    areaId = area.data.area.id;
  }, 240_000);

  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.dispose()));
    first?.kill();
    second?.kill();
    const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a body created through one reaches a subscriber of the other, and the other way round', async () => {
    const onSecond = await liveSubscription(second, first);
    const onFirst = await liveSubscription(first, second);
    await onSecond.quiet(300);
    await onFirst.quiet(300);

    const throughFirst = await createBody(first, 'Cannock Chase locality group (first instance)');
    const heardOnSecond = (await onSecond.next()).registryChanged as Record<string, unknown>;
    expect(heardOnSecond).toMatchObject({
      kind: 'BODY',
      action: 'CREATED',
      recordId: throughFirst,
      bodyIds: [throughFirst],
      areaCodes: [staffordshire],
      operation: 'createBody',
    });

    // The first instance's own subscriber hears it too, once.
    expect((await onFirst.next()).registryChanged).toMatchObject({ recordId: throughFirst });

    const throughSecond = await createBody(second, 'Cannock Chase locality group (second instance)');
    expect((await onFirst.next()).registryChanged).toMatchObject({ kind: 'BODY', recordId: throughSecond });
    expect((await onSecond.next()).registryChanged).toMatchObject({ recordId: throughSecond });
    expect(await onFirst.quiet(300)).toEqual([]);
    expect(await onSecond.quiet(0)).toEqual([]);
  }, 120_000);

  it('on SIGTERM an instance tells its subscribers it is going away (1001) and exits 0 at once', async () => {
    const { connection } = await liveSubscription(second, first);
    const signalled = Date.now();
    process.kill(second.child.pid!, 'SIGTERM');
    expect((await connection.closed).code).toBe(1001);
    expect(await second.exited).toBe(0);
    // Well within SHUTDOWN_GRACE_MS (20 s): the sockets do not hold the drain.
    expect(Date.now() - signalled).toBeLessThan(8_000);
    // The other instance still serves its subscribers.
    const onFirst = await liveSubscription(first, first);
    const id = await createBody(first, 'After the second instance stopped');
    expect((await onFirst.next()).registryChanged).toMatchObject({ recordId: id });
  }, 120_000);
});
