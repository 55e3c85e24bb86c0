import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** One subscription as a dashboard holds it: the events so far, a way to wait for the next, and how it ended. */
export interface FeedSubscription<Event = Record<string, unknown>> {
  events: Event[];
  errors: unknown[];
  /** Resolves with the next event not yet taken (in order), or rejects after `ms`. */
  next(ms?: number): Promise<Event>;
  /** Waits `ms` and returns the events that arrived meanwhile and were not yet taken. */
  quiet(ms: number): Promise<Event[]>;
  dispose(): void;
}

export interface FeedConnection {
  client: Client;
  /** The close code the server ended the connection with, once it has. */
  closed: Promise<{ code: number; reason: string }>;
  subscribe<Event = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): FeedSubscription<Event>;
  dispose(): Promise<void>;
}

/** A graphql-ws client over `ws`, as a Node service would subscribe; no retries, so a refusal shows as it is. */
export function connectFeed(baseUrl: string, connectionParams: Record<string, unknown> | undefined): FeedConnection {
  let closedWith: (close: { code: number; reason: string }) => void = () => {};
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: false,
    // The close is reported through `closed`; the default would print it.
    onNonLazyError: () => {},
    retryAttempts: 0,
    on: { closed: (event) => closedWith(event as { code: number; reason: string }) },
  });
  client.on('error', () => {});
  return {
    client,
    closed,
    subscribe<Event>(query: string, variables?: Record<string, unknown>) {
      const events: Event[] = [];
      const errors: unknown[] = [];
      let taken = 0;
      let wake: () => void = () => {};
      const dispose = client.subscribe<Event>(
        { query, variables },
        {
          next: (result) => {
            if (result.errors) errors.push(...result.errors);
            if (result.data) events.push(result.data as Event);
            wake();
          },
          error: (error) => {
            errors.push(error);
            wake();
          },
          complete: () => wake(),
        },
      );
      return {
        events,
        errors,
        dispose,
        async next(ms = 10_000) {
          const deadline = Date.now() + ms;
          while (events.length <= taken) {
            if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
            if (Date.now() > deadline) throw new Error(`no event within ${ms} ms`);
            await new Promise<void>((resolve) => {
              wake = resolve;
              setTimeout(resolve, 50);
            });
          }
          return events[taken++]!;
        },
        async quiet(ms) {
          await new Promise((resolve) => setTimeout(resolve, ms));
          const fresh = events.slice(taken);
          taken = events.length;
          return fresh;
        },
      };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

/** Waits until `condition` holds, checking every 20 ms, for up to `ms`. */
export async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
