import 'reflect-metadata';
import { sql } from 'drizzle-orm';
import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { seedDatabase } from '../seeds/index';
import { defaultDemand } from '../src/config';
import { selectRows } from '../src/db';
import { toGlobalId } from '../src/shared/global-id';
import { registryCostEstimator } from '../src/limits/index';
import { buildGuardedSchema } from '../src/server';
import { startApi } from '../test/support/api';
import { createTestDatabase } from '../test/support/database';

/**
 * The most expensive queries the default limits let through, on the national data set: for each shape, the
 * largest page (`first`) whose estimated cost is within the limit, aimed at the records with the most data. Reports
 * each one's time, rows, answer size and the process's memory growth while answering it (the target: under 2 s and
 * 200 MB on this 2-core machine). `node --expose-gc --import tsx bench/largest-query.ts`.
 */
const shapes = [
  {
    name: 'bodies → seats → organisation represented → its seats → body',
    query: `query($first: Int, $area: ID) { bodies(first: $first, filter: { area: $area }, asOf: "2008-06-01") { nodes { name
      memberships { role onBehalfOf { name memberships { role body { name kind } } } } } } }`,
  },
  {
    name: 'organisations → seats → body → its seats → organisation represented',
    query: `query($first: Int, $codes: [String!]) { organisations(first: $first, filter: { codes: $codes }, asOf: "2008-06-01") { nodes { name
      memberships { role body { name memberships { role onBehalfOf { name kind } } } } } } }`,
  },
  {
    name: 'bodies → lines in → the bodies below → their seats',
    query: `query($first: Int, $area: ID) { bodies(first: $first, filter: { area: $area }, asOf: "2008-06-01") { nodes {
      name linesIn { kind from { ... on Body { name memberships { role onBehalfOf { name } } } } } } } }`,
  },
  {
    name: 'areas → bodies → seats and lines',
    query: `query($first: Int) { areas(first: $first, asOf: "2008-06-01") { nodes { name bodies { name kind
      memberships { role onBehalfOf { name } } linesOut { kind } linesIn { kind } } } } }`,
  },
];

async function main(): Promise<void> {
  const database = await createTestDatabase();
  const api = await startApi(database.db);
  const schema = await buildGuardedSchema();
  try {
    await seedDatabase(database.db, { scale: 'national', seedNumber: 1 });
    // The busiest county and the organisations holding the most seats: what a caller would aim at.
    const [county] = await selectRows<{ id: string }>(
      database.db,
      sql`select a.id from areas a join bodies b on b.area_id = a.id group by a.id order by count(*) desc limit 1`,
    );
    const busiest = await selectRows<{ code: string }>(
      database.db,
      sql`select o.code from organisations o join memberships m on m.on_behalf_of_id = o.id
          where o.code is not null group by o.code order by count(*) desc limit 100`,
    );
    const areaGlobalId = toGlobalId('Area', county!.id);
    console.log(`${database.driver}: the largest queries within a cost limit of ${defaultDemand.maxCost}`);
    for (const shape of shapes) {
      const base = { area: areaGlobalId, codes: busiest.map((row) => row.code) };
      const first = largestPage(schema, shape.query, base);
      const variables = { ...base, first };
      const cost = getComplexity({ schema, query: parse(shape.query), variables, estimators: [registryCostEstimator] });
      await api.query(shape.query, variables); // warm
      (globalThis as { gc?: () => void }).gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
      const started = performance.now();
      const response = await api.query(shape.query, variables);
      const tookMs = performance.now() - started;
      clearInterval(sampler);
      if (response.errors) throw new Error(`${shape.name}: ${JSON.stringify(response.errors[0])}`);
      const text = JSON.stringify(response.data);
      const size = text.length;
      console.log(
        `  ${shape.name}: first ${first}, cost ${cost}, ${response.statements} statements, ` +
          `${(size / 1024).toFixed(0)} kB answer, ${tookMs.toFixed(0)} ms, memory +${((peak - before) / 2 ** 20).toFixed(0)} MB`,
      );
    }
  } finally {
    await api.close();
    await database.dispose();
  }
}

/** The largest `first` (1 to 100) whose estimated cost is within the limit. */
function largestPage(schema: Awaited<ReturnType<typeof buildGuardedSchema>>, query: string, base: object): number {
  const document = parse(query);
  let first = 100;
  const costOf = (n: number) =>
    getComplexity({ schema, query: document, variables: { ...base, first: n }, estimators: [registryCostEstimator] });
  while (first > 1 && costOf(first) > defaultDemand.maxCost) first -= 1;
  return first;
}

await main();
