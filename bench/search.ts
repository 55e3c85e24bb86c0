import 'reflect-metadata';
import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../src/db';
import { SearchStore } from '../src/modules/search/index';
import { today } from '../src/shared/dates';
import { seedDatabase } from '../seeds/index';
import { startApi } from '../test/support/api';
import { createTestDatabase } from '../test/support/database';
import { timedQuery } from './timed-query';

/**
 * Times `search` across England on the national data set (sourced areas plus the 150 generated ones), through real
 * HTTP requests as an administrator: median and worst of `runs` requests, and the SQL statements each took. A word
 * spelt right is answered by one search statement; a misspelt one by a second. Then EXPLAIN ANALYZE of the first
 * case's search statement: the indexes the planner chose, and its time in the database. In-memory PGlite by default,
 * or a fresh database on the server named by DATABASE_URL. `npx tsx bench/search.ts [runs]`.
 */
const runs = Number(process.argv[2] ?? 10);

const query = `query($text: String!, $kinds: [SearchKind!]) { search(text: $text, kinds: $kinds, first: 50) {
  kind matched score node { id } } }`;

const cases = [
  { name: '"childrens trust", every kind', variables: { text: 'childrens trust' } },
  { name: '"safeguarding", bodies', variables: { text: 'safeguarding', kinds: ['BODY'] } },
  { name: '"safegaurding" (misspelt), bodies', variables: { text: 'safegaurding', kinds: ['BODY'] } },
  { name: '"chidlrens trust" (misspelt), every kind', variables: { text: 'chidlrens trust' } },
];

async function main(): Promise<void> {
  const database = await createTestDatabase();
  const api = await startApi(database.db);
  try {
    await seedDatabase(database.db, { scale: 'national', seedNumber: 1 });
    for (const { name, variables } of cases) {
      const { last, median, worst } = await timedQuery(api, name, query, variables, runs);
      console.log(
        `${database.driver} search ${name}: ${last.data.search.length} hits; ${last.statements} statements; ` +
          `median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms`,
      );
    }
    await explain(database.db);
  } finally {
    await api.close();
    await database.dispose();
  }
}

/** The plan of the search statement for "childrens trust" across England, as the planner chooses it. */
async function explain(db: Database): Promise<void> {
  const kinds = ['AREA', 'ORGANISATION', 'BODY', 'POST', 'PLAN', 'PERSON', 'DOCUMENT'] as const;
  const request = { text: 'childrens trust', kinds: [...kinds], areaCode: null, asOf: null, first: 50, standing: null };
  const statement = new SearchStore(db).statement(request, today(), false)!;
  const [row] = await selectRows<Record<string, unknown>>(db, sql`EXPLAIN (ANALYZE, FORMAT JSON) ${statement}`);
  const plan = JSON.stringify(Object.values(row!)[0]);
  const indexes = [...new Set([...plan.matchAll(/"Index Name":"([^"]+)"/g)].map((match) => match[1]))].sort();
  const time = /"Execution Time":([0-9.]+)/.exec(plan)?.[1];
  console.log(
    `  search statement: ${Number(time).toFixed(0)} ms in the database; indexes ${indexes.join(', ') || 'none'}`,
  );
}

await main();
