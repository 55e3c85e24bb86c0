import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { signDevelopmentToken } from '../src/auth/development-key';
import { seedDatabase } from '../seeds/index';
import { administrationCode, startApi } from '../test/support/api';
import { createTestDatabase } from '../test/support/database';
import { connectFeed, type FeedSubscription } from '../test/support/feed-client';
import { freePort } from '../test/support/private-cluster';
import { graphqlAt, startRegistryProcess, untilListening } from '../test/support/registry-process';

/**
 * The change feed's delivery latency: a body is created through one API instance and a subscriber of another hears
 * of it. With DATABASE_URL, two registry processes (`node --import tsx src/main.ts`) on a fresh database of that
 * server; without, one process on in-memory PGlite (the embedded database is one process's alone). For each of
 * `writes` writes, one after another: from the write's answer to the event (the feed's own time: NOTIFY, LISTEN,
 * one batch read, judging, sending), and from sending the write to the event. `npx tsx bench/feed.ts [writes]`.
 */
const writes = Number(process.argv[2] ?? 30);
const staffordshire = 'E10000028';
const subscriptionQuery = `subscription($code: String!) { registryChanged(areaCode: $code) { recordId } }`;
const createBody = 'mutation($input: CreateBodyInput!) { createBody(input: $input) { body { id } } }';

type Write = (name: string) => Promise<string>;

async function measure(subscription: FeedSubscription, write: Write): Promise<void> {
  for (let warm = 0; warm < 20; warm += 1) {
    await write(`Feed bench warm-up ${warm}`);
    if ((await subscription.quiet(warm < 3 ? 300 : 1_000)).length) break;
  }
  await subscription.quiet(300);
  const afterAnswer: number[] = [];
  const endToEnd: number[] = [];
  for (let run = 0; run < writes; run += 1) {
    const sent = performance.now();
    const id = await write(`Feed bench group ${run}`);
    const answered = performance.now();
    let event = (await subscription.next()).registryChanged as { recordId: string };
    while (event.recordId !== id) event = (await subscription.next()).registryChanged as { recordId: string };
    const heard = performance.now();
    afterAnswer.push(heard - answered);
    endToEnd.push(heard - sent);
  }
  report('write answered → event heard', afterAnswer);
  report('write sent → event heard', endToEnd);
}

function report(name: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  console.log(`${name.padEnd(32)} median ${at(0.5)} ms   p90 ${at(0.9)} ms   max ${at(1)} ms   (${times.length})`);
}

async function twoProcesses(serverUrl: string): Promise<void> {
  const name = `registry_feed_bench_${process.pid}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'registry-feed-bench-'));
  const env = { DATABASE_URL: url.toString(), DATA_DIR: dataDir, NODE_ENV: 'development' };
  const writer = startRegistryProcess(await freePort(), env);
  try {
    await untilListening(writer);
    const listener = startRegistryProcess(await freePort(), env);
    try {
      await untilListening(listener);
      const token = await signDevelopmentToken(dataDir, {
        organisationCode: 'staffordshire/county-council',
        subject: 'feed bench',
        roles: ['administrator'],
      });
      const area = await graphqlAt(writer.url, token, 'query($c: String!) { area(code: $c) { id } }', {
        c: staffordshire,
      });
      const connection = connectFeed(listener.url, { authorization: `Bearer ${token}` });
      const subscription = connection.subscribe(subscriptionQuery, { code: staffordshire });
      console.log(`PostgreSQL, two processes: writes through ${writer.url}, subscriber on ${listener.url}`);
      await measure(subscription, async (body) => {
        const input = {
          area: area.data.area.id,
          name: body,
          kind: 'LOCALITY_BOARD',
          level: 'OPERATIONAL',
          validFrom: '2026-01-01',
        };
        const answer = await graphqlAt(writer.url, token, createBody, { input });
        return answer.data.createBody.body.id;
      });
      await connection.dispose();
    } finally {
      listener.kill();
    }
  } finally {
    writer.kill();
    rmSync(dataDir, { recursive: true, force: true });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function oneProcess(): Promise<void> {
  const database = await createTestDatabase();
  await seedDatabase(database.db);
  const api = await startApi(database.db);
  const token = await api.identity.sign({ org: administrationCode, roles: ['administrator'], sub: 'feed bench' });
  const area = await api.query(`{ area(code: "${staffordshire}") { id } }`);
  const connection = connectFeed(api.url, { authorization: `Bearer ${token}` });
  const subscription = connection.subscribe(subscriptionQuery, { code: staffordshire });
  console.log('PGlite, one process (set DATABASE_URL for two processes on PostgreSQL)');
  await measure(subscription, async (body) => {
    const input = {
      area: area.data.area.id,
      name: body,
      kind: 'LOCALITY_BOARD',
      level: 'OPERATIONAL',
      validFrom: '2026-01-01',
    };
    const answer = await api.query(createBody, { input });
    return answer.data.createBody.body.id;
  });
  await connection.dispose();
  await api.front.drain(1_000);
  await database.dispose();
}

const serverUrl = process.env.DATABASE_URL;
await (serverUrl ? twoProcesses(serverUrl) : oneProcess());
process.exit(0);
