import { count } from 'drizzle-orm';
import { areas } from '../schema/database/index';
import { seedDatabase } from '../seeds/index';
import type { DatabaseHandle } from './db';

/** Applies pending migrations, and loads the seed data into a database that has no areas yet (first start). */
export async function prepareDatabase(database: DatabaseHandle): Promise<void> {
  await database.migrate();
  const [row] = await database.db.select({ total: count() }).from(areas);
  if ((row?.total ?? 0) === 0) {
    console.log('Empty database: loading seed data');
    await seedDatabase(database.db);
  }
}
