import { failuresOf, runQuery, storeCredentials, storedCredentials, type Credentials } from './api';
import { setUpControls } from './controls';
import { showMessage } from './details';
import { byId } from './dom';
import { GraphView, type PartnershipGraph } from './graph-view';
import { renderLegend } from './legend';
import { LiveUpdates } from './live';
import { detailsOpener } from './open-details';
import { graphQuery } from './queries';
import { renderTables } from './tables';
import { readViewState, writeViewState, type ViewState } from './view-state';

interface Settings {
  defaultArea: string;
  pollSeconds: number;
}

interface GraphAnswer {
  area: { code: string; name: string; kind: string } | null;
  partnershipGraph: PartnershipGraph;
}

const settings = JSON.parse(byId('dashboard-settings').textContent ?? '{}') as Settings;
// `?poll=5` polls more often than the server's default, where the feed is not offered (tests, demonstrations).
const pollOverride = Number(new URLSearchParams(location.search).get('poll'));
const pollSeconds = pollOverride >= 1 ? pollOverride : settings.pollSeconds;

let credentials: Credentials | null = storedCredentials();
let state: ViewState = readViewState(settings.defaultArea);
let drawnView = '';
/** The area and credentials the change feed follows: a new date or depth redraws without a new subscription. */
let followed = '';
let drawing = 0;
const graphElement = byId('graph');
const select = detailsOpener(() => ({ credentials, asOf: state.asOf, areaCode: state.areaCode }));
const view = new GraphView(graphElement, (selection) => void select(selection));
const live = new LiveUpdates(pollSeconds, () => void draw());
const controls = setUpControls(
  state,
  () => credentials,
  (next) => {
    state = { ...state, ...next };
    writeViewState(state);
    void draw();
  },
);

function message(text: string | null): void {
  const element = byId('message');
  element.hidden = !text;
  element.textContent = text ?? '';
}

/** Draws the view in the address; a redraw of the same view (a change, a poll) redraws only if the graph changed. */
async function draw(): Promise<void> {
  if (!credentials) {
    live.follow(null, null);
    followed = '';
    return message(
      'Paste a token or an API key above to see the graph: the page shows what the API shows you. On a development ' +
        'server: npm run -s token -- --org staffordshire/county-council --role reader',
    );
  }
  const run = ++drawing;
  const key = JSON.stringify(state);
  const started = performance.now();
  graphElement.dataset.state = 'loading';
  const answer = await runQuery<GraphAnswer>(graphQuery(state), credentials);
  if (run !== drawing) return;
  const answered = performance.now();
  const failures = failuresOf(answer);
  if (answer.status === 401 || answer.status === 403 || failures.length || !answer.data?.partnershipGraph) {
    graphElement.dataset.state = 'failed';
    return message(failures[0]?.message ?? `The API answered ${answer.status}`);
  }
  message(answer.data.area ? null : `No area has the code ${state.areaCode}.`);
  const sameView = key === drawnView;
  const { partnershipGraph: graph, area } = answer.data;
  const redrawn = view.draw(graph, sameView);
  const following = `${state.areaCode} ${credentials.kind} ${credentials.value}`;
  if (following !== followed) live.follow(state.areaCode, credentials);
  followed = following;
  drawnView = key;
  // Details read for another date or viewer would mislead: they go with the view they were read for.
  if (!sameView) showMessage('Details', 'Click a body, an organisation or an edge to see its details.');
  if (redrawn) {
    const name = area ? `${area.name} (${area.code})` : state.areaCode;
    controls.showArea(name);
    byId('graph-title').textContent = `${name} as at ${graph.asOf}, depth ${graph.depth}`;
    const summary = `${graph.nodes.length} nodes and ${graph.edges.length} edges as at ${graph.asOf}.`;
    byId('summary').textContent = summary;
    graphElement.setAttribute('aria-label', `Partnership graph of ${name}: ${summary} The tables below list them.`);
    renderTables(graph, (selection) => void select(selection));
    Object.assign(graphElement.dataset, {
      queryMs: String(Math.round(answered - started)),
      layoutMs: String(Math.round(view.layoutMs)),
      drawMs: String(Math.round(performance.now() - started)),
    });
  }
  Object.assign(graphElement.dataset, {
    state: 'drawn',
    area: state.areaCode,
    asOf: graph.asOf,
    depth: String(graph.depth),
    nodes: String(view.nodeCount()),
    edges: String(view.edgeCount()),
  });
}

function setUpSignIn(): void {
  const form = byId<HTMLFormElement>('sign-in');
  const kind = byId<HTMLSelectElement>('credential-kind');
  const input = byId<HTMLInputElement>('credential');
  const signOut = byId<HTMLButtonElement>('sign-out');
  const reflect = () => {
    signOut.hidden = !credentials;
    byId('sign-in-button').textContent = credentials ? 'Change' : 'Sign in';
    if (credentials) kind.value = credentials.kind;
  };
  reflect();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim().replace(/^Bearer\s+/i, '');
    if (!value) return;
    credentials = { kind: kind.value === 'api-key' ? 'api-key' : 'bearer', value };
    storeCredentials(credentials);
    input.value = '';
    drawnView = '';
    showMessage('Details', 'Click a body, an organisation or an edge to see its details.');
    reflect();
    void draw();
  });
  signOut.addEventListener('click', () => {
    credentials = null;
    storeCredentials(null);
    reflect();
    view.cy.elements().remove();
    void draw();
  });
}

function setUpExport(): void {
  const link = byId<HTMLAnchorElement>('export-link');
  byId('export-png').addEventListener('click', () => {
    link.href = view.png();
    link.download = `partnership-graph-${state.areaCode}-${state.asOf}.png`;
    link.click();
  });
  const printImage = byId<HTMLImageElement>('print-image');
  window.addEventListener('beforeprint', () => (printImage.src = view.png()));
  byId('print').addEventListener('click', () => {
    printImage.src = view.png();
    window.print();
  });
  let resizing: number | undefined;
  window.addEventListener('resize', () => {
    window.clearTimeout(resizing);
    resizing = window.setTimeout(() => view.resize(), 150);
  });
}

// The drawn graph, for a look from the browser's console (it holds only what the API answered this viewer).
Object.assign(window, { cy: view.cy });

renderLegend();
setUpSignIn();
setUpExport();
void draw();
