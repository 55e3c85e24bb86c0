import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Authenticator } from '../auth/authenticate';
import {
  defaultBrowser,
  defaultDemand,
  defaultHttp,
  type BrowserAccess,
  type DemandLimits,
  type HttpLimits,
} from '../config';
import type { Context } from '../context';
import type { Database } from '../db';
import { serviceFailureOf, serviceUnavailable } from '../shared/service-failures';
import { apiKeysRoute } from './api-keys.route';
import { Cors } from './cors';
import { dashboardRoute } from './dashboard.route';
import { sendExplorer, wantsExplorer } from './explorer.route';
import { exportRoute } from './export.route';
import { graphqlRoute } from './graphql.route';
import { sendHealth, sendReadiness } from './health.route';
import { InFlight } from './in-flight';
import { requestIdOf } from './request-id';
import { sendGraphQLError, sendJson } from './respond';
import { streamRoute } from './stream.route';
import { subscriptionsRoute, type SubscriptionLimits } from './subscriptions.route';

export interface HttpOptions {
  apollo: ApolloServer<Context>;
  db: Database;
  authenticator: Authenticator;
  exposeSqlStatementCount: boolean;
  demand?: DemandLimits;
  http?: HttpLimits;
  /** Which other origins' pages may call the API, and who is shown the explorer. */
  browser?: BrowserAccess;
  /** The change feed's WebSocket limits; the defaults unless given. */
  subscriptions?: Partial<SubscriptionLimits>;
}

export interface HttpFront {
  server: Server;
  /** Stops accepting, lets the requests in flight finish (up to `graceMs`), then closes; resolves with those cut off. */
  drain(graceMs: number): Promise<number>;
}

/**
 * The HTTP face of the registry, composed from its routes: /graphql (API and explorer; its WebSocket upgrades carry
 * the change feed), /graphql/stream (the change feed over Server-Sent Events), /healthz and /readyz.
 * Slow clients are cut off by Node's header and request timeouts, and every answer carries an `x-request-id`
 * that the server's log uses too.
 */
export function createHttpServer(options: HttpOptions): HttpFront {
  const http = options.http ?? defaultHttp;
  const browser = options.browser ?? defaultBrowser;
  const cors = new Cors(browser.corsOrigins);
  const serveGraphQL = graphqlRoute({ ...options, demand: options.demand ?? defaultDemand, http });
  const serveApiKeys = apiKeysRoute(options.db, options.authenticator);
  const serveDashboard = dashboardRoute(browser.dashboard ?? 'public', options.authenticator);
  const serveExport = exportRoute({
    ...options,
    firstRowTimeoutMs: (options.demand ?? defaultDemand).requestTimeoutMs,
  });
  const server = createServer({
    requestTimeout: http.requestTimeoutMs,
    headersTimeout: http.headersTimeoutMs,
    // Node checks those two timeouts only this often (30 s by default), so a slow client would otherwise hold its
    // socket up to 30 s past them.
    connectionsCheckingInterval: Math.min(1_000, Math.ceil(http.headersTimeoutMs / 2)),
  });
  server.keepAliveTimeout = http.keepAliveTimeoutMs;
  server.maxConnections = http.maxConnections;
  server.maxHeadersCount = 100;
  const inFlight = new InFlight(server);
  const demand = options.demand ?? defaultDemand;
  const subscriptions = subscriptionsRoute({ ...options, server, inFlight, demand, limits: options.subscriptions });
  const stream = streamRoute({ ...options, demand, http });

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    inFlight.track(response);
    const requestId = requestIdOf(request);
    response.setHeader('x-request-id', requestId);
    const url = new URL(request.url ?? '/', 'http://localhost');
    route(url, request, response, requestId).catch((error: unknown) => answerFailure(error, response, requestId));
  });

  async function route(url: URL, request: IncomingMessage, response: ServerResponse, requestId: string) {
    const pattern = url.pathname.startsWith(exportPrefix) ? exportPrefix : url.pathname;
    const known = routes.has(pattern);
    if (known && request.method === 'OPTIONS') return cors.answerPreflight(request, response, routes.get(pattern)!);
    cors.apply(request, response);
    if (url.pathname === '/healthz') return sendHealth(response);
    if (url.pathname === '/readyz') return sendReadiness(response, options.db, inFlight);
    if (url.pathname === '/admin/api-keys') return serveApiKeys(request, response);
    if (url.pathname === '/dashboard') return serveDashboard(request, response);
    if (url.pathname === '/graphql/stream') return stream.serve(request, response);
    if (pattern === exportPrefix) return serveExport(url, request, response, requestId);
    if (!known) return sendJson(response, 404, { error: 'Not found: the API is at /graphql' });
    if (wantsExplorer(url, request) && (await explorerShown(request))) return sendExplorer(request, response);
    return serveGraphQL(url, request, response, requestId);
  }

  /** Where the explorer is not public, a request without valid credentials goes on to /graphql, which refuses it. */
  async function explorerShown(request: IncomingMessage): Promise<boolean> {
    if (browser.explorer !== 'authenticated') return browser.explorer === 'public';
    const authentication = await options.authenticator.authenticate({
      authorization: request.headers.authorization,
      apiKey: typeof request.headers['x-api-key'] === 'string' ? request.headers['x-api-key'] : undefined,
    });
    return 'viewer' in authentication;
  }

  // Subscribers are told to go first (their connections would otherwise hold the drain for its whole grace).
  const drain = async (graceMs: number) => {
    stream.drain();
    await subscriptions.drain(graceMs);
    return inFlight.drain(graceMs);
  };
  return { server, drain };
}

/** Every path under it is an export (`src/http/export.route.ts`), matched by this prefix. */
const exportPrefix = '/export/';

/** The paths served (the exports by their prefix), with the methods each answers besides OPTIONS. */
const routes = new Map([
  [exportPrefix, 'GET, OPTIONS'],
  ['/graphql', 'GET, POST, OPTIONS'],
  ['/graphql/stream', 'GET, POST, OPTIONS'],
  ['/healthz', 'GET, OPTIONS'],
  ['/readyz', 'GET, OPTIONS'],
  ['/admin/api-keys', 'POST, OPTIONS'],
  ['/dashboard', 'GET, HEAD, OPTIONS'],
]);

/** Whatever escaped the routes: the database's absence is a 503 to retry; anything else a logged 500. */
function answerFailure(error: unknown, response: ServerResponse, requestId: string): void {
  const unavailable = serviceFailureOf(error) === 'SERVICE_UNAVAILABLE';
  if (unavailable) console.warn(`[request ${requestId}] database not answering`);
  else console.error(`[request ${requestId}]`, error);
  if (response.headersSent) return void response.destroy();
  if (unavailable) {
    const { message, extensions } = serviceUnavailable();
    return sendGraphQLError(response, 503, message, { ...extensions, requestId }, { 'retry-after': '2' });
  }
  sendGraphQLError(response, 500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR', requestId });
}
