import { GraphQLError } from 'graphql';
import type { PubSub } from 'type-graphql';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { createContext } from '../../context';
import { scopeDatabase, type Database } from '../../db';
import { isRowId } from '../../shared/global-id';
import type { ChangeRow } from '../history/index';
import { createStores } from '../stores';
import { changesChannel, listenForNotices, type NoticeListener } from './notice-listener';
import { EventQueue } from './event-queue';
import { eventsFor } from './feed-visibility';
import type { AreaLine } from './change-feed.store';
import type { RegistryChange } from './registry-change.type';

/** What one subscription asks for: the changes of an area (and the areas within it), or of one body. */
export type FeedFilter = { areaId: string } | { bodyId: string };

export interface FeedLimits {
  /** Subscriptions the process serves at once, over all its connections. */
  maxSubscriptions: number;
  /** Events waiting for one slow subscriber before it is cut off. */
  queueLimit: number;
}

export const defaultFeedLimits: FeedLimits = { maxSubscriptions: 2_000, queueLimit: 500 };

export interface Subscriber {
  viewer: Viewer;
  filter: FeedFilter;
  queue: EventQueue<RegistryChange>;
}

/** After the listener comes back, changes made this long before it was last known to hear are looked for again. */
const catchUpMarginMs = 30_000;
/** How often, on PostgreSQL, the feed checks that its LISTEN connection still hears its own notices. */
const watchdogMs = 5_000;

/**
 * The process's one listener on the `changes` table's notices and the subscriptions it serves. A notice names
 * change ids; each batch of them is read and judged in a bounded number of statements, for all subscribers at once
 * (the stores are the batch's, shared: they hold rows as stored, and what each viewer may learn of them is decided
 * per viewer by the same field rules as reads, in `feed-visibility.ts`). Listening starts with the first
 * subscription and stops with `stop()`.
 */
export class ChangeFeed {
  private readonly subscribers = new Set<Subscriber>();
  private listener: Promise<NoticeListener> | null = null;
  private readonly pending = new Set<string>();
  private work: Promise<void> = Promise.resolve();
  private scheduled = false;
  /** Changes already delivered, by id, with when: a catch-up after a lost connection skips them. */
  private readonly delivered = new Map<string, number>();
  private heardAt = Date.now();
  private listenedOnce = false;
  private watchdog: NodeJS.Timeout | null = null;
  private pingOutstanding: string | null = null;
  private stopped = false;
  /** Statements the last batch cost, for tests that hold the cost flat as subscribers grow. */
  lastBatchStatements = 0;
  /** Subscriptions started since the process began. */
  started = 0;

  constructor(
    private readonly db: Database,
    private readonly limits: FeedLimits = defaultFeedLimits,
  ) {}

  get subscriptionCount(): number {
    return this.subscribers.size;
  }

  async subscribe(viewer: Viewer, filter: FeedFilter): Promise<AsyncIterableIterator<RegistryChange>> {
    if (this.stopped) throw unavailable('The server is shutting down: subscribe to another instance');
    if (this.subscribers.size >= this.limits.maxSubscriptions) {
      throw unavailable(`This instance serves ${this.limits.maxSubscriptions} subscriptions at most: try later`);
    }
    await this.startListening();
    const subscriber: Subscriber = {
      viewer,
      filter,
      queue: new EventQueue(this.limits.queueLimit, () => this.subscribers.delete(subscriber)),
    };
    this.subscribers.add(subscriber);
    this.started += 1;
    return subscriber.queue;
  }

  /** Ends every subscription and stops listening. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.watchdog) clearInterval(this.watchdog);
    for (const subscriber of [...this.subscribers]) await subscriber.queue.return();
    const listener = this.listener;
    this.listener = null;
    await listener?.then((active) => active.stop()).catch(() => undefined);
    await this.work;
  }

  private startListening(): Promise<NoticeListener> {
    this.listener ??= listenForNotices(
      this.db,
      (payload) => this.hear(payload),
      () => this.listening(),
    ).catch((error: unknown) => {
      this.listener = null;
      throw error;
    });
    if (!this.watchdog && !('waitReady' in (this.db as unknown as { $client: object }).$client)) {
      this.watchdog = setInterval(() => void this.checkListening(), watchdogMs).unref();
    }
    return this.listener;
  }

  private hear(payload: string): void {
    if (payload === this.pingOutstanding) {
      this.pingOutstanding = null;
      this.heardAt = Date.now();
      return;
    }
    for (const id of payload.split(',')) if (isRowId(id)) this.pending.add(id);
    this.schedule();
  }

  /** Every (re)established LISTEN: after the first, what was committed while not listening is read from the table. */
  private listening(): void {
    if (!this.listenedOnce) {
      this.listenedOnce = true;
      this.heardAt = Date.now();
      return;
    }
    const since = new Date(this.heardAt - catchUpMarginMs);
    this.work = this.work.then(() => this.catchUp(since)).catch(logFailure);
  }

