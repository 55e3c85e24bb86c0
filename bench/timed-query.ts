import type { GraphQLResponse, TestApi } from '../test/support/api';

/**
 * Asks `query` once to warm up, then `runs` times in turn through real HTTP: the last answer (refused if it has
 * errors) with the median and worst time of the runs, in milliseconds.
 */
export async function timedQuery(
  api: TestApi,
  name: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  runs: number,
): Promise<{ last: GraphQLResponse; median: number; worst: number }> {
  let last = await api.query(query, variables);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    last = await api.query(query, variables);
    times.push(performance.now() - started);
  }
  if (last.errors) throw new Error(`${name}: ${JSON.stringify(last.errors)}`);
  times.sort((a, b) => a - b);
  return { last, median: times[Math.floor(times.length / 2)]!, worst: times.at(-1)! };
}
