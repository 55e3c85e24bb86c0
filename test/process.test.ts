import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

/** Runs `npm run -s <args>` as a developer would, against the same database as the server. */
function npmScript(args: string[], extra: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', PORT: String(port), ...extra };
  if (!env.DATABASE_URL) delete env.DATABASE_URL;
  return new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve) => {
    const child = spawn('npm', ['run', '-s', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('exit', (code) => resolve({ stdout, stderr, code }));
  });
}

describe('npm start', () => {
  it('explains in one line, at once, that the port is taken', async () => {
    const second = startRegistry({ DATA_DIR: join(dataDir, 'second') });
    expect(await second.exited).toBe(1);
    expect(second.output().trim()).toBe(
      `Cannot listen: port ${port} on 127.0.0.1 is already in use: stop the other server or set PORT`,
    );
  });

  it('tells what it does on first start: the database, migrating, seeding, listening', () => {
    const output = registry.output();
    const steps = [
      ...(serverUrl ? [] : [/Creating the embedded database in .+ \(first start/]),
      /Migrating the database/,
      /Empty database: loading/,
      /Seeded \d+ areas/,
      /Partnership registry on http:\/\/127\.0\.0\.1:\d+\/graphql/,
    ];
    let from = 0;
    for (const step of steps) {
      const found = output.slice(from).search(step);
      expect(found, `${step} after ${output.slice(0, from)}`).toBeGreaterThanOrEqual(0);
      from += found + 1;
    }
  });

  it('npm run -s token writes the token alone, signed with the key of the server on the same DATA_DIR', async () => {
    const { stdout, stderr, code } = await npmScript(['token', '--', '--org', 'staffordshire/county-council'], {
      DATA_DIR: dataDir,
    });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const answer = await graphql(stdout.trim(), '{ viewer { organisation { code } } }');
    expect(answer.body.data.viewer.organisation.code).toBe('staffordshire/county-council');
  });

  it('npm run -s token says so when there is no server key where it looks, rather than making one', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'registry-no-key-'));
    try {
      const { stdout, stderr, code } = await npmScript(['token', '--', '--org', 'x'], { DATA_DIR: empty });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(`No development signing key in ${empty}`);
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('npm run -s api-key, while the server runs, prints a key the server accepts at once', async () => {
    const args = ['api-key', '--', '--org', 'staffordshire/county-council', '--label', 'dashboard'];
    const { stdout, stderr, code } = await npmScript(args, { DATA_DIR: dataDir, DATABASE_URL: databaseUrl() ?? '' });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^prk_[\w-]+\n$/);
    if (!serverUrl) expect(stderr).toContain('asking it to issue the key');
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': stdout.trim() },
      body: JSON.stringify({ query: '{ viewer { subject canWrite organisation { code } } }' }),
    });
    const answer = (await response.json()) as {
      data: { viewer: { canWrite: boolean; organisation: { code: string } } };
    };
    expect(answer.data.viewer).toMatchObject({
      canWrite: false,
      organisation: { code: 'staffordshire/county-council' },
    });
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
