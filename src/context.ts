import { randomUUID } from 'node:crypto';
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
  /** Its arguments, so that a key reused for a different request can be told from a retry. */
  mutationArguments: Record<string, unknown> | null;
  /** Names the request in the server's log and in the answer, so a reported failure can be found. */
  requestId: string;
}

export interface RequestDetails {
  idempotencyKey?: string | null;
  requestId?: string;
}

export function createContext(db: Database, viewer: Viewer, details: RequestDetails = {}): Context {
  return {
    db,
    stores: createStores(db),
    viewer,
    access: new Access(viewer, db),
    idempotencyKey: details.idempotencyKey ?? null,
    mutationField: null,
    mutationArguments: null,
    requestId: details.requestId ?? randomUUID(),
  };
}
