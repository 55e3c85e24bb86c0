import { GraphQLError } from 'graphql';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { createContext } from '../../context';
import { scopeDatabase, type Database } from '../../db';
import { isRowId } from '../../shared/global-id';
import type { ChangeRow } from '../history/index';
import { createStores } from '../stores';
import type { AreaLine } from './change-feed.store';
import { EventQueue } from './event-queue';
import { eventsFor } from './feed-visibility';
import { NoticeListener } from './notice-listener';
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

/**
 * After the listener may have missed notices, changes made from this long before it last heard are read again: a
 * change is stamped with its transaction's start, and transactions are bounded by the statement and idle timeouts.
 */
const catchUpMarginMs = 30_000;
/** A batch that fails (the database away) is tried again each second, this many times. */
const maxAttempts = 60;

/**
 * The process's one listener on the `changes` table's notices and the subscriptions it serves. A notice names
 * change ids; each batch of them is read and judged in a bounded number of statements, for all subscribers at once:
 * the stores are the batch's, shared, since they hold rows as stored, and what each viewer may learn of them is
 * decided per viewer by the same field rules as reads (`feed-visibility.ts`). Listening starts with the first
 * subscription and stops with `stop()`.
 */
export class ChangeFeed {
  private readonly subscribers = new Set<Subscriber>();
  private readonly listener: NoticeListener;
  private readonly pending = new Set<string>();
  private work: Promise<void> = Promise.resolve();
  private scheduled = false;
  /** Changes already delivered, by id, with when: a catch-up skips them. */
  private readonly delivered = new Map<string, number>();
  /** Changes whose batch failed, with how many times. */
  private readonly attempts = new Map<string, number>();
  private stopped = false;
  /** Statements the last batch cost, for tests that hold the cost flat as subscribers grow. */
  lastBatchStatements = 0;
  /** Subscriptions started since the feed began. */
  started = 0;

  constructor(
    private readonly db: Database,
    private readonly limits: FeedLimits = defaultFeedLimits,
  ) {
    this.listener = new NoticeListener(
      db,
      (payload) => this.hear(payload),
      (lastHeard) => this.catchUp(new Date(lastHeard.getTime() - catchUpMarginMs)),
      () => this.subscribers.size > 0,
    );
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  get subscriptionCount(): number {
    return this.subscribers.size;
  }

  async subscribe(viewer: Viewer, filter: FeedFilter): Promise<AsyncIterableIterator<RegistryChange>> {
    if (this.stopped) throw unavailable('This instance is shutting down: subscribe again to another');
    if (this.subscribers.size >= this.limits.maxSubscriptions) {
      throw unavailable(`This instance serves ${this.limits.maxSubscriptions} subscriptions at most: try later`);
    }
    await this.listener.start().catch(() => {
      throw unavailable('The database is not answering: subscribe again in a few seconds');
    });
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
    for (const subscriber of [...this.subscribers]) await subscriber.queue.return();
    await this.listener.stop();
    await this.work;
  }

  private hear(payload: string): void {
    for (const id of payload.split(',')) if (isRowId(id)) this.pending.add(id);
    this.schedule();
  }

  private catchUp(since: Date): void {
    this.work = this.work
      .then(async () => {
        const ids = await createStores(this.db).changesFeed.idsSince(since, 5_000);
        for (const id of ids) if (!this.delivered.has(id)) this.pending.add(id);
        this.schedule();
      })
      .catch(logFailure);
  }

  /** Notices that arrive together (one mutation's, or many writers') are read as one batch, in order. */
  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const ids = [...this.pending];
      this.pending.clear();
      this.work = this.work
        .then(() => this.deliver(ids))
        .catch((error: unknown) => {
          // Most likely the database is away: the same changes are tried again every second, for up to a minute.
          logFailure(error);
          for (const id of ids) {
            const attempts = (this.attempts.get(id) ?? 0) + 1;
            if (attempts > maxAttempts) {
              this.attempts.delete(id);
              continue;
            }
            this.attempts.set(id, attempts);
            this.pending.add(id);
          }
          setTimeout(() => this.schedule(), 1_000).unref();
        });
    });
  }

  private async deliver(ids: string[]): Promise<void> {
    if (!ids.length || !this.subscribers.size) return;
    const scoped = scopeDatabase(this.db, null);
    const stores = createStores(scoped.db);
    const rows = (await stores.changesFeed.changesById.loadMany(ids)).filter(isChangeRow);
    const lines = await areaLinesOf(stores, rows);
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
    for (const id of ids) this.attempts.delete(id);
    for (const row of rows) this.delivered.set(row.id, now);
    for (const [id, at] of this.delivered) if (at < now - 4 * catchUpMarginMs) this.delivered.delete(id);
    this.lastBatchStatements = scoped.statements();
  }
}

async function areaLinesOf(stores: ReturnType<typeof createStores>, rows: ChangeRow[]) {
  const areaIds = [...new Set(rows.flatMap((row) => (row.areaId ? [row.areaId] : [])))];
  const lines = new Map<string, AreaLine>();
  (await stores.changesFeed.areaLines.loadMany(areaIds)).forEach((line, index) => {
    if (line && !(line instanceof Error)) lines.set(areaIds[index]!, line);
  });
  return lines;
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
  if (!feed || feed.isStopped) {
    feed = new ChangeFeed(db, limits);
    feeds.set(client, feed);
  }
  return feed;
}
