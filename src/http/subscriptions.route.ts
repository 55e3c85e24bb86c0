import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Authenticator } from '../auth/authenticate';
import type { Viewer } from '../auth/viewer';
import type { DemandLimits } from '../config';
import { createContext } from '../context';
import type { Database } from '../db';
import { changeFeedOf, defaultFeedLimits } from '../modules/changes-feed/index';
import { buildGuardedSchema } from '../server';
import type { InFlight } from './in-flight';
import { credentialsOf, formatError, prepare, refusal, type Credentials } from './subscription-documents';

export interface SubscriptionLimits {
  /** WebSocket connections the process holds at once. */
  maxConnections: number;
  /** Subscriptions running at once on one connection. */
  maxPerConnection: number;
  /** Subscriptions the process runs at once, over every connection. */
  maxSubscriptions: number;
  /** A connection must send `connection_init` with credentials within this, or it is closed (4408). */
  connectionInitWaitMs: number;
  /** A connection with no subscription running for this long is closed. */
  idleMs: number;
  /** How often a connection's credentials are checked again: an expired token or a revoked key ends it (4403). */
  reauthenticateMs: number;
  /** Largest message a client may send. */
  maxMessageBytes: number;
}

export const defaultSubscriptionLimits: SubscriptionLimits = {
  maxConnections: 500,
  maxPerConnection: 20,
  maxSubscriptions: defaultFeedLimits.maxSubscriptions,
  connectionInitWaitMs: 5_000,
  idleMs: 60_000,
  reauthenticateMs: 60_000,
  maxMessageBytes: 64 * 1024,
};

export interface SubscriptionsOptions {
  server: Server;
  db: Database;
  authenticator: Authenticator;
  demand: DemandLimits;
  inFlight: InFlight;
  limits?: Partial<SubscriptionLimits>;
}

interface Connection {
  viewer: Viewer;
  credentials: Credentials;
  running: Set<string>;
  idleTimer: NodeJS.Timeout | null;
  recheck: NodeJS.Timeout;
}

/**
 * The change feed's transport: graphql-ws (the `graphql-transport-ws` protocol of Apollo Client, urql and
 * graphql-ws's own client) on WebSocket upgrades of /graphql. The credentials come in `connection_init`, as
 * `{ authorization: 'Bearer …' }` or `{ 'x-api-key': '…' }`; without valid ones the connection is closed (4403).
 * Each subscription document meets the same limits as a query's (tokens, depth, aliases, directives, input bounds),
 * and only subscriptions are run here: queries and mutations go over HTTP, where their deadline and read audit are.
 *
 * The Origin of an upgrade is not checked, for the reason no CSRF check is made over HTTP (graphql.route.ts): a
 * browser attaches no credential to a WebSocket that this server reads (no cookie is), so a page on another origin
 * gets a connection only with a token or key it already holds.
 */
export function subscriptionsRoute(options: SubscriptionsOptions) {
  const limits = { ...defaultSubscriptionLimits, ...options.limits };
  const schema = buildGuardedSchema();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  const connections = new WeakMap<object, Connection>();
  const feed = changeFeedOf(options.db, { ...defaultFeedLimits, maxSubscriptions: limits.maxSubscriptions });
  let draining = false;

  options.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/graphql') return refuseUpgrade(socket, 404, 'Not Found');
    if (draining || options.inFlight.isDraining) return refuseUpgrade(socket, 503, 'Service Unavailable');
    if (sockets.clients.size >= limits.maxConnections) return refuseUpgrade(socket, 503, 'Service Unavailable');
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
  });

  const closeIfIdle = (connection: Connection, ws: WebSocket) => {
    if (connection.idleTimer) clearTimeout(connection.idleTimer);
    connection.idleTimer = connection.running.size
      ? null
      : setTimeout(() => ws.close(1000, 'Idle: no subscription for a while'), limits.idleMs).unref();
  };

  useServer<Record<string, unknown> | undefined, { connection: Connection }>(
    {
      connectionInitWaitTimeout: limits.connectionInitWaitMs,
      onConnect: async (ctx) => {
        const credentials = credentialsOf(ctx.connectionParams);
        const authentication = await options.authenticator.authenticate(credentials);
        if ('failure' in authentication) {
          console.warn(`[subscriptions] credentials refused: ${authentication.failure}`);
          return false;
        }
        const ws = ctx.extra.socket;
        const connection: Connection = {
          viewer: authentication.viewer,
          credentials,
          running: new Set(),
          idleTimer: null,
          recheck: setInterval(async () => {
            const again = await options.authenticator.authenticate(credentials).catch(() => null);
            if (again && 'failure' in again) ws.close(CloseCode.Forbidden, 'Forbidden: credentials no longer valid');
          }, limits.reauthenticateMs).unref(),
        };
        ws.once('close', () => {
          clearInterval(connection.recheck);
          if (connection.idleTimer) clearTimeout(connection.idleTimer);
        });
        connections.set(ctx, connection);
        closeIfIdle(connection, ws);
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const connection = connections.get(ctx)!;
        if (connection.running.size >= limits.maxPerConnection) {
          return [refusal(`At most ${limits.maxPerConnection} subscriptions run at once on one connection`)];
        }
        // The place is taken before anything is awaited: subscriptions sent together are counted together.
        connection.running.add(id);
        closeIfIdle(connection, ctx.extra.socket);
        const prepared = await prepare(await schema, options.demand, payload);
        if (Array.isArray(prepared)) finished(ctx, id);
        if (Array.isArray(prepared)) return prepared;
        return { ...prepared, contextValue: createContext(options.db, connection.viewer) };
      },
      onComplete: (ctx, id) => finished(ctx, id),
      onError: (ctx, id) => finished(ctx, id),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(formatError) } : result,
    },
    sockets,
  );

  function finished(ctx: object, id: string): void {
    const connection = connections.get(ctx);
    if (!connection) return;
    connection.running.delete(id);
    const ws = (ctx as { extra: { socket: WebSocket } }).extra.socket;
    closeIfIdle(connection, ws);
  }

  return {
    /** Refuses new connections, closes the open ones as going away (clients reconnect elsewhere), stops the feed. */
    async drain(graceMs: number): Promise<void> {
      draining = true;
      for (const ws of sockets.clients) ws.close(1001, 'Going away: the server is shutting down');
      const deadline = Date.now() + Math.min(graceMs, 2_000);
      while (sockets.clients.size && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      for (const ws of sockets.clients) ws.terminate();
      await feed.stop();
    },
  };
}

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
