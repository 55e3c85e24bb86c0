import type { Database } from './db';
import { createStores, type Stores } from './modules/stores';

/** What every resolver gets for one request. Stores own the DataLoaders, so nothing is shared between requests. */
export interface Context {
  db: Database;
  stores: Stores;
}

export function createContext(db: Database): Context {
  return { db, stores: createStores(db) };
}
