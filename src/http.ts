import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Authenticator } from './auth/authenticate';
import type { Context } from './context';
import { createContext } from './context';
import { databaseAnswers, withStatementCount, type Database } from './db';

/** Larger bodies are refused before parsing: no registry query needs them. */
const maxBodyBytes = 1_000_000;

/** A UUID is the usual choice; anything printable up to 200 characters is accepted. */
const validIdempotencyKey = /^[\x21-\x7e]{1,200}$/;

export interface HttpOptions {
  apollo: ApolloServer<Context>;
  db: Database;
  authenticator: Authenticator;
  exposeSqlStatementCount: boolean;
}

/**
 * The HTTP face of the registry: POST/GET /graphql, the explorer on GET /graphql from a browser (served from this
 * origin with no outside request, since intranets are often offline), /healthz and /readyz. GraphQL requests
 * without valid credentials are refused with 401 before the query is even parsed.
 */
export function createHttpServer(options: HttpOptions): Server {
  let explorerPage: string | undefined;
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    route(url, request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) sendJson(response, 500, { error: 'Internal server error' });
      else response.end();
    });
  });

  async function route(url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/readyz') return sendReadiness(response);
    if (url.pathname !== '/graphql') return sendJson(response, 404, { error: 'Not found: the API is at /graphql' });
    if (request.method === 'GET' && wantsExplorer(url, request)) {
      explorerPage ??= renderGraphiQL({ title: 'Partnership registry', endpoint: '/graphql' });
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void response.end(explorerPage);
    }
    if (request.method !== 'GET' && request.method !== 'POST') {
      response.setHeader('allow', 'GET, POST');
      return sendJson(response, 405, { error: 'Use GET or POST' });
    }
    return serveGraphQL(url, request, response);
  }

  async function sendReadiness(response: ServerResponse): Promise<void> {
    const ready = await databaseAnswers(options.db).catch(() => false);
    sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'database not answering' });
  }

  async function serveGraphQL(url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const authentication = await options.authenticator.authenticate({
      authorization: request.headers.authorization,
      apiKey: headerValue(request.headers['x-api-key']),
    });
    if ('failure' in authentication) return sendUnauthenticated(response, authentication.failure);
    const idempotencyKey = headerValue(request.headers['idempotency-key']) ?? null;
    if (idempotencyKey !== null && !validIdempotencyKey.test(idempotencyKey)) {
      return sendJson(response, 400, {
        errors: [
          {
            message: 'An Idempotency-Key is 1 to 200 visible characters',
            extensions: { code: 'BAD_USER_INPUT', field: 'Idempotency-Key' },
          },
        ],
      });
    }
    const body = await readBody(request);
    if (body === tooLarge) return sendJson(response, 413, { error: `Request body over ${maxBodyBytes} bytes` });
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const context = createContext(options.db, authentication.viewer, idempotencyKey);
    const { result, statements } = await withStatementCount(async (counted) => {
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method!, headers, search: url.search, body },
        context: async () => context,
      });
      return { result, statements: counted() };
    });
    // Confidential reads are recorded before the answer leaves; if that fails, the answer does not leave.
    await context.access.flushReads();
    for (const [name, value] of result.headers) response.setHeader(name, value);
    if (options.exposeSqlStatementCount) response.setHeader('x-sql-statements', String(statements));
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') return void response.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }
}

function wantsExplorer(url: URL, request: IncomingMessage): boolean {
  return !url.searchParams.has('query') && (request.headers.accept ?? '').includes('text/html');
}

const tooLarge = Symbol('too large');

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return tooLarge;
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  if ((request.headers['content-type'] ?? '').includes('application/json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text; // Apollo answers a body it cannot read with a 400 of its own
    }
  }
  return text;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function sendUnauthenticated(response: ServerResponse, message: string): void {
  response.setHeader('www-authenticate', 'Bearer realm="partnership-registry"');
  sendJson(response, 401, { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(value));
}
