import type { Socket } from 'node:net';
import type { Server, ServerResponse } from 'node:http';

/** Connections already on their way when a drain begins (queued, or sending their first request) are still served. */
const lameDuckMs = 1_000;

interface Connection {
  served: number;
  active: number;
}

/**
 * The connections a server holds and the requests it is answering, so that a shutdown can finish exactly those:
 * once draining, every answer not yet begun says `Connection: close`, kept-alive connections that sit idle are
 * closed, and the drain ends when the last connection has gone.
 */
export class InFlight {
  private readonly connections = new Map<Socket, Connection>();
  private readonly responses = new Set<ServerResponse>();
  private draining = false;
  private changed: (() => void) | null = null;

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.connections.set(socket, { served: 0, active: 0 });
      socket.once('close', () => {
        this.connections.delete(socket);
        this.changed?.();
      });
    });
  }

  get isDraining(): boolean {
    return this.draining;
  }

  track(response: ServerResponse): void {
    const connection = this.connections.get(response.socket as Socket);
    if (connection) connection.active += 1;
    this.responses.add(response);
    if (this.draining) response.setHeader('connection', 'close');
    response.once('close', () => {
      this.responses.delete(response);
      if (connection) {
        connection.active -= 1;
        connection.served += 1;
      }
      this.changed?.();
    });
  }

  /**
   * Answers readiness 503, serves what is already arriving for a moment (a closed listener would reset the
   * connections queued behind it), stops accepting, and waits up to `graceMs` for every connection to finish its
   * requests and close; whatever is left then is cut off. Resolves with the requests cut off (0 when all finished).
   */
  async drain(graceMs: number): Promise<number> {
    const deadline = Date.now() + graceMs;
    this.draining = true;
    for (const response of this.responses) if (!response.headersSent) response.setHeader('connection', 'close');
    this.closeIdleKeptAlive();
    await this.until(() => false, Math.min(lameDuckMs, graceMs / 2));
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.closeIdleKeptAlive();
    await this.until(() => this.connections.size === 0, deadline - Date.now());
    const cutOff = this.responses.size;
    this.server.closeAllConnections();
    for (const socket of this.connections.keys()) socket.destroy();
    await closed;
    return cutOff;
  }

  /** Connections that have been answered and sit waiting for another request will get none. */
  private closeIdleKeptAlive(): void {
    for (const [socket, connection] of this.connections) {
      if (connection.served > 0 && connection.active === 0) socket.destroy();
    }
  }

  /** Waits until `done()` holds (checked whenever a request or connection ends) or `ms` have passed. */
  private until(done: () => boolean, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.changed = null;
        resolve();
      };
      const timer = setTimeout(finish, Math.max(ms, 0));
      this.changed = () => {
        if (this.draining) this.closeIdleKeptAlive();
        if (done()) finish();
      };
      if (done()) finish();
    });
  }
}
