import { count } from 'drizzle-orm';
import { areas } from '../schema/database/index';
import { seedDatabase } from '../seeds/index';
import type { DatabaseHandle } from './db';

/** Where first-start progress goes: the server's log, one line a step. */
export type Progress = (line: string) => void;

/**
 * Applies pending migrations, and loads the seed data into a database that has no areas yet (first start), telling
 * `progress` what it is doing, since a first start takes a while.
 */
export async function prepareDatabase(database: DatabaseHandle, progress: Progress = () => {}): Promise<void> {
  progress('Migrating the database');
  await database.migrate();
  const [row] = await database.db.select({ total: count() }).from(areas);
  if ((row?.total ?? 0) === 0) {
    progress('Empty database: loading the reference data and the areas the source documents describe');
    await seedDatabase(database.db);
    const [seeded] = await database.db.select({ total: count() }).from(areas);
    progress(`Seeded ${seeded?.total ?? 0} areas`);
  }
}
