import { eq } from 'drizzle-orm';
import { parseArgs } from 'node:util';
import { organisations } from '../../schema/database/index';
import { issueApiKey } from '../auth/api-keys';
import { readConfig } from '../config';
import { openDatabase } from '../db';

/**
 * `npm run api-key -- --org <organisation code> --label "<what it is for>" [--write]` issues a key for a machine
 * client and prints its secret once; only its hash is kept.
 */
const { values } = parseArgs({
  options: { org: { type: 'string' }, label: { type: 'string' }, write: { type: 'boolean', default: false } },
});
if (!values.org || !values.label) {
  console.error('Usage: npm run api-key -- --org <organisation code> --label "<what it is for>" [--write]');
  process.exit(2);
}
const config = readConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await database.migrate();
  const [organisation] = await database.db.select().from(organisations).where(eq(organisations.code, values.org));
  if (!organisation) throw new Error(`No organisation has the code "${values.org}"`);
  const key = await issueApiKey(database.db, organisation.id, values.label, values.write);
  console.log(key.secret);
} finally {
  await database.close();
}
