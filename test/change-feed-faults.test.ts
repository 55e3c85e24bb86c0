import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../src/db';
import { toGlobalId } from '../src/shared/global-id';
import { administrationCode, startApi, type TestApi } from './support/api';
import { factories } from './support/factories';
import { connectFeed, type FeedConnection, type FeedSubscription } from './support/feed-client';
import { startPrivateCluster, type PrivateCluster } from './support/private-cluster';

/**
 * The feed's LISTEN connection is cut, and its PostgreSQL server stopped and started again, while a subscriber
 * waits: the feed listens again by itself and no committed change is lost. PostgreSQL pass only, on a private
 * cluster (never the shared server).
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
let cluster: PrivateCluster;
let database: DatabaseHandle;
let api: TestApi;
let connection: FeedConnection;
let subscription: FeedSubscription;
let areaId: string;

async function createBody(name: string): Promise<string | undefined> {
  const response = await api.query('mutation($input: CreateBodyInput!) { createBody(input: $input) { body { id } } }', {
    input: { area: areaId, name, kind: 'LOCALITY_BOARD', level: 'OPERATIONAL', validFrom: '2026-02-01' },
  });
  return response.data?.createBody?.body?.id;
}

/** Writes until the database takes a write again, as a client retrying would. */
async function createBodyOnceUp(name: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const id = await createBody(name).catch(() => undefined);
    if (id) return id;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the database never took the write');
}

async function heard(id: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const event = (await subscription.next(deadline - Date.now())).registryChanged as { recordId: string };
    if (event.recordId === id) return;
  }
  throw new Error(`no event for ${id}`);
}

describe.skipIf(!onPostgres)('the change feed through database faults', () => {
  beforeAll(async () => {
    cluster = await startPrivateCluster();
    const admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
    await admin.unsafe('CREATE DATABASE registry');
    await admin.end();
    database = await openDatabase({
      databaseUrl: cluster.url.replace(/\/postgres$/, '/registry'),
      statementTimeoutMs: 3_000,
    });
    await database.migrate();
    api = await startApi(database.db);
    const area = await factories(database.db).area({ code: 'T-FAULTS', name: 'Faultshire', kind: 'COUNTY' });
    areaId = toGlobalId('Area', area.id);
    const token = await api.identity.sign({ org: administrationCode, roles: ['administrator'], sub: 'faults' });
    connection = connectFeed(api.url, { authorization: `Bearer ${token}` });
    subscription = connection.subscribe('subscription { registryChanged(areaCode: "T-FAULTS") { recordId } }');
    // Writes until the subscription hears one: it is running from then on.
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await createBody(`Warm-up ${attempt}`);
      if ((await subscription.quiet(300)).length) break;
    }
    expect(subscription.events.length).toBeGreaterThan(0);
  }, 120_000);

  afterAll(async () => {
    await connection?.dispose();
    await api?.front.drain(1_000);
    await database?.close();
    await cluster?.dispose();
  });

  it('listens again when its connection is cut, and delivers a write committed at once after', async () => {
    const admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
    const cut = await admin`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = 'registry' AND query ILIKE 'listen%'`;
    await admin.end();
    expect(cut.length).toBe(1);
    const id = await createBodyOnceUp('Written as the listener reconnects');
    await heard(id, 15_000);
  }, 30_000);

  it('listens again after PostgreSQL stops for a while and starts again', async () => {
    await cluster.stop();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await cluster.start();
    const id = await createBodyOnceUp('Written after the restart');
    await heard(id, 20_000);
  }, 60_000);
});
