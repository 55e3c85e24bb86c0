import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import puppeteer, { type Page } from 'puppeteer-core';
import { selectRows, type Database } from '../src/db';
import type { TestApi } from '../test/support/api';

/**
 * Times the dashboard in headless chromium on the largest county (the upper-tier area with the most bodies in it
 * and the areas within it) and on the largest graph bench/graph.ts draws: the page's load until the graph is drawn,
 * and a redraw after the date changes (query, layout and tables), `runs` times each. Called by bench/graph.ts on
 * its national data set.
 */
export async function benchDashboard(api: TestApi, db: Database, runs = 5): Promise<void> {
  const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
  if (!chromium) return console.log('  dashboard: no chromium at /usr/bin/chromium or CHROMIUM_PATH, not measured');
  const county = await largestCounty(db);
  const views = [
    { title: `${county.name} (largest county, ${county.bodies} bodies), depth 1`, code: county.code, depth: 1 },
    // The largest graph bench/graph.ts asks for.
    { title: 'Kent, depth 2', code: 'E10000016', depth: 2 },
  ];
  const token = await api.identity.sign({ org: 'registry-administration', roles: ['administrator'], sub: 'bench' });
  const cold = performance.now();
  await (await fetch(`${api.url}/dashboard`)).arrayBuffer();
  console.log(`  dashboard: first GET /dashboard (bundles the page) ${(performance.now() - cold).toFixed(0)} ms`);
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1440, height: 900 });
    await page.evaluateOnNewDocument((value) => {
      sessionStorage.setItem('dashboard:credentials', JSON.stringify({ kind: 'bearer', value }));
    }, token);
    for (const view of views) await benchView(page, `${api.url}/dashboard`, view, runs);
  } finally {
    await browser.close();
  }
}

async function benchView(page: Page, url: string, view: { title: string; code: string; depth: number }, runs: number) {
  const loads: number[] = [];
  const redraws: number[] = [];
  const queries: number[] = [];
  const layouts: number[] = [];
  let size = '';
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    // A new query string each run, so that the browser loads the page again rather than moving to a new hash.
    await page.goto(`${url}?run=${run}#area=${view.code}&depth=${view.depth}`);
    await drawn(page, null);
    loads.push(performance.now() - started);
    const data = await page.$eval('#graph', (element) => ({ ...(element as HTMLElement).dataset }));
    size = `${data.nodes} nodes, ${data.edges} edges`;
    for (const asOf of ['2008-04-01', data.asOf!]) {
      const redrawing = performance.now();
      await page.$eval(
        '#as-of',
        (input, date) => {
          (input as HTMLInputElement).value = date;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        },
        asOf,
      );
      await drawn(page, asOf);
      redraws.push(performance.now() - redrawing);
      const timing = await page.$eval('#graph', (element) => ({ ...(element as HTMLElement).dataset }));
      queries.push(Number(timing.queryMs));
      layouts.push(Number(timing.layoutMs));
    }
  }
  console.log(`  dashboard, ${view.title}: ${size}`);
  console.log(`    page load until the graph is drawn: ${summary(loads)}`);
  console.log(`    redraw after a change of date (query, layout, tables): ${summary(redraws)}`);
  console.log(`      of which the query ${summary(queries)}, the layout ${summary(layouts)}`);
}

async function drawn(page: Page, asOf: string | null): Promise<void> {
  await page.waitForFunction(
    (date) => {
      const graph = document.getElementById('graph')?.dataset;
      return graph?.state === 'failed' || (graph?.state === 'drawn' && (date === null || graph.asOf === date));
    },
    { polling: 'mutation', timeout: 60_000 },
    asOf,
  );
  const failed = await page.$eval('#graph', (graph) => (graph as HTMLElement).dataset.state === 'failed');
  if (failed) throw new Error(`The dashboard failed: ${await page.$eval('#message', (m) => m.textContent)}`);
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, worst ${sorted.at(-1)!.toFixed(0)} ms`;
}

async function largestCounty(db: Database) {
  const [county] = await selectRows<{ code: string; name: string; bodies: number }>(
    db,
    sql`select top.code, top.name, count(b.id)::int as bodies
      from areas top join areas within on within.id = top.id or within.parent_area_id = top.id
      join bodies b on b.area_id = within.id
      where top.parent_area_id is null
      group by top.code, top.name order by bodies desc, top.code limit 1`,
  );
  if (!county) throw new Error('No area has bodies: seed the national data first');
  return county;
}
