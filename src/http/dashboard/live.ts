import { createClient, type Client } from 'graphql-ws';
import type { Credentials } from './api';
import { byId } from './dom';
import { changeSubscription } from './queries';

export type LiveMode = 'off' | 'connecting' | 'live' | 'polling';

/**
 * Keeps the drawn area current: the change feed (graphql-ws at this origin's /graphql) when the server offers it,
 * and polling otherwise. A subscription the server refuses, a socket that will not open or one that drops all fall
 * back to polling, and the feed is tried again from time to time; the page never breaks for want of it.
 */
export class LiveUpdates {
  private client: Client | null = null;
  private unsubscribe: (() => void) | null = null;
  private pollTimer: number | undefined;
  private retryTimer: number | undefined;
  private burst: number | undefined;
  private areaCode: string | null = null;
  private mode: LiveMode = 'off';

  constructor(
    private readonly pollSeconds: number,
    private readonly onChange: () => void,
  ) {}

  follow(areaCode: string | null, credentials: Credentials | null): void {
    this.stop();
    this.areaCode = areaCode;
    if (!areaCode || !credentials) return this.show('off');
    // Events of a client already replaced (a new area, new credentials) are ignored.
    const client: Client = createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      connectionParams:
        credentials.kind === 'bearer'
          ? { authorization: `Bearer ${credentials.value}` }
          : { 'x-api-key': credentials.value },
      lazy: false,
      retryAttempts: 0,
      on: {
        connected: () => this.client === client && this.show('live'),
        closed: () => this.client === client && this.fallBack(credentials),
        error: () => this.client === client && this.fallBack(credentials),
      },
    });
    this.client = client;
    this.show('connecting');
    this.unsubscribe = client.subscribe(
      { query: changeSubscription, variables: { areaCode } },
      {
        next: () => this.client === client && this.changed(),
        error: () => this.client === client && this.fallBack(credentials),
        complete: () => this.client === client && this.fallBack(credentials),
      },
    );
  }

  stop(): void {
    const client = this.client;
    this.client = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    void client?.dispose();
    window.clearInterval(this.pollTimer);
    window.clearTimeout(this.retryTimer);
    this.pollTimer = undefined;
  }

  /** Events come in bursts (a body and its line, a seat and its chair): one redraw for those within 250 ms. */
  private changed(): void {
    window.clearTimeout(this.burst);
    this.burst = window.setTimeout(() => this.onChange(), 250);
  }

  get current(): LiveMode {
    return this.mode;
  }

  private fallBack(credentials: Credentials): void {
    if (this.mode === 'polling' || !this.areaCode) return;
    const areaCode = this.areaCode;
    const client = this.client;
    this.client = null;
    this.unsubscribe = null;
    void client?.dispose();
    this.show('polling');
    this.pollTimer = window.setInterval(() => this.onChange(), this.pollSeconds * 1000);
    // The feed may come back (a restart, a deploy): try it again every five minutes while polling.
    this.retryTimer = window.setTimeout(() => this.follow(areaCode, credentials), 5 * 60_000);
  }

  private show(mode: LiveMode): void {
    this.mode = mode;
    const badge = byId('live');
    badge.dataset.mode = mode;
    badge.textContent = {
      off: 'not connected',
      connecting: 'connecting to the change feed…',
      live: 'live: redrawn on every change',
      polling: `polling every ${this.pollSeconds} s`,
    }[mode];
  }
}
