import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config';
import { explorerExamples } from '../src/http/explorer-examples';
import { administrationCode, startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

const run = promisify(execFile);
const allowedOrigin = 'https://dashboard.intranet.example';

let database: TestDatabase;
let api: TestApi;
let token: string;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db, { browser: { corsOrigins: [allowedOrigin], explorer: 'public' } });
  token = await api.identity.sign({ org: administrationCode, roles: ['reader'], sub: 'browser user' });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

/** fetch() decodes bodies by itself; this reads the bytes as sent, with exactly the headers given. */
function raw(path: string, headers: Record<string, string>, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const request = httpRequest(`${api.url}${path}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      });
      request.on('error', reject).end();
    },
  );
}

const bigQuery = `{ __schema { types { name fields { name description } } } }`;
const graphqlGet = (query: string) => `/graphql?query=${encodeURIComponent(query)}`;

describe('GET queries', () => {
  it('runs the README’s GET example word for word', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const block = /```sh\n(TOKEN=\$\(npm run -s token[^\n]*\n)(curl -s --compressed -G[\s\S]*?)```/.exec(readme);
    expect(block, 'the README has its GET example').not.toBeNull();
    const command = block![2]!.replaceAll('http://localhost:4000', api.url);
    const { stdout } = await run('bash', ['-c', command], { env: { ...process.env, TOKEN: token } });
    const answer = JSON.parse(stdout);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.viewer).toMatchObject({ subject: 'browser user', organisation: { code: administrationCode } });
  });

  it('needs no preflight header from a client sending a bearer token', async () => {
    const response = await raw(graphqlGet('{ viewer { subject } }'), { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString()).data.viewer.subject).toBe('browser user');
  });

  it('never runs a mutation', async () => {
    const mutation = 'mutation { __typename }';
    const response = await raw(graphqlGet(mutation), { authorization: `Bearer ${token}` });
    expect(response.status).toBe(405);
    expect(JSON.parse(response.body.toString()).errors[0].message).toMatch(/GET/);
  });

  it('refuses credentials a browser could send by itself', async () => {
    for (const authorization of ['Basic dXNlcjpwYXNz', 'Negotiate YIIBhgYGKwYBBQUCoIIBejCCAXagMDAu']) {
      const response = await raw(graphqlGet('{ viewer { subject } }'), { authorization, cookie: 'session=1' });
      expect(response.status).toBe(401);
    }
    const cookieOnly = await raw(graphqlGet('{ viewer { subject } }'), { cookie: 'session=1' });
    expect(cookieOnly.status).toBe(401);
  });
});

describe('CORS', () => {
  it('answers a preflight from a configured origin with what it may send', async () => {
    const response = await raw(
      '/graphql',
      {
        origin: allowedOrigin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
      'OPTIONS',
    );
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(allowedOrigin);
    expect(response.headers['access-control-allow-methods']).toContain('POST');
    const allowed = String(response.headers['access-control-allow-headers']);
    for (const header of ['authorization', 'content-type', 'idempotency-key', 'x-api-key']) {
      expect(allowed).toContain(header);
    }
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    expect(response.headers.vary).toContain('Origin');
  });

  it('lets a configured origin read the answer and its request id', async () => {
    const response = await raw(graphqlGet('{ viewer { subject } }'), {
      origin: allowedOrigin,
      authorization: `Bearer ${token}`,
    });
    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe(allowedOrigin);
    expect(String(response.headers['access-control-expose-headers'])).toContain('x-request-id');
    expect(response.headers.vary).toContain('Origin');
    const page = await raw('/graphql', { origin: allowedOrigin, accept: 'text/html' });
    expect(page.headers.vary).toMatch(/Origin.*Accept-Encoding/);
  });

  it('grants nothing to any other origin', async () => {
    const preflight = await raw(
      '/graphql',
      { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
      'OPTIONS',
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toBeUndefined();
  });

  it('grants no origin by default', async () => {
    const other = await startApi(database.db);
    try {
      const response = await fetch(`${other.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: allowedOrigin, 'access-control-request-method': 'POST' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await other.close();
    }
  });
});

