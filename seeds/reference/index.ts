import type { Database } from '../../src/db';

/** Reference data every environment needs. */
export async function loadReference(_db: Database): Promise<void> {}
