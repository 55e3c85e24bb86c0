import type { PGlite } from '@electric-sql/pglite';
import type postgres from 'postgres';
import type { Database } from '../../db';
import { createStores } from '../stores';

/** The channel the `changes` table's trigger notifies (schema/migrations: change_feed_notify). */
export const changesChannel = 'registry_changes';

/** How often, on PostgreSQL, the listener checks that its LISTEN connection still hears its own notices. */
const watchdogMs = 5_000;

interface Listening {
  stop(): Promise<void>;
}

type Client = PGlite | postgres.Sql;

const clientOf = (db: Database) => (db as unknown as { $client: Client }).$client;

/**
 * LISTEN on the database under `db`, whichever the driver: postgres.js keeps one connection of its own for every
 * channel of the process (`sql.listen`) and listens again on a new one when that connection drops, calling
 * `onListening` each time; PGlite delivers notices within the process (`pg.listen`). Either way a notice arrives
 * only once the transaction that sent it has committed.
 */
async function listen(client: Client, onNotice: (payload: string) => void, onListening: () => void) {
  if ('waitReady' in client) {
    const unsubscribe = await client.listen(changesChannel, onNotice);
    onListening();
    return { stop: () => unsubscribe() };
  }
  const listening = await client.listen(changesChannel, onNotice, onListening);
  return { stop: () => listening.unlisten().then(() => undefined) };
}

/**
 * The process's one LISTEN, kept alive. postgres.js listens again by itself when its connection drops, but gives up
 * if the database is still away at that moment: so every 5 s the listener sends a notice of its own, and one that has
 * not come back by the next check means it is deaf, and it listens anew. After every LISTEN but the first, `onGap`
 * is told since when it may have missed notices (the last time it heard one, or its own), for the caller to read
 * what was committed meanwhile from the table.
 */
export class NoticeListener {
  private listening: Promise<Listening> | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private ping: string | null = null;
  private heardAt = Date.now();
  private listenedOnce = false;

  constructor(
    private readonly db: Database,
    private readonly onNotice: (payload: string) => void,
    private readonly onGap: (lastHeard: Date) => void,
    private readonly wanted: () => boolean,
  ) {}

  start(): Promise<Listening> {
    this.listening ??= listen(
      clientOf(this.db),
      (payload) => this.hear(payload),
      () => this.listened(),
    ).catch((error: unknown) => {
      this.listening = null;
      throw error;
    });
    if (!this.watchdog && !('waitReady' in clientOf(this.db))) {
      this.watchdog = setInterval(() => void this.check(), watchdogMs).unref();
    }
    return this.listening;
  }

  async stop(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
    const listening = this.listening;
    this.listening = null;
    await listening?.then((active) => active.stop()).catch(() => undefined);
  }

  private hear(payload: string): void {
    this.heardAt = Date.now();
    if (payload === this.ping) this.ping = null;
    else if (!payload.startsWith('ping:')) this.onNotice(payload);
  }

  private listened(): void {
    if (this.listenedOnce) this.onGap(new Date(this.heardAt));
    this.listenedOnce = true;
    this.heardAt = Date.now();
  }

  private async check(): Promise<void> {
    if (!this.wanted()) return;
    if (this.ping) {
      this.ping = null;
      const deaf = this.listening;
      this.listening = null;
      await deaf?.then((active) => active.stop()).catch(() => undefined);
      await this.start().catch(() => undefined);
      return;
    }
    this.ping = `ping:${process.pid}:${Date.now()}`;
    await createStores(this.db)
      .changesFeed.notify(changesChannel, this.ping)
      .catch(() => undefined);
  }
}
