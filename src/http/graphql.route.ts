import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Authenticator } from '../auth/authenticate';
import type { DemandLimits, HttpLimits } from '../config';
import { createContext, type Context } from '../context';
import { scopeDatabase, type Database } from '../db';
import { readBody, tooLarge } from './body';
import { endCompressed } from './compression';
import { requestDeadline } from './deadline';
import { sendGraphQLError } from './respond';

/** The one answer to every request whose credentials are missing or not accepted, whatever the reason. */
export const credentialsRefused = 'Credentials refused: send a valid bearer token or API key';

/** A UUID is the usual choice; anything printable up to 200 characters is accepted. */
const validIdempotencyKey = /^[\x21-\x7e]{1,200}$/;

export interface GraphQLRouteOptions {
  apollo: ApolloServer<Context>;
  db: Database;
  authenticator: Authenticator;
  exposeSqlStatementCount: boolean;
  demand: DemandLimits;
  http: HttpLimits;
}

/**
 * POST and GET /graphql. Requests without valid credentials are refused with 401 before the body is even read;
 * the rest run under a deadline, and their confidential reads are recorded before the answer leaves.
 *
 * No CSRF check: the only credentials accepted are a `Bearer` token in `Authorization` and a key in `X-API-Key`,
 * which a browser never attaches by itself (cookies are not read, and Basic or Negotiate authorisation, which a
 * browser may resend on its own, is refused). A page on another origin can send those headers only after a CORS
 * preflight that CORS_ORIGINS allows. So every request that gets this far was made by a client holding the
 * credential, and GET queries work for any client. GET runs queries only: Apollo refuses a mutation over GET (405).
 */
export function graphqlRoute(options: GraphQLRouteOptions) {
  return async (url: URL, request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'POST') {
      const headers = { allow: 'GET, POST', ...closeIfUnread(request) };
      return sendGraphQLError(response, 405, 'Use GET or POST', { code: 'BAD_REQUEST' }, headers);
    }
    // Authentication's statements and the read audit's are counted apart from the query's own: a refused query
    // answers `x-sql-statements: 0` however its caller was identified, and the total says what the request cost.
    const authenticating = scopeDatabase(options.db, null);
    const authentication = await options.authenticator.authenticate(
      { authorization: request.headers.authorization, apiKey: headerValue(request.headers['x-api-key']) },
      authenticating.db,
    );
    if ('failure' in authentication) {
      // The reason stays on the server: told to the client, it would say which organisation codes, keys or issuers
      // exist. The request id joins the client's answer to the log line.
      console.warn(`[request ${requestId}] credentials refused: ${authentication.failure}`);
      return sendGraphQLError(
        response,
        401,
        credentialsRefused,
        { code: 'UNAUTHENTICATED', requestId },
        { 'www-authenticate': 'Bearer realm="partnership-registry"', ...closeIfUnread(request) },
      );
    }
    const idempotencyKey = headerValue(request.headers['idempotency-key']) ?? null;
    if (idempotencyKey !== null && !validIdempotencyKey.test(idempotencyKey)) {
      const message = 'An Idempotency-Key is 1 to 200 visible characters';
      const extensions = { code: 'BAD_USER_INPUT', field: 'Idempotency-Key' };
      return sendGraphQLError(response, 400, message, extensions, closeIfUnread(request));
    }
    const body = await readBody(request, options.http.maxBodyBytes);
    if (body === tooLarge) {
      // Even if the whole body has arrived, a client that sends too much is not kept on.
      const message = `The request body is over ${options.http.maxBodyBytes} bytes`;
      return sendGraphQLError(response, 413, message, { code: 'BAD_REQUEST' }, { connection: 'close' });
    }
    const deadline = requestDeadline(response, options.demand.requestTimeoutMs);
    const scoped = scopeDatabase(options.db, deadline.signal);
    const context = createContext(scoped.db, authentication.viewer, { idempotencyKey, requestId });
    try {
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method!, headers: headerMap(request), search: url.search, body },
        context: async () => context,
      });
      // Confidential reads are recorded before the answer leaves; if that fails, the answer does not leave.
      const auditing = scopeDatabase(options.db, null);
      await context.access.flushReads(auditing.db);
      const statements = scoped.statements();
      const total = authenticating.statements() + statements + auditing.statements();
      for (const [name, value] of result.headers) response.setHeader(name, value);
      if (options.exposeSqlStatementCount) {
        response.setHeader('x-sql-statements', String(statements));
        response.setHeader('x-sql-statements-total', String(total));
      }
      response.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        return await endCompressed(request, response, result.body.string, options.http.compressionThresholdBytes);
      }
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    } finally {
      deadline.clear();
    }
  };
}

/**
 * A refusal sent before the body was read leaves the rest of the body on the connection, where it would be taken
 * for the next request: such a connection is closed after the answer.
 */
function closeIfUnread(request: IncomingMessage): Record<string, string> {
  return request.complete ? {} : { connection: 'close' };
}

function headerMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
