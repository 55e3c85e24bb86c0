import 'reflect-metadata';
import { seedDatabase } from '../seeds/index';
import { startApi } from '../test/support/api';
import { createTestDatabase } from '../test/support/database';
import { benchDashboard } from './dashboard';
import { timedQuery } from './timed-query';

/**
 * Times partnershipGraph, a page of bodies, compliance for a large county and statistics for England on the national data set (sourced areas plus the 150 generated ones),
 * through real HTTP requests: median and worst of `runs` requests, and the SQL statements each took. The graph of a
 * small unitary and of a large county should take the same number of statements. In-memory PGlite by default, or a
 * fresh database on the server named by DATABASE_URL. `npx tsx bench/graph.ts [runs]`.
 */
const runs = Number(process.argv[2] ?? 20);

const graphQuery = `query($codes: [String!], $depth: Int) { partnershipGraph(areaCodes: $codes, depth: $depth) {
  nodes { id kind label bodyKind distance } edges { id kind source target role } } }`;
const bodiesQuery = `query($area: ID!) { bodies(filter: { area: $area }, first: 100) { nodes { name
  memberships { role memberOrganisation { name } } linesOut { kind to { ... on Body { name } } } } } }`;

const cases = [
  { name: 'graph, Rutland (small unitary), depth 1', query: graphQuery, variables: { codes: ['E06000017'], depth: 1 } },
  { name: 'graph, Kent (large county), depth 1', query: graphQuery, variables: { codes: ['E10000016'], depth: 1 } },
  { name: 'graph, Kent, depth 2', query: graphQuery, variables: { codes: ['E10000016'], depth: 2 } },
  { name: 'graph, Staffordshire (sourced), depth 1', query: graphQuery, variables: { codes: ['E10000028'], depth: 1 } },
  {
    name: 'compliance, Kent (large county)',
    query: `query($code: String!) { compliance(areaCode: $code) { met notMet findings { rule { id } outcome
      evidence { recordId label } missing { code label note } } } }`,
    variables: { code: 'E10000016' } as never,
  },
  {
    name: 'search "childrens trust", every kind, England',
    query: `{ search(text: "childrens trust", first: 50) { kind matched score node { id } } }`,
    variables: {} as never,
  },
  {
    name: 'statistics, England',
    query: `{ statistics { areas boards figures { id numerator denominator value referenceValue } } }`,
    variables: {} as never,
  },
];

async function main(): Promise<void> {
  const database = await createTestDatabase();
  const api = await startApi(database.db);
  try {
    const loading = performance.now();
    await seedDatabase(database.db, { scale: 'national', seedNumber: 1 });
    console.log(`${database.driver}: seeded national data in ${((performance.now() - loading) / 1000).toFixed(1)} s`);
    const kent = await api.query(`{ area(code: "E10000016") { id } }`);
    cases.push({
      name: 'page of 100 Kent bodies with members and lines',
      query: bodiesQuery,
      variables: { area: kent.data.area.id } as never,
    });
    for (const { name, query, variables } of cases) {
      const { last, median, worst } = await timedQuery(api, name, query, variables, runs);
      const { partnershipGraph, bodies, compliance, statistics, search } = last.data;
      const size = partnershipGraph
        ? `${partnershipGraph.nodes.length} nodes, ${partnershipGraph.edges.length} edges`
        : compliance
          ? `${compliance.findings.length} findings`
          : statistics
            ? `${statistics.figures.length} figures over ${statistics.boards} boards`
            : search
              ? `${search.length} hits`
              : `${bodies.nodes.length} bodies`;
      console.log(
        `  ${name}: ${size}; ${last.statements} statements; median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms`,
      );
    }
    await benchDashboard(api, database.db);
    console.log(`  peak resident memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    await api.close();
    await database.dispose();
  }
}

await main();
