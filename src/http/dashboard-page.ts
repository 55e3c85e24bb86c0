import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { dashboardStyles } from './dashboard-styles';

/** What the page is told by the server: the area it opens on and how often it polls when the feed is not there. */
export interface DashboardSettings {
  /** GSS code of the area shown when the address names none: Staffordshire, which the seed data describes fully. */
  defaultArea: string;
  pollSeconds: number;
}

export const defaultDashboardSettings: DashboardSettings = { defaultArea: 'E10000028', pollSeconds: 30 };

const entry = fileURLToPath(new URL('./dashboard/main.ts', import.meta.url));

/**
 * The page's script: the dashboard's own code with Cytoscape.js, its fcose layout and the graphql-ws client,
 * bundled by esbuild into one script that the page carries inline, so that it makes no request but to /graphql.
 */
export async function bundleDashboardScript(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]!.text;
}

export async function renderDashboardPage(settings: DashboardSettings = defaultDashboardSettings): Promise<string> {
  const script = (await bundleDashboardScript()).replace(/<\/(script)/gi, '<\\/$1');
  const json = JSON.stringify(settings).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partnership dashboard</title>
<style>${dashboardStyles}</style>
</head>
<body>
${dashboardBody}
<script id="dashboard-settings" type="application/json">${json}</script>
<script>${script}</script>
</body>
</html>`;
}

const dashboardBody = `
<header class="top">
  <h1>Partnership dashboard</h1>
  <form id="sign-in" class="sign-in" aria-label="Credentials">
    <label for="credential-kind">Sign in with</label>
    <select id="credential-kind" aria-label="Kind of credential">
      <option value="bearer">a token (Bearer)</option>
      <option value="api-key">an API key (X-API-Key)</option>
    </select>
    <input id="credential" type="password" autocomplete="off" spellcheck="false" aria-label="Token or API key"
      placeholder="paste it here (kept for this tab only)">
    <button id="sign-in-button" type="submit">Sign in</button>
    <button id="sign-out" type="button" hidden>Sign out</button>
  </form>
  <span id="live" class="live" role="status" aria-live="polite" data-mode="off">not connected</span>
</header>
<form id="controls" class="controls" aria-label="What to draw">
  <div class="field area-field">
    <label for="area-search">Area</label>
    <input id="area-search" type="search" autocomplete="off" aria-label="Area: search by name or GSS code"
      aria-controls="area-results" aria-autocomplete="list" placeholder="name or code, e.g. Staffordshire">
    <ul id="area-results" class="area-results" role="listbox" aria-label="Areas found" hidden></ul>
  </div>
  <div class="field">
    <label for="as-of">As at</label>
    <input id="as-of" type="date" min="2004-01-01" aria-label="As at date (since 1 January 2004)">
    <input id="as-of-slider" type="range" min="0" step="1" aria-label="As at month, slider from January 2004 to today">
  </div>
  <div class="field">
    <label for="depth">Depth</label>
    <select id="depth" aria-label="Depth: edges out from the area's own bodies">
      <option value="0">0: the area's bodies</option>
      <option value="1" selected>1: with members and linked bodies</option>
      <option value="2">2</option><option value="3">3</option><option value="4">4</option>
    </select>
  </div>
  <details class="field kinds" id="kinds-box">
    <summary aria-label="Filter by body kind">Body kinds: <span id="kinds-summary">all</span></summary>
    <fieldset id="kinds"><legend>Show bodies of these kinds</legend></fieldset>
  </details>
  <div class="field actions">
    <button id="export-png" type="button" aria-label="Export the drawn graph as a PNG image">PNG</button>
    <button id="print" type="button" aria-label="Print the graph and its table">Print</button>
    <a id="export-link" hidden download="partnership-graph.png">PNG</a>
  </div>
</form>
<p id="message" class="message" role="alert" hidden></p>
<main class="main">
  <section class="graph-box" aria-labelledby="graph-title">
    <h2 id="graph-title" class="graph-title">No area shown</h2>
    <div id="graph" class="graph" role="img" aria-label="Partnership graph (the tables below list its nodes and edges)"
      data-state="empty"></div>
    <img id="print-image" class="print-image" alt="The partnership graph as drawn">
  </section>
  <aside class="side" aria-label="Details and legend">
    <section id="details" class="details" aria-live="polite" aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      <p class="hint">Click a body, an organisation or an edge to see its details.</p>
    </section>
    <section class="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <div id="legend"></div>
    </section>
  </aside>
</main>
<section class="tables" aria-labelledby="tables-title">
  <h2 id="tables-title">The graph as tables</h2>
  <p id="summary" aria-live="polite"></p>
  <table id="node-table"><caption>Nodes</caption>
    <thead><tr><th scope="col">Name</th><th scope="col">Node</th><th scope="col">Kind</th><th scope="col">Level</th>
    <th scope="col">In the area</th><th scope="col">Distance</th></tr></thead><tbody></tbody></table>
  <table id="edge-table"><caption>Edges</caption>
    <thead><tr><th scope="col">From</th><th scope="col">Edge</th><th scope="col">To</th><th scope="col">Role</th></tr>
    </thead><tbody></tbody></table>
</section>`;
