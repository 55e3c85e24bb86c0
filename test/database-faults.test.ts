import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../src/db';
import { startApi, type TestApi } from './support/api';
import { startPrivateCluster, type PrivateCluster } from './support/private-cluster';

/**
 * The registry's own PostgreSQL server is restarted and stopped while writers and readers keep going. It runs in
 * the PostgreSQL pass of the suite, on a private cluster (never the shared server).
 */
const onPostgres = Boolean(process.env.DATABASE_URL);

let cluster: PrivateCluster;
let database: DatabaseHandle;
let api: TestApi;

beforeAll(async () => {
  if (!onPostgres) return;
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
}, 120_000);

afterAll(async () => {
  await api?.close();
  await database?.close();
  await cluster?.dispose();
});

interface Outcome {
  code: string;
  status: number;
  error?: { code?: unknown; writeOutcome?: unknown };
  organisationId?: string;
}

const createOrganisation = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { organisation { id } } }`;

/** One write as a client makes it; a dropped connection would count as status 0. */
async function writeOnce(code: string): Promise<Outcome> {
  const input = { code, name: `Fault ${code}`, kind: 'OTHER', validFrom: '2020-01-01', clientMutationId: code };
  try {
    const response = await api.query(createOrganisation, { input });
    const error = response.errors?.[0]?.extensions;
    return {
      code,
      status: response.status,
      error,
      organisationId: response.data?.createOrganisation?.organisation?.id,
    };
  } catch {
    return { code, status: 0 };
  }
}

async function readOnce(): Promise<Outcome> {
  try {
    const response = await api.query('{ organisations(first: 5) { nodes { name } } }');
    return { code: 'read', status: response.status, error: response.errors?.[0]?.extensions };
  } catch {
    return { code: 'read', status: 0 };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!onPostgres)('the driver when its connection dies inside a transaction', () => {
  it('rejects the next statement with CONNECTION_CLOSED instead of crashing the process', async () => {
    // postgres.js 3.4.9 queued this statement's write for the next tick and then wrote to the closed socket, an
    // uncaught TypeError (porsager/postgres#1154); patches/postgres+3.4.9.patch settles it instead.
    const client = postgres(cluster.url, { max: 2, onnotice: () => {} });
    const killer = postgres(cluster.url, { max: 1, onnotice: () => {} });
    const failure = client
      .begin(async (tx) => {
        const [backend] = await tx<{ pid: number }[]>`select pg_backend_pid() as pid`;
        await killer`select pg_terminate_backend(${backend!.pid})`;
        await sleep(200);
        await tx`select 1`;
      })
      .catch((error: { code?: string }) => error.code);
    expect(await failure).toBe('CONNECTION_CLOSED');
    await sleep(300);
    // The pool reconnects for the next query, and closes cleanly.
    expect(await client`select 1 as one`).toEqual([{ one: 1 }]);
    await client.end({ timeout: 2 });
    await killer.end({ timeout: 2 });
  });
});

describe.skipIf(!onPostgres)('the database restarting and going away under load', () => {
  it('survives, fails fast with codes a client can act on, recovers by itself, and loses no write', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    const loops = Array.from({ length: 8 }, async (_, worker) => {
      for (let i = 0; running; i += 1) {
        outcomes.push(worker < 6 ? await writeOnce(`fault/w${worker}-${i}`) : await readOnce());
      }
    });

    await sleep(1_000);
    await cluster.restart();
    await sleep(1_000);
    await cluster.stop();
    const outage = await measureOutage();
    await sleep(1_000);
    await cluster.start();
    const recoveryMs = await measureRecovery();
    await sleep(1_000);
    running = false;
    await Promise.all(loops);

    // Nothing but the two codes that mean "try again", and never a reset connection or a 500.
    const failures = outcomes.filter((outcome) => outcome.error);
    expect(
      outcomes.filter((outcome) => outcome.status === 0 || (outcome.status >= 500 && outcome.status !== 503)),
    ).toEqual([]);
    expect(new Set(failures.map((outcome) => outcome.error!.code))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(outage.requestMs).toBeLessThan(2_500);
    expect(outage.request).toMatchObject({ status: 503, error: { code: 'SERVICE_UNAVAILABLE' } });
    expect(outage.readinessMs).toBeLessThan(1_500);
    expect(outage.readiness).toBe(503);
    expect(recoveryMs).toBeLessThan(1_500);

    const writes = outcomes.filter((outcome) => outcome.code !== 'read');
    const unknown = await checkEveryWrite(writes);
    console.log(
      `database faults: ${outcomes.length} requests, ${failures.length} failed (SERVICE_UNAVAILABLE), ` +
        `${writes.filter((w) => w.organisationId).length} writes committed, ${unknown} of unknown outcome retried; ` +
        `during the outage a request was answered in ${outage.requestMs} ms and /readyz in ${outage.readinessMs} ms; ` +
        `service returned ${recoveryMs} ms after the database`,
    );
  }, 120_000);
});

async function measureOutage() {
  let started = performance.now();
  const request = await readOnce();
  const requestMs = Math.round(performance.now() - started);
  started = performance.now();
  const readiness = (await fetch(`${api.url}/readyz`)).status;
  const readinessMs = Math.round(performance.now() - started);
  return { request, requestMs, readiness, readinessMs };
}

/** Time from the database accepting connections again to the registry answering a read. */
async function measureRecovery(): Promise<number> {
  const started = performance.now();
  while (!(await readOnce()).status.toString().startsWith('2')) await sleep(20);
  return Math.round(performance.now() - started);
}

/**
 * Each write is where its answer said: committed ones exist once; refused ones (before the write began, or
 * NOT_WRITTEN) do not exist; those of unknown outcome are sent again with their clientMutationId and then exist
 * exactly once. Returns how many had an unknown outcome.
 */
async function checkEveryWrite(writes: Outcome[]): Promise<number> {
  const unknown = writes.filter((write) => write.error?.writeOutcome === 'UNKNOWN');
  for (const write of unknown) {
    const retried = await writeOnce(write.code);
    expect(retried.error).toBeUndefined();
  }
  const stored = await api.query(
    `query($codes: [String!]) { organisations(filter: { codes: $codes }, first: 100) { totalCount } }`,
    { codes: [] },
  );
  expect(stored.errors).toBeUndefined();
  for (const write of writes) {
    const found = await api.query(
      `query($codes: [String!]) { organisations(filter: { codes: $codes }) { nodes { id } } }`,
      {
        codes: [write.code],
      },
    );
    const ids = found.data.organisations.nodes.map((node: { id: string }) => node.id);
    if (write.organisationId) expect(ids, write.code).toEqual([write.organisationId]);
    else if (write.error?.writeOutcome === 'UNKNOWN') expect(ids, write.code).toHaveLength(1);
    else expect(ids, `${write.code}: ${JSON.stringify(write.error)}`).toEqual([]);
  }
  return unknown.length;
}
