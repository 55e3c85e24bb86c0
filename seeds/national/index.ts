import type { Database } from '../../src/db';

export interface NationalOptions {
  areas: 'national' | number;
  seedNumber: number;
}

/** Generated areas whose proportions follow DOMAIN.md §5. */
export async function loadNational(_db: Database, _options: NationalOptions): Promise<void> {}
