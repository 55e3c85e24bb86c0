import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/development-key';
import { freePort } from './support/private-cluster';

/**
 * The registry as an operator runs it: `npm start` in a process of its own, on a database of its own (a fresh
 * PostgreSQL database in the PostgreSQL pass, a fresh embedded one otherwise), stopped with SIGTERM as a deploy
 * stops it.
 */
const serverUrl = process.env.DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'registry-process-'));
const databaseName = `registry_process_${process.pid}`;
let port: number;
let registry: Started;

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function databaseUrl(): string | undefined {
  if (!serverUrl) return undefined;
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

function startRegistry(extra: Record<string, string> = {}): Started {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  Object.assign(env, { DATA_DIR: dataDir, SHUTDOWN_GRACE_MS: '20000', ...extra });
  const url = databaseUrl();
  if (url) env.DATABASE_URL = url;
  // A group of its own, so the test can clean up npm and the server together whatever happens.
  const child = spawn('npm', ['start', '--silent'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitUntilListening(started: Started): Promise<void> {
  for (let waited = 0; waited < 170_000; waited += 200) {
    if (/Partnership registry on http/.test(started.output())) return;
    if (started.child.exitCode !== null) throw new Error(`the registry stopped: ${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the registry did not start: ${started.output()}`);
}

beforeAll(async () => {
  port = await freePort();
  if (serverUrl) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${databaseName}`);
    await admin.end();
  }
  registry = startRegistry();
  await waitUntilListening(registry);
}, 180_000);

afterAll(async () => {
  if (registry?.child.exitCode === null) process.kill(-registry.child.pid!, 'SIGKILL');
  if (serverUrl) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function graphql(token: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  return { status: response.status, body, answeredAt: performance.now() };
}

describe('npm start', () => {
  it('explains in one line, at once, that the port is taken', async () => {
    const second = startRegistry({ DATA_DIR: join(dataDir, 'second') });
    expect(await second.exited).toBe(1);
    expect(second.output().trim()).toBe(
      `Cannot listen: port ${port} on 127.0.0.1 is already in use: stop the other server or set PORT`,
    );
  });

  it('on SIGTERM finishes every request in flight, refuses new ones, closes the database and exits 0', async () => {
    const token = await signDevelopmentToken(dataDir, {
      subject: 'deploy test',
      organisationCode: 'staffordshire/county-council',
      roles: ['administrator'],
      hours: 1,
    });
    const reads = Array.from({ length: 12 }, () =>
      graphql(token, '{ bodies(first: 100) { nodes { name memberships { role memberOrganisation { name } } } } }'),
    );
    const writes = Array.from({ length: 4 }, (_, i) =>
      graphql(
        token,
        'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { code } } }',
        { input: { code: `drain/${i}`, name: `Drain ${i}`, kind: 'OTHER', validFrom: '2020-01-01' } },
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    const signalled = performance.now();
    registry.child.kill('SIGTERM');

    const answers = await Promise.all([...reads, ...writes]);
    expect(answers.map((answer) => answer.status)).toEqual(Array(16).fill(200));
    expect(answers.every((answer) => answer.body.errors === undefined)).toBe(true);
    // They were in flight: answered after the signal, by a server that was already draining.
    expect(answers.filter((answer) => answer.answeredAt > signalled).length).toBeGreaterThan(8);
    expect(await registry.exited).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(20_000);
    expect(registry.output()).toMatch(/SIGTERM: finishing the requests in flight[\s\S]*Closed/);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();

    // Every write that was answered is in the database the server closed.
    const restarted = startRegistry();
    registry = restarted;
    await waitUntilListening(restarted);
    const stored = await graphql(
      token,
      `
        {
          organisations(filter: { codes: ["drain/0", "drain/1", "drain/2", "drain/3"] }) {
            totalCount
          }
        }
      `,
    );
    expect(stored.body.data.organisations.totalCount).toBe(4);
  }, 240_000);
});
