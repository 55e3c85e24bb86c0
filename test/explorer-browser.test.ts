import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerExamples } from '../src/http/explorer-examples';
import { administrationCode, startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

/** Debian's chromium, or the one CHROMIUM_PATH names; puppeteer-core never downloads a browser. */
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
const withoutChromium =
  'Skipping the explorer in a real browser: no chromium at /usr/bin/chromium or CHROMIUM_PATH (apt-get install chromium)';
if (!chromium) console.warn(withoutChromium);

describe.skipIf(!chromium)('the explorer in a real browser', () => {
  let database: TestDatabase;
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  let token: string;
  /** Every request the page made that did not go to the server's own origin (inline data: and blob: excepted). */
  const elsewhere: string[] = [];
  /** Requests to the API itself, to see the schema fetched again. */
  const graphqlPosts: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startApi(database.db, { browser: { corsOrigins: [], explorer: 'public' } });
    token = await api.identity.sign({ org: administrationCode, roles: ['reader'], sub: 'explorer user' });
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    const origin = new URL(api.url).origin;
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      const own = url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:';
      if (!own) {
        elsewhere.push(request.url());
        return void request.abort();
      }
      if (url.pathname === '/graphql' && request.method() === 'POST') graphqlPosts.push(request.postData() ?? '');
      void request.continue();
    });
    await page.goto(`${api.url}/graphql`, { waitUntil: 'networkidle0' });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await database?.dispose();
  });

  const text = (selector: string) =>
    page.$eval(selector, (element) => (element as HTMLElement).innerText.replace(/\u00a0/g, ' '));
  const headersNow = () => page.evaluate(() => sessionStorage.getItem('graphiql:headers'));

  it('loads with no request to any other origin', async () => {
    await page.waitForSelector('[aria-label="Show Documentation Explorer"]');
    expect(graphqlPosts.length, 'it asked for the schema').toBeGreaterThan(0);
    expect(elsewhere).toEqual([]);
  });

  it('opens on a README example, and without a token says how to get one', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(explorerExamples[0]!.query);
    const tabs = JSON.parse((await page.evaluate(() => sessionStorage.getItem('graphiql:tabState')))!);
    expect(tabs.tabs).toHaveLength(explorerExamples.length);
    expect(tabs.tabs[0].query).toContain(explorerExamples[0]!.query);
    const editor = await text('.graphiql-query-editor');
    expect(editor).toContain('npm run -s token -- --org');
    expect(editor).toContain('Headers tab');
    expect(editor).toContain('# Who am I (README');
    // The schema cannot load without credentials; the page says why, not only that it failed.
    expect(await text('.graphiql-response')).toMatch(/"message": "[^"]*(token|Authorization)/);
  });

  it('fetches the schema again once a token is pasted into the headers, with no click on re-fetch', async () => {
    const before = graphqlPosts.length;
    await page.click('.graphiql-editor-tools button ::-p-text(Headers)');
    const headersEditor = '.graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines';
    await page.click(headersEditor);
    // Select everything, clear it, paste the header (typing a brace key by key would let the editor close it).
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.waitForFunction((selector) => document.querySelector(selector)?.textContent === '', {}, headersEditor);
    await page.keyboard.sendCharacter(JSON.stringify({ Authorization: `Bearer ${token}` }));
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.waitForFunction(
      () => /query:\s*Query/.test(document.querySelector('.graphiql-doc-explorer')?.textContent ?? ''),
      {
        timeout: 20_000,
      },
    );
    expect(graphqlPosts.slice(before).some((body) => body.includes('__schema'))).toBe(true);
    // Open the Query type from the root types, as a reader of the docs would.
    const queryType = await page.$$eval('.graphiql-doc-explorer a', (links) =>
      links.findIndex((link) => link.textContent === 'Query'),
    );
    expect(queryType).toBeGreaterThanOrEqual(0);
    await (await page.$$('.graphiql-doc-explorer a'))[queryType]!.click();
    await page.waitForFunction(() =>
      /partnershipGraph/.test(document.querySelector('.graphiql-doc-explorer')?.textContent ?? ''),
    );
    expect(await text('.graphiql-doc-explorer')).toContain('viewer');
    expect(elsewhere).toEqual([]);
  });

  it('runs the example and shows its result', async () => {
    await page.click('[aria-label^="Execute query"]');
    await page.waitForFunction(
      () => /explorer\suser/.test(document.querySelector('.graphiql-response')?.textContent ?? ''),
      {
        timeout: 20_000,
      },
    );
    const result = await text('.graphiql-response');
    expect(result).toContain('"subject": "explorer user"');
    expect(result).toContain(administrationCode);
    expect(result).not.toContain('"errors"');
  });

  it('keeps the header in sessionStorage and nothing of it in localStorage', async () => {
    expect(JSON.parse((await headersNow())!)).toEqual({ Authorization: `Bearer ${token}` });
    const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(local).not.toContain(token);
    expect(local).not.toContain('Authorization');
    expect(local).not.toContain('graphiql:headers');
    expect(elsewhere).toEqual([]);
  });
});