  private async catchUp(since: Date): Promise<void> {
    const ids = await createStores(this.db).changesFeed.idsSince(since, 5_000);
    for (const id of ids) if (!this.delivered.has(id)) this.pending.add(id);
    this.schedule();
  }

  /** A notice of its own that does not come back within a period means the LISTEN connection is gone: listen anew. */
  private async checkListening(): Promise<void> {
    if (this.stopped || this.subscribers.size === 0) return;
    if (this.pingOutstanding) {
      this.pingOutstanding = null;
      const lost = this.listener;
      this.listener = null;
      await lost?.then((active) => active.stop()).catch(() => undefined);
      await this.startListening().catch(() => undefined);
      return;
    }
    this.pingOutstanding = `ping:${process.pid}:${Date.now()}`;
    await createStores(this.db)
      .changesFeed.notify(changesChannel, this.pingOutstanding)
      .catch(() => undefined);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // Notices that arrive together (one mutation's, or many writers') are read as one batch.
    setImmediate(() => {
      this.scheduled = false;
      const ids = [...this.pending];
      this.pending.clear();
      this.work = this.work
        .then(() => this.deliver(ids))
        .catch((error: unknown) => {
          // The database is away, most likely: the same changes are tried again in a second.
          logFailure(error);
          if (this.stopped) return;
          for (const id of ids) this.pending.add(id);
          setTimeout(() => this.schedule(), 1_000).unref();
        });
    });
  }

  private async deliver(ids: string[]): Promise<void> {
    this.heardAt = Date.now();
    if (!ids.length || !this.subscribers.size) return;
    const scoped = scopeDatabase(this.db, null);
    const stores = createStores(scoped.db);
    const rows = (await stores.changesFeed.changesById.loadMany(ids)).filter(isChangeRow);
    const areaIds = [...new Set(rows.flatMap((row) => (row.areaId ? [row.areaId] : [])))];
    const lines = new Map<string, AreaLine>();
    (await stores.changesFeed.areaLines.loadMany(areaIds)).forEach((line, index) => {
      if (line && !(line instanceof Error)) lines.set(areaIds[index]!, line);
    });
    const groups = groupByViewer([...this.subscribers]).map((subscribers) => {
      const context = createContext(scoped.db, subscribers[0]!.viewer);
      context.stores = stores;
      return { subscribers, context };
    });
    await Access.loadPartnerBodiesOf(
      groups.map((group) => group.context.access),
      scoped.db,
    );
    await Promise.all(groups.map((group) => eventsFor(group.context, group.subscribers, rows, lines)));
    const now = Date.now();
    for (const row of rows) this.delivered.set(row.id, now);
    for (const [id, at] of this.delivered) if (at < now - 4 * catchUpMarginMs) this.delivered.delete(id);
    this.lastBatchStatements = scoped.statements();
  }
}

/** Subscribers with the same credentials (subject, organisation, roles) are judged once. */
function groupByViewer(subscribers: Subscriber[]): Subscriber[][] {
  const groups = new Map<string, Subscriber[]>();
  for (const subscriber of subscribers) {
    const { subject, organisationId, roles, canWrite } = subscriber.viewer;
    const key = JSON.stringify([subject, organisationId, roles, canWrite]);
    groups.set(key, [...(groups.get(key) ?? []), subscriber]);
  }
  return [...groups.values()];
}

function isChangeRow(row: ChangeRow | undefined | Error): row is ChangeRow {
  return Boolean(row) && !(row instanceof Error);
}

function unavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
}

function logFailure(error: unknown): void {
  console.error('[change feed] a batch of changes could not be delivered', error);
}

const feeds = new WeakMap<object, ChangeFeed>();

/** The one feed of the database client under `db` (every handle made from it shares it): one LISTEN per process. */
export function changeFeedOf(db: Database, limits?: FeedLimits): ChangeFeed {
  const client = (db as unknown as { $client: object }).$client;
  let feed = feeds.get(client);
  if (!feed || (feed as unknown as { stopped: boolean }).stopped) {
    feed = new ChangeFeed(db, limits);
    feeds.set(client, feed);
  }
  return feed;
}

/**
 * type-graphql asks for a PubSub whenever the schema has subscriptions, for ones that name topics; the feed's each
 * give their own `subscribe`, so this one is never used, and says so if it ever is.
 */
export const noTopics: PubSub = {
  publish: () => {
    throw new Error('The registry publishes changes through the database (ChangeFeed), not through topics');
  },
  subscribe: () => {
    throw new Error('Subscriptions name their source with `subscribe`; no topics are served');
  },
};
