import { Access } from './auth/access';
import type { Viewer } from './auth/viewer';
import type { Database } from './db';
import { createStores, type Stores } from './modules/stores';

/**
 * What every resolver and rule gets for one request: the authenticated viewer, their standing (`access`), and a
 * fresh set of stores. Stores own the DataLoaders, so nothing cached is shared between requests or viewers.
 */
export interface Context {
  db: Database;
  /** Replaced with a fresh set after a write, so nothing read before the write is served after it. */
  stores: Stores;
  viewer: Viewer;
  access: Access;
  /** The request's Idempotency-Key header, if it sent one: it makes each create in the request safe to retry. */
  idempotencyKey: string | null;
  /** The response key of the root mutation field now running (mutations run one at a time). */
  mutationField: string | null;
}

export function createContext(db: Database, viewer: Viewer, idempotencyKey: string | null = null): Context {
  return {
    db,
    stores: createStores(db),
    viewer,
    access: new Access(viewer, db),
    idempotencyKey,
    mutationField: null,
  };
}
