import { byId, h, words } from './dom';
import type { PartnershipGraph } from './graph-view';

/** The graph as two tables, for screen readers and for print: every node and every edge, in the graph's order. */
export function renderTables(graph: PartnershipGraph): void {
  const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
  byId('node-table')
    .querySelector('tbody')!
    .replaceChildren(
      ...graph.nodes.map((node) =>
        h(
          'tr',
          { 'data-node': node.id },
          h('td', {}, node.label),
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
          h('td', {}, words(edge.kind)),
          h('td', {}, labels.get(edge.target) ?? edge.target),
          h('td', {}, words(edge.role)),
        ),
      ),
    );
}
