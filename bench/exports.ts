import 'reflect-metadata';
import { request } from 'node:http';
import { seedDatabase } from '../seeds/index';
import { startApi } from '../test/support/api';
import { createTestDatabase } from '../test/support/database';

/**
 * Times the national exports (every CSV kind for England, and England's JSON-LD) through real HTTP requests on the
 * national data set, reading each answer as it streams and keeping none of it, and samples the process's memory
 * in a second run (collecting garbage first, every 100 ms): the peak live heap and resident size above what they were
 * before, which should not grow with the export's size. As an administrator, every confidential value written is a
 * row of the read audit, written before its batch leaves; as a reader, the same exports without them. In-memory PGlite by default, or a fresh database on DATABASE_URL.
 * `node --expose-gc --import tsx bench/exports.ts`.
 */
const gc = (globalThis as { gc?: () => void }).gc;

async function main(): Promise<void> {
  const database = await createTestDatabase();
  const api = await startApi(database.db);
  try {
    const loading = performance.now();
    await seedDatabase(database.db, { scale: 'national', seedNumber: 1 });
    console.log(`${database.driver}: seeded national data in ${((performance.now() - loading) / 1000).toFixed(1)} s`);
    const administrator = await api.identity.sign({
      org: 'registry-administration',
      roles: ['administrator'],
      sub: 'bench',
    });
    const reader = await api.identity.sign({ org: 'registry-administration', roles: ['reader'], sub: 'bench reader' });
    const paths = [
      ...['areas', 'organisations', 'bodies', 'memberships', 'accountability-lines', 'delegations'].map(
        (kind) => `/export/england/${kind}.csv`,
      ),
      ...['budget-arrangements', 'contributions', 'plans'].map((kind) => `/export/england/${kind}.csv`),
      '/export/E10000016/memberships.csv',
      '/export/E10000016.jsonld',
      '/export/england.jsonld',
    ];
    const runs = [
      ...paths.map((path) => ({ path, token: administrator, who: 'administrator' })),
      ...['/export/england/memberships.csv', '/export/england.jsonld'].map((path) => ({
        path,
        token: reader,
        who: 'reader',
      })),
    ];
    for (const { path, token, who } of runs) {
      await measure(api.url, path, token, false); // warm
      // Timed alone, then again for memory: collecting garbage while timing would slow what is timed.
      const { ms } = await measure(api.url, path, token, false);
      const result = { ...(await measure(api.url, path, token, true)), ms };
      console.log(
        `  ${path} (${who}): ${result.lines} lines, ${(result.bytes / 1e6).toFixed(1)} MB in ${result.ms.toFixed(0)} ms; ` +
          `${result.statements} statements; peak live heap +${result.heapMb.toFixed(1)} MB, resident +${result.rssMb.toFixed(0)} MB`,
      );
    }
    console.log(`  peak resident memory of the process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    await api.close();
    await database.dispose();
  }
}

interface Measured {
  ms: number;
  bytes: number;
  lines: number;
  statements: string;
  heapMb: number;
  rssMb: number;
}

async function measure(url: string, path: string, token: string, sampled: boolean): Promise<Measured> {
  gc?.();
  const before = process.memoryUsage();
  let heap = before.heapUsed;
  let rss = before.rss;
  // Collected first, so that the heap measured is what the export holds, not garbage not yet collected.
  const sampler = setInterval(() => {
    if (!sampled) return;
    gc?.();
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed);
    rss = Math.max(rss, now.rss);
  }, 100);
  const started = performance.now();
  const { bytes, lines, statements } = await new Promise<{ bytes: number; lines: number; statements: string }>(
    (resolve, reject) => {
      request(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } }, (response) => {
        let count = 0;
        let newlines = 0;
        response.on('data', (chunk: Buffer) => {
          count += chunk.length;
          for (const byte of chunk) if (byte === 10) newlines += 1;
        });
        response.on('end', () =>
          resolve({ bytes: count, lines: newlines, statements: String(response.trailers['x-sql-statements']) }),
        );
        response.on('error', reject);
      })
        .on('error', reject)
        .end();
    },
  );
  const ms = performance.now() - started;
  clearInterval(sampler);
  return { ms, bytes, lines, statements, heapMb: (heap - before.heapUsed) / 1e6, rssMb: (rss - before.rss) / 1e6 };
}

await main();
