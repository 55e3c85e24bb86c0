import type { Database } from '../../src/db';

/** The areas the source documents describe, each record citing its source. */
export async function loadSourcedAreas(_db: Database): Promise<void> {}
