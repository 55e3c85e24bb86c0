import { readConfig } from '../src/config';
import { openDatabase } from '../src/db';

/** `npm run db:migrate`: applies pending migrations to the configured database. */
const config = readConfig();
const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await handle.migrate();
  console.log(`Migrated ${handle.driver} database`);
} finally {
  await handle.close();
}
