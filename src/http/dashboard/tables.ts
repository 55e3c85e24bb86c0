import { byId, h, words } from './dom';
import type { PartnershipGraph, Selection } from './graph-view';

/**
 * The graph as two tables, for screen readers, keyboards and print: every node and every edge, in the graph's order,
 * each name a button that opens its details as a click on the drawing does.
 */
export function renderTables(graph: PartnershipGraph, select: (selection: Selection) => void): void {
  const button = (text: string, selection: Selection) => {
    const element = h('button', { type: 'button', class: 'link', 'aria-label': `Details of ${text}` }, text);
    element.addEventListener('click', () => select(selection));
    return element;
  };
  const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
  byId('node-table')
    .querySelector('tbody')!
    .replaceChildren(
      ...graph.nodes.map((node) =>
        h(
          'tr',
          { 'data-node': node.id },
          h('td', {}, button(node.label, { type: 'node', node })),
          h('td', {}, node.kind === 'BODY' ? 'body' : 'organisation'),
          h('td', {}, words(node.bodyKind ?? node.organisationKind)),
          h('td', {}, words(node.level)),
          h('td', {}, node.inArea ? 'yes' : 'no'),
          h('td', {}, String(node.distance)),
        ),
      ),
    );
  byId('edge-table')
    .querySelector('tbody')!
    .replaceChildren(
      ...graph.edges.map((edge) =>
        h(
          'tr',
          { 'data-edge': edge.id },
          h('td', {}, labels.get(edge.source) ?? edge.source),
          h('td', {}, button(words(edge.kind), { type: 'edge', edge })),
          h('td', {}, labels.get(edge.target) ?? edge.target),
          h('td', {}, words(edge.role)),
        ),
      ),
    );
}