describe('compression', () => {
  const authorization = () => `Bearer ${token}`;

  it('sends brotli or gzip as the client prefers, above the threshold, and says it varies', async () => {
    const plain = await raw(graphqlGet(bigQuery), { authorization: authorization() });
    const br = await raw(graphqlGet(bigQuery), { authorization: authorization(), 'accept-encoding': 'gzip, br' });
    const gzip = await raw(graphqlGet(bigQuery), {
      authorization: authorization(),
      'accept-encoding': 'br;q=0.5, gzip',
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    for (const response of [plain, br, gzip]) expect(response.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
  });

  it('leaves small answers and refused codings alone', async () => {
    const small = await raw(graphqlGet('{ viewer { subject } }'), {
      authorization: authorization(),
      'accept-encoding': 'br, gzip',
    });
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    const refused = await raw(graphqlGet(bigQuery), {
      authorization: authorization(),
      'accept-encoding': 'br;q=0, gzip;q=0',
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });
});

describe('the explorer page', () => {
  it('is compressed and cached by its ETag', async () => {
    const first = await raw('/graphql', { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers.vary).toContain('Accept-Encoding');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const page = gunzipSync(first.body).toString();
    expect(page).toContain('YogaGraphiQL');
    expect(first.body.length).toBeLessThan(page.length / 3);
    const again = await raw('/graphql', { accept: 'text/html', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('opens on the README’s examples, keeps headers for the session, and refetches the schema on a new header', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    for (const example of explorerExamples) expect(readme).toContain(example.query);
    const page = await (await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('options.storage = window.sessionStorage');
    expect(page).toContain('options.onEditHeaders = schemaAgain');
    expect(page).toContain('npm run -s token');
    expect(page).toContain(JSON.stringify(explorerExamples[1]!.query).slice(1, 40));
    // The script that starts GraphiQL with those options is well-formed JavaScript.
    const start = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).at(-1)!;
    expect(start).toContain('YogaGraphiQL.renderYogaGraphiQL');
    expect(() => new Function(start)).not.toThrow();
  });

  it('is shown only to requests with credentials when so configured, as production does by default', async () => {
    const guarded = await startApi(database.db, { browser: { corsOrigins: [], explorer: 'authenticated' } });
    try {
      const anonymous = await fetch(`${guarded.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).not.toContain('YogaGraphiQL');
      const guardedToken = await guarded.identity.sign({ org: administrationCode, roles: ['reader'], sub: 'reader' });
      const holder = await fetch(`${guarded.url}/graphql`, {
        headers: { accept: 'text/html', authorization: `Bearer ${guardedToken}` },
      });
      expect(holder.status).toBe(200);
      expect(await holder.text()).toContain('YogaGraphiQL');
    } finally {
      await guarded.close();
    }
  });
});

describe('the browser settings', () => {
  it('reads CORS_ORIGINS as exact origins, none by default, and stops at anything else', () => {
    expect(readConfig({}).browser.corsOrigins).toEqual([]);
    const origins = readConfig({ CORS_ORIGINS: 'https://a.intranet.example, https://b.intranet.example:8443' });
    expect(origins.browser.corsOrigins).toEqual(['https://a.intranet.example', 'https://b.intranet.example:8443']);
    expect(() => readConfig({ CORS_ORIGINS: 'https://a.intranet.example/app' })).toThrow(/CORS_ORIGINS/);
    expect(() => readConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });

  it('shows the explorer to anyone outside production, and in production only to holders of credentials', () => {
    expect(readConfig({ NODE_ENV: 'development' }).browser.explorer).toBe('public');
    expect(readConfig({ NODE_ENV: 'production' }).browser.explorer).toBe('authenticated');
    expect(readConfig({ NODE_ENV: 'production', EXPLORER: 'public' }).browser.explorer).toBe('public');
    expect(() => readConfig({ EXPLORER: 'yes' })).toThrow(/EXPLORER/);
  });
});
