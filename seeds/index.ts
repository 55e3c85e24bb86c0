import type { Database } from '../src/db';
import { loadNational, type NationalOptions } from './national/index';
import { loadReference } from './reference/index';
import { loadSourcedAreas } from './sourced/index';
import { loadSampleSelfAssessments } from './sourced/self-assessments';

export interface SeedOptions {
  /** Adds generated areas: 'national' is all 150 upper-tier areas of England; a number is that many. */
  scale?: NationalOptions['areas'];
  /** The generator's seed number: the same number gives the same data. */
  seedNumber?: number;
}

/** Loads reference data, the areas the source documents describe and, when asked, generated areas. Idempotent. */
export async function seedDatabase(db: Database, options: SeedOptions = {}): Promise<void> {
  await loadReference(db);
  await loadSourcedAreas(db);
  await loadSampleSelfAssessments(db);
  if (options.scale !== undefined) {
    await loadNational(db, { areas: options.scale, seedNumber: options.seedNumber ?? 1 });
  }
}
