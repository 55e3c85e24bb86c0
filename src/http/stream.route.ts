import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHandler, type Request } from 'graphql-sse';
import type { Authenticator } from '../auth/authenticate';
import type { Viewer } from '../auth/viewer';
import type { DemandLimits, HttpLimits } from '../config';
import { createContext } from '../context';
import type { Database } from '../db';
import { buildGuardedSchema } from '../server';
import { readBody, tooLarge } from './body';
import { credentialsRefused } from './graphql.route';
import { sendGraphQLError } from './respond';
import { formatError, prepare } from './subscription-documents';

export interface StreamRouteOptions {
  db: Database;
  authenticator: Authenticator;
  demand: DemandLimits;
  http: HttpLimits;
}

type Raw = { request: IncomingMessage; viewer: Viewer };

/**
 * The change feed over Server-Sent Events: graphql-sse's "distinct connections" mode at /graphql/stream, a POST (or
 * GET) with `Accept: text/event-stream` per subscription, for clients that cannot open a WebSocket. Credentials are
 * the request's headers, as for /graphql, and refused with 401 before the body is read; the body is held to the same
 * size, and the document to the same limits, as over the WebSocket. The single-connection mode (reservations by PUT)
 * is not offered.
 */
export function streamRoute(options: StreamRouteOptions) {
  const open = new Set<ServerResponse>();
  const handler = buildGuardedSchema().then((schema) =>
    createHandler<Raw, undefined, Record<PropertyKey, unknown>>({
      schema,
      authenticate: () => null,
      onSubscribe: async (request: Request<Raw, undefined>, params) => {
        const query = typeof params.query === 'string' ? params.query : '';
        const variables = (params.variables ?? null) as Record<string, unknown> | null;
        const prepared = await prepare(schema, options.demand, {
          query,
          variables,
          operationName: params.operationName,
        });
        if (Array.isArray(prepared)) {
          const body = JSON.stringify({ errors: prepared.map((error) => error.toJSON()) });
          return [body, { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/json' } }];
        }
        const contextValue = createContext(options.db, request.raw.viewer) as unknown as Record<PropertyKey, unknown>;
        return { ...prepared, contextValue };
      },
      onNext: (_context, _request, result) =>
        result.errors ? { ...result, errors: result.errors.map(formatError) as never } : result,
    }),
  );

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'POST') {
      return sendGraphQLError(response, 405, 'Use POST or GET', { code: 'BAD_REQUEST' }, { allow: 'GET, POST' });
    }
    const authentication = await options.authenticator.authenticate({
      authorization: request.headers.authorization,
      apiKey: typeof request.headers['x-api-key'] === 'string' ? request.headers['x-api-key'] : undefined,
    });
    if ('failure' in authentication) {
      return sendGraphQLError(response, 401, credentialsRefused, { code: 'UNAUTHENTICATED' }, { connection: 'close' });
    }
    const body = await readBody(request, options.http.maxBodyBytes);
    if (body === tooLarge) {
      const message = `The request body is over ${options.http.maxBodyBytes} bytes`;
      return sendGraphQLError(response, 413, message, { code: 'BAD_REQUEST' }, { connection: 'close' });
    }
    const [events, init] = await (
      await handler
    )({
      method: request.method,
      url: request.url ?? '/',
      headers: { get: (key) => headerText(request.headers[key]) },
      body: typeof body === 'string' || (body && typeof body === 'object') ? (body as Record<string, unknown>) : null,
      raw: { request, viewer: authentication.viewer },
      context: undefined,
    });
    response.writeHead(init.status, init.statusText, init.headers);
    if (!events || typeof events === 'string') return void response.end(events);
    open.add(response);
    response.once('close', () => {
      open.delete(response);
      void events.return(undefined);
    });
    for await (const chunk of events) {
      if (!response.writable) break;
      response.write(chunk);
    }
    response.end();
  }

  return {
    serve,
    /** Ends the open streams: an EventSource-like client reconnects, to another instance behind a load balancer. */
    drain(): void {
      for (const response of open) response.end();
    },
  };
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join('\n') : value;
}
