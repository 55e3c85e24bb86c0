import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { defaultHttp } from '../src/config';
import { startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

let database: TestDatabase;
let api: TestApi;
const http = {
  ...defaultHttp,
  headersTimeoutMs: 500,
  requestTimeoutMs: 1_000,
  keepAliveTimeoutMs: 300,
  maxBodyBytes: 10_000,
  maxConnections: 20,
};

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db, { http });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

function openSocket(): Promise<Socket> {
  const { port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** What the server sent before it closed the socket, and how long after `since` it closed it. */
function whenClosed(socket: Socket, since = performance.now()): Promise<{ received: string; afterMs: number }> {
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  return new Promise((resolve) =>
    socket.once('close', () => resolve({ received, afterMs: performance.now() - since })),
  );
}

describe('slow and greedy clients', () => {
  it('closes a connection whose headers never finish arriving, soon after the headers timeout', async () => {
    const socket = await openSocket();
    socket.write('POST /graphql HTTP/1.1\r\nHost: registry\r\n');
    const { received, afterMs } = await whenClosed(socket);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeLessThan(3_000);
  });

  it('closes a connection whose body never finishes arriving, soon after the request timeout', async () => {
    const socket = await openSocket();
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: registry\r\nauthorization: ${await bearer()}\r\n` +
        'content-type: application/json\r\ncontent-length: 100\r\n\r\n{"qu',
    );
    const { received, afterMs } = await whenClosed(socket);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeLessThan(3_500);
  });

  it('refuses a body over the limit with 413, GraphQL-shaped, and closes the connection', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: await bearer() },
      body: JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(20_000) } }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is over 10000 bytes', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('refuses an over-long body on a kept-alive connection without breaking the next request', async () => {
    // The failure this guards against: the connection stayed open after the 413, and the next request on it was
    // read from the middle of the refused body.
    const socket = await openSocket();
    const closed = whenClosed(socket);
    const body = JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(20_000) });
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: registry\r\nauthorization: ${await bearer()}\r\n` +
        `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    const { received } = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 413/);
    expect(received.toLowerCase()).toContain('connection: close');
    const next = await api.query('{ __typename }');
    expect(next.data).toEqual({ __typename: 'Query' });
  });

  it('closes the connection after refusing credentials before reading the body', async () => {
    const socket = await openSocket();
    const closed = whenClosed(socket);
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: registry\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"qu',
    );
    const { received } = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 401/);
    expect(received.toLowerCase()).toContain('connection: close');
    // One answer only: no second status line (a 408 once the body timed out). A request id may contain "408".
    expect(received.match(/HTTP\/1\.1 \d{3}/g)).toHaveLength(1);
  });

  it('closes an idle kept-alive connection after the keep-alive timeout', async () => {
    const socket = await openSocket();
    const closed = whenClosed(socket);
    socket.write('GET /healthz HTTP/1.1\r\nHost: registry\r\n\r\n');
    const { received, afterMs } = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(afterMs).toBeLessThan(2_000);
  });

  it('serves at most the configured number of connections at once', async () => {
    const held = await Promise.all(Array.from({ length: http.maxConnections }, () => openSocket()));
    const extra = await openSocket();
    const { received } = await whenClosed(extra);
    expect(received).toBe('');
    for (const socket of held) socket.destroy();
    // The server frees the slots as soon as the sockets go.
    await vi.waitFor(async () => expect((await fetch(`${api.url}/healthz`)).status).toBe(200));
  });
});

describe('request ids and unexpected failures', () => {
  it('names every answer with a request id, keeping a sane one the caller sent', async () => {
    const mine = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'proxy-1234-abcd' } });
    expect(mine.headers.get('x-request-id')).toBe('proxy-1234-abcd');
    const odd = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'no spaces allowed here' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs an unexpected failure on the server under the request id, and gives the client that id', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    // A real defect, not a simulated one: the table the query reads is gone.
    await database.db.execute(sql`ALTER TABLE areas RENAME TO areas_away`);
    try {
      const response = await api.query('{ areas(first: 1) { nodes { name } } }');
      const error = response.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const requestId = error?.extensions?.requestId as string;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(logged.mock.calls.some(([line]) => String(line).includes(`[request ${requestId}]`))).toBe(true);
    } finally {
      await database.db.execute(sql`ALTER TABLE areas_away RENAME TO areas`);
      logged.mockRestore();
    }
  });
});

async function bearer(): Promise<string> {
  return `Bearer ${await api.identity.sign({ org: 'registry-administration', roles: ['reader'], sub: 'http reader' })}`;
}

describe('draining for a shutdown', () => {
  it('answers every request already on its way, even on connections it has not yet read, then refuses more', async () => {
    const draining = await startApi(database.db);
    const token = await draining.identity.sign({ org: 'registry-administration', roles: ['reader'], sub: 'drain' });
    const body = JSON.stringify({ query: '{ bodies(first: 100) { nodes { name memberships { role } } } }' });
    const { port } = new URL(draining.url);
    // Twelve connections made, and their requests sent, before the server has read any of them.
    const sockets = await Promise.all(
      Array.from(
        { length: 12 },
        () =>
          new Promise<Socket>((resolve, reject) => {
            const socket = connect(Number(port), '127.0.0.1', () => resolve(socket));
            socket.once('error', reject);
          }),
      ),
    );
    const answers = sockets.map((socket) => {
      const closed = whenClosed(socket);
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: registry\r\nauthorization: Bearer ${token}\r\n` +
          `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      return closed;
    });
    const cutOff = await draining.front.drain(10_000);
    expect(cutOff).toBe(0);
    for (const { received } of await Promise.all(answers)) {
      expect(received).toMatch(/^HTTP\/1\.1 200/);
      expect(received.toLowerCase()).toContain('connection: close');
    }
    await expect(fetch(`${draining.url}/healthz`)).rejects.toThrow();
  });
});
