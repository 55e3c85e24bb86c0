import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config';
import { openDatabase } from '../src/db';
import { seedDatabase } from './index';

/** `npm run db:seed [-- --scale national|N] [--seed 1]`: migrates, then seeds the configured database. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  const scale = values.scale === undefined ? undefined : values.scale === 'national' ? 'national' : Number(values.scale);
  if (typeof scale === 'number' && !(Number.isInteger(scale) && scale > 0)) {
    throw new Error(`--scale takes "national" or a positive whole number of areas; got "${values.scale}"`);
  }
  const config = readConfig();
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const started = performance.now();
    await handle.migrate();
    await seedDatabase(handle.db, { scale, seedNumber: Number(values.seed) });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Seeded ${handle.driver} database in ${seconds} s`);
  } finally {
    await handle.close();
  }
}

await main();
