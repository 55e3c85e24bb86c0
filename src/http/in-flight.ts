import type { Server, ServerResponse } from 'node:http';

/**
 * The requests a server is answering, so that a shutdown can wait for exactly those: once draining, every answer
 * not yet begun says `Connection: close`, and each connection is closed as soon as it falls idle.
 */
export class InFlight {
  private readonly responses = new Set<ServerResponse>();
  private draining = false;
  private settled: (() => void) | null = null;

  constructor(private readonly server: Server) {}

  get isDraining(): boolean {
    return this.draining;
  }

  track(response: ServerResponse): void {
    this.responses.add(response);
    if (this.draining) response.setHeader('connection', 'close');
    response.once('close', () => {
      this.responses.delete(response);
      if (!this.draining) return;
      this.server.closeIdleConnections();
      if (this.responses.size === 0) this.settled?.();
    });
  }

  /**
   * Stops accepting connections and waits up to `graceMs` for the requests in flight; whatever is still open then
   * is closed. Resolves with how many requests were cut off (0 when all finished).
   */
  async drain(graceMs: number): Promise<number> {
    this.draining = true;
    for (const response of this.responses) if (!response.headersSent) response.setHeader('connection', 'close');
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    if (this.responses.size > 0) {
      const finished = new Promise<void>((resolve) => (this.settled = resolve));
      const timer = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
      await Promise.race([finished, timer]);
    }
    const cutOff = this.responses.size;
    this.server.closeAllConnections();
    await closed;
    return cutOff;
  }
}
