import { getTableName, sql } from 'drizzle-orm';
import { selectRows } from '../src/db';
import { loadNational } from '../seeds/national/index';
import { insertionOrder } from '../seeds/national/rows';
import { createTestDatabase } from '../test/support/database';

/**
 * Times the national generator on a fresh database: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by DATABASE_URL (dropped afterwards). `npx tsx bench/seed-national.ts [areas] [seed]`.
 */
const tables = insertionOrder.map(([, table]) => getTableName(table));

async function main(): Promise<void> {
  const [scaleArgument = 'national', seedArgument = '1'] = process.argv.slice(2);
  const areas = scaleArgument === 'national' ? 'national' : Number(scaleArgument);
  const database = await createTestDatabase();
  try {
    const first = performance.now();
    await loadNational(database.db, { areas, seedNumber: Number(seedArgument) });
    const loaded = performance.now();
    await loadNational(database.db, { areas, seedNumber: Number(seedArgument) });
    const again = performance.now();
    console.log(
      `${database.driver}: first load ${((loaded - first) / 1000).toFixed(2)} s, second (no-op) load ${((again - loaded) / 1000).toFixed(2)} s`,
    );
    for (const table of tables) {
      const [row] = await selectRows<{ count: number }>(
        database.db,
        sql.raw(`select count(*)::int as count from ${table}`),
      );
      console.log(`  ${table.padEnd(24)} ${row?.count}`);
    }
  } finally {
    await database.dispose();
  }
}

await main();
