import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../seeds/index';
import { readConfig } from '../src/config';
import { bodyKinds } from '../src/http/dashboard/graph-style';
import { startApi, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

/** Debian's chromium, or the one CHROMIUM_PATH names; puppeteer-core never downloads a browser. */
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
const withoutChromium =
  'Skipping the dashboard in a real browser: no chromium at /usr/bin/chromium or CHROMIUM_PATH (apt-get install chromium)';
if (!chromium) console.warn(withoutChromium);

const staffordshire = 'E10000028';
const trust = "Staffordshire Children's Trust";
const today = new Date().toISOString().slice(0, 10);
const graphQuery = `query($code: String!, $asOf: Date, $depth: Int!, $kinds: [BodyKind!]) {
  partnershipGraph(areaCodes: [$code], asOf: $asOf, depth: $depth, kinds: $kinds) { nodes { id } edges { id } } }`;

describe.skipIf(!chromium)('the dashboard in a real browser', () => {
  let database: TestDatabase;
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  /** A reader of Staffordshire County Council, which sits on the Trust: a partner who may read its members' mandates. */
  let partnerToken: string;
  /** A reader of Lancashire Police, which sits on no Staffordshire body: it may not. */
  let outsiderToken: string;
  let origin: string;
  /** Every request or socket the page opened that did not go to the server's own origin (data: and blob: excepted). */
  const elsewhere: string[] = [];
  const sockets: string[] = [];
  /** When the page asked for the graph: it polls every 2 s (`?poll=2`) only where the change feed is not there. */
  const graphFetches: number[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db);
    api = await startApi(database.db, { browser: { corsOrigins: [], explorer: 'public', dashboard: 'public' } });
    origin = new URL(api.url).origin;
    partnerToken = await api.identity.sign({ org: 'staffordshire/county-council', roles: ['reader'], sub: 'officer' });
    outsiderToken = await api.identity.sign({ org: 'lancashire/police', roles: ['reader'], sub: 'outsider' });
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage();
    await page.setViewport({ width: 1440, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      const own = url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:';
      if (!own) {
        elsewhere.push(request.url());
        return void request.abort();
      }
      if (request.method() === 'POST' && (request.postData() ?? '').includes('DashboardGraph')) {
        graphFetches.push(Date.now());
      }
      void request.continue();
    });
    // Request interception does not see WebSockets: the browser's own network events do.
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    cdp.on('Network.webSocketCreated', ({ url }) => sockets.push(url));
    await page.goto(`${api.url}/dashboard?poll=2#area=${staffordshire}&asOf=${today}&depth=1`, {
      waitUntil: 'networkidle0',
    });
    await signIn(partnerToken);
    await drawnAt(today);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await database?.dispose();
  });

  async function signIn(token: string) {
    await page.$eval('#credential', (input) => ((input as HTMLInputElement).value = ''));
    await page.type('#credential', token);
    await page.click('#sign-in-button');
  }

  const graphData = () => page.$eval('#graph', (element) => ({ ...(element as HTMLElement).dataset }));
  async function drawnAt(asOf: string) {
    await page.waitForFunction(
      (date) => {
        const graph = document.getElementById('graph')!;
        return graph.dataset.state === 'drawn' && graph.dataset.asOf === date;
      },
      { timeout: 30_000 },
      asOf,
    );
    return graphData();
  }

  async function apiCounts(asOf: string, depth = 1, kinds?: string[], code = staffordshire) {
    const partner = api.withHeaders({ authorization: `Bearer ${partnerToken}` });
    const answer = await partner.query(graphQuery, { code, asOf, depth, kinds });
    expect(answer.errors).toBeUndefined();
    return { nodes: answer.data.partnershipGraph.nodes.length, edges: answer.data.partnershipGraph.edges.length };
  }

  const tableRows = () =>
    page.evaluate(() => ({
      nodes: document.querySelectorAll('#node-table tbody tr').length,
      edges: document.querySelectorAll('#edge-table tbody tr').length,
    }));

  /** Clicks the drawn node of that label where Cytoscape drew it on the canvas, as a user would. */
  async function clickNode(label: string) {
    const at = await page.evaluate((name) => {
      const cy = (window as Loose).cy;
      const node = cy.nodes().filter((candidate: Loose) => candidate.data('label') === name)[0];
      cy.animate({ center: { eles: node }, zoom: 1.5 }, { duration: 0 });
      cy.stop();
      cy.center(node);
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const { x, y } = node.renderedPosition();
      return { x: box.left + x, y: box.top + y };
    }, label);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(
      (name) => document.getElementById('details-title')?.textContent === name,
      { timeout: 20_000 },
      label,
    );
    return page.$eval('#details', (element) => (element as HTMLElement).innerText);
  }

  it('loads with no request to any other origin, the page itself cached by ETag', async () => {
    expect(elsewhere).toEqual([]);
    for (const socket of sockets) expect(new URL(socket).host).toBe(new URL(origin).host);
    const first = await fetch(`${api.url}/dashboard`, { headers: { 'accept-encoding': 'br' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${api.url}/dashboard`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('draws as many nodes and edges as partnershipGraph answers, today and as at 2006-06-01', async () => {
    const now = await graphData();
    const expected = await apiCounts(today);
    expect({ nodes: Number(now.nodes), edges: Number(now.edges) }).toEqual(expected);
    expect(await tableRows()).toEqual(expected);
    expect(expected.nodes).toBeGreaterThan(50);
    await mkdir(new URL('../docs/', import.meta.url), { recursive: true });
    await page.screenshot({ path: new URL('../docs/dashboard.png', import.meta.url).pathname as `${string}.png` });

    await page.$eval('#as-of', (input) => {
      (input as HTMLInputElement).value = '2006-06-01';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const then = await drawnAt('2006-06-01');
    const expectedThen = await apiCounts('2006-06-01');
    expect({ nodes: Number(then.nodes), edges: Number(then.edges) }).toEqual(expectedThen);
    expect(await tableRows()).toEqual(expectedThen);
    expect(expectedThen.nodes).toBeLessThan(expected.nodes);
    expect(expectedThen.nodes).toBeGreaterThan(0);
    expect(page.url()).toContain('asOf=2006-06-01');
    expect(elsewhere).toEqual([]);
  });

  it('shows members and roles with their mandates to a partner, and no mandate to one who may not read it', async () => {
    await page.$eval('#as-of', (input) => {
      (input as HTMLInputElement).value = new Date().toISOString().slice(0, 10);
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await drawnAt(today);
    const partnerView = await clickNode(trust);
    expect(partnerView).toContain('Members and roles');
    expect(partnerView).toContain('May commit resources');
    expect(partnerView).toMatch(/South Staffordshire PCT\s+member\s+\S+\s+yes/i);
    expect(partnerView).toContain('Lines down');

    await signIn(outsiderToken);
    await page.waitForFunction(() => document.getElementById('sign-in-button')?.textContent === 'Change');
    await page.waitForFunction(() => document.getElementById('graph')!.dataset.state === 'drawn');
    const outsiderView = await clickNode(trust);
    expect(outsiderView).toContain('Members and roles');
    expect(outsiderView).toContain('South Staffordshire PCT');
    expect(outsiderView).not.toContain('May commit resources');
    expect(outsiderView).not.toMatch(/\byes: /);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(outsiderToken);
    expect(await page.evaluate(() => sessionStorage.getItem('dashboard:credentials'))).toContain(outsiderToken);
    await signIn(partnerToken);
    await page.waitForFunction(() => document.getElementById('graph')!.dataset.state === 'drawn');
  });

  it('links a node’s details to the same query in the explorer', async () => {
    await clickNode(trust);
    const href = await page.$eval('#explorer-link', (link) => (link as HTMLAnchorElement).href);
    expect(href.startsWith(`${origin}/graphql?query=`)).toBe(true);
    const query = new URL(href).searchParams.get('query')!;
    expect(query).toContain('query DashboardBody');
    const explorer = await browser.newPage();
    try {
      await explorer.goto(href, { waitUntil: 'networkidle0' });
      await explorer.waitForFunction(
        () => /DashboardBody/.test(document.querySelector('.graphiql-query-editor')?.textContent ?? ''),
        { timeout: 20_000 },
      );
    } finally {
      await explorer.close();
    }
  });

  it('redraws on a change made through the API, by the feed or by polling', async () => {
    const before = await graphData();
    const mode = await page.$eval('#live', (badge) => (badge as HTMLElement).dataset.mode);
    expect(['live', 'polling']).toContain(mode);
    // Live, the page asks for the graph only when an event arrives; polling, every 2 s, as its badge says.
    const quiet = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const asked = graphFetches.filter((time) => time >= quiet).length;
    if (mode === 'live') expect(asked).toBe(0);
    else {
      expect(asked).toBeGreaterThan(0);
      expect(await page.$eval('#live', (badge) => badge.textContent)).toBe('polling every 2 s');
    }
    const area = await api.query(`{ area(code: "${staffordshire}") { id } }`);
    const created = await api.query(
      `mutation($input: CreateBodyInput!) { createBody(input: $input) { body { id } } }`,
      {
        input: {
          name: 'Staffordshire young carers sub-group',
          kind: 'THEME_SUB_GROUP',
          level: 'EXECUTIVE',
          area: area.data.area.id,
          validFrom: today,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const board = await api.query(`{ bodies(filter: { nameContains: "${trust}" }, first: 1) { nodes { id } } }`);
    const line = await api.query(
      `mutation($input: RecordAccountabilityLineInput!) { recordAccountabilityLine(input: $input) { line { id } } }`,
      {
        input: {
          kind: 'SUB_GROUP_OF',
          from: created.data.createBody.body.id,
          to: board.data.bodies.nodes[0].id,
          validFrom: today,
        },
      },
    );
    expect(line.errors).toBeUndefined();
    const started = Date.now();
    await page.waitForFunction(
      (nodes, edges) => {
        const graph = document.getElementById('graph')!.dataset;
        return Number(graph.nodes) === nodes && Number(graph.edges) === edges;
      },
      { timeout: 20_000 },
      Number(before.nodes) + 1,
      Number(before.edges) + 1,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await page.$eval('#node-table', (table) => (table as HTMLElement).innerText)).toContain(
      'Staffordshire young carers sub-group',
    );
    expect(await apiCounts(today)).toEqual({ nodes: Number(before.nodes) + 1, edges: Number(before.edges) + 1 });
  });

  it('exports the drawn graph as a PNG and prints it with its tables', async () => {
    await page.click('#export-png');
    const png = await page.$eval('#export-link', (link) => (link as HTMLAnchorElement).href);
    expect(png.startsWith('data:image/png;base64,')).toBe(true);
    expect(png.length).toBeGreaterThan(10_000);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMediaType('print');
    const printed = await page.evaluate(() => ({
      controls: getComputedStyle(document.getElementById('controls')!).display,
      image: (document.getElementById('print-image') as HTMLImageElement).src.slice(0, 22),
      imageShown: getComputedStyle(document.getElementById('print-image')!).display,
      tables: getComputedStyle(document.getElementById('node-table')!).display,
    }));
    await page.emulateMediaType('screen');
    expect(printed).toEqual({
      controls: 'none',
      image: 'data:image/png;base64,',
      imageShown: 'block',
      tables: 'table',
    });
  });

  it('filters by depth and body kind as partnershipGraph does, and opens an edge from the table', async () => {
    const counts = async () => {
      const data = await graphData();
      return { nodes: Number(data.nodes), edges: Number(data.edges) };
    };
    const drawnWith = (depth: string) =>
      page.waitForFunction(
        (wanted) => {
          const graph = document.getElementById('graph')!.dataset;
          return graph.state === 'drawn' && graph.depth === wanted && location.hash.includes(`depth=${wanted}`);
        },
        { timeout: 30_000 },
        depth,
      );
    await page.select('#depth', '0');
    await drawnWith('0');
    expect(await counts()).toEqual(await apiCounts(today, 0));
    await page.click('#kinds-box summary');
    await page.click('#kinds input[value="LOCALITY_BOARD"]');
    await page.waitForFunction(() => location.hash.includes('kinds='), { timeout: 10_000 });
    await page.waitForFunction(() => document.getElementById('graph')!.dataset.state === 'drawn', { timeout: 30_000 });
    const withoutLocalities = bodyKinds.filter((kind) => kind !== 'LOCALITY_BOARD');
    const filtered = await apiCounts(today, 0, withoutLocalities);
    expect(await counts()).toEqual(filtered);
    expect(filtered.nodes).toBeLessThan((await apiCounts(today, 0)).nodes - 40);
    await page.click('#kinds input[value="LOCALITY_BOARD"]');
    await page.click('#kinds-box summary');
    await page.select('#depth', '1');
    await drawnWith('1');
    await page.waitForFunction(() => !location.hash.includes('kinds='));
    expect(await counts()).toEqual(await apiCounts(today, 1));

    const seat = await page.$$eval('#edge-table tbody tr', (rows) =>
      rows.findIndex((row) => row.children[1]?.textContent === 'membership'),
    );
    expect(seat).toBeGreaterThanOrEqual(0);
    await (await page.$$('#edge-table tbody tr button'))[seat]!.click();
    await page.waitForFunction(() => /^Seat on /.test(document.getElementById('details-title')?.textContent ?? ''), {
      timeout: 20_000,
    });
    expect(await page.$eval('#details', (element) => (element as HTMLElement).innerText)).toContain('Member');
  });

  it('finds an area by name and draws it', async () => {
    const torbay = await api.query(
      `{ search(text: "Torbay", kinds: [AREA], first: 1) { node { ... on Area { code } } } }`,
    );
    const code = torbay.data.search[0].node.code;
    await page.click('#area-search', { count: 3 });
    await page.keyboard.press('Backspace');
    await page.type('#area-search', 'Torbay');
    await page.waitForSelector('#area-results li[aria-selected="true"]', { visible: true, timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (wanted) => {
        const graph = document.getElementById('graph')!.dataset;
        return graph.state === 'drawn' && graph.area === wanted;
      },
      { timeout: 30_000 },
      code,
    );
    const data = await graphData();
    expect({ nodes: Number(data.nodes), edges: Number(data.edges) }).toEqual(
      await apiCounts(today, 1, undefined, code),
    );
    expect(page.url()).toContain(`area=${code}`);
    expect(elsewhere).toEqual([]);
  });

  it('gives every control an accessible name, and the graph a text alternative', async () => {
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('input:not([type=checkbox]), select, button, [role=listbox], [role=img]')]
        .filter((element) => !(element as HTMLElement).hidden)
        .filter((element) => !element.getAttribute('aria-label') && !(element as HTMLElement).innerText.trim())
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    const label = await page.$eval('#graph', (graph) => graph.getAttribute('aria-label'));
    expect(label).toMatch(/^Partnership graph of Torbay .*\d+ nodes and \d+ edges/);
    expect(elsewhere).toEqual([]);
  });
});

describe('the dashboard route', () => {
  let database: TestDatabase;
  let guarded: TestApi;
  let hidden: TestApi;

  beforeAll(async () => {
    database = await createTestDatabase();
    guarded = await startApi(database.db, {
      browser: { corsOrigins: [], explorer: 'public', dashboard: 'authenticated' },
    });
    hidden = await startApi(database.db, { browser: { corsOrigins: [], explorer: 'public', dashboard: 'off' } });
  });

  afterAll(async () => {
    await guarded?.close();
    await hidden?.close();
    await database?.dispose();
  });

  it('is public unless DASHBOARD says otherwise, in production too, since the page holds no data', () => {
    expect(readConfig({ NODE_ENV: 'production' }).browser.dashboard).toBe('public');
    expect(readConfig({ DASHBOARD: 'authenticated' }).browser.dashboard).toBe('authenticated');
    expect(readConfig({ DASHBOARD: 'off' }).browser.dashboard).toBe('off');
    expect(() => readConfig({ DASHBOARD: 'yes' })).toThrow(/DASHBOARD must be one of public, authenticated, off/);
  });

  it('is refused without credentials where it is for signed-in users, and absent where it is off', async () => {
    const anonymous = await fetch(`${guarded.url}/dashboard`);
    expect(anonymous.status).toBe(401);
    const token = await guarded.identity.sign({ org: 'registry-administration', roles: ['reader'], sub: 'someone' });
    const signedIn = await fetch(`${guarded.url}/dashboard`, { headers: { authorization: `Bearer ${token}` } });
    expect(signedIn.status).toBe(200);
    expect(await signedIn.text()).toContain('<title>Partnership dashboard</title>');
    expect((await fetch(`${hidden.url}/dashboard`)).status).toBe(404);
    const posted = await fetch(`${guarded.url}/dashboard`, { method: 'POST' });
    expect(posted.status).toBe(405);
  });
});
