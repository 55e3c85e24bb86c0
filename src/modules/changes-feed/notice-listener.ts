import type { PGlite } from '@electric-sql/pglite';
import type postgres from 'postgres';
import type { Database } from '../../db';

/** The channel the `changes` table's trigger notifies (schema/migrations: change_feed_notify). */
export const changesChannel = 'registry_changes';

export interface NoticeListener {
  stop(): Promise<void>;
}

/**
 * LISTEN on the database under `db`, whichever the driver: postgres.js keeps one connection of its own for every
 * channel of the process (`sql.listen`) and listens again on a new one when that connection drops, calling
 * `onListening` each time; PGlite delivers notices within the process (`pg.listen`). Either way a notice arrives
 * only once the transaction that sent it has committed.
 */
export async function listenForNotices(
  db: Database,
  onNotice: (payload: string) => void,
  onListening: () => void,
): Promise<NoticeListener> {
  const client = (db as unknown as { $client: PGlite | postgres.Sql }).$client;
  if ('waitReady' in client) {
    const unsubscribe = await client.listen(changesChannel, onNotice);
    onListening();
    return { stop: () => unsubscribe() };
  }
  const listening = await client.listen(changesChannel, onNotice, onListening);
  return { stop: () => listening.unlisten().catch(() => undefined) };
}
