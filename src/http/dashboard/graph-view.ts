import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStyle } from './graph-style';

cytoscape.use(fcose);

export interface GraphNode {
  id: string;
  recordId: string;
  kind: 'BODY' | 'ORGANISATION';
  label: string;
  bodyKind: string | null;
  level: string | null;
  organisationKind: string | null;
  inArea: boolean;
  distance: number;
}

export interface GraphEdge {
  id: string;
  recordId: string;
  kind: string;
  source: string;
  target: string;
  role: string | null;
}

export interface PartnershipGraph {
  asOf: string;
  depth: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export type Selection = { type: 'node'; node: GraphNode } | { type: 'edge'; edge: GraphEdge };

/**
 * The drawn graph: Cytoscape.js with the fcose force-directed layout, which spreads a county's fifty locality
 * groups around their district boards instead of one row hundreds wide. A redraw of the same view (a change
 * arrived) keeps the nodes that remain where they were, so that a change moves little.
 */
export class GraphView {
  readonly cy: Core;
  private signature = '';
  private nodes = new Map<string, GraphNode>();
  private edges = new Map<string, GraphEdge>();
  /** How long the last layout took, in milliseconds (the benchmark reports it). */
  layoutMs = 0;

  constructor(container: HTMLElement, onSelect: (selection: Selection) => void) {
    this.cy = cytoscape({ container, style: graphStyle(), minZoom: 0.1, maxZoom: 4, wheelSensitivity: 0.3 });
    this.cy.on('tap', 'node', (event) => {
      const node = this.nodes.get(event.target.id());
      if (node) onSelect({ type: 'node', node });
    });
    this.cy.on('tap', 'edge', (event) => {
      const edge = this.edges.get(event.target.id());
      if (edge) onSelect({ type: 'edge', edge });
    });
  }

  /** Draws the graph; false when it is the one already drawn (a poll that found nothing new). */
  draw(graph: PartnershipGraph, sameView: boolean): boolean {
    const signature = signatureOf(graph);
    if (sameView && signature === this.signature) return false;
    this.signature = signature;
    this.nodes = new Map(graph.nodes.map((node) => [node.id, node]));
    this.edges = new Map(graph.edges.map((edge) => [edge.id, edge]));
    const kept = new Map<string, { x: number; y: number }>();
    if (sameView) {
      for (const node of graph.nodes) {
        const drawn = this.cy.getElementById(node.id);
        if (drawn.nonempty()) kept.set(node.id, { ...drawn.position() });
      }
    }
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elementsOf(graph, kept));
    });
    const layout = this.cy.layout({
      name: 'fcose',
      animate: false,
      randomize: kept.size === 0,
      quality: 'default',
      // Hubs (strategic bodies, with many edges) push harder, and lines between bodies are longer than a locality
      // group's line to its district board, so that each district's groups gather round it, apart from the others.
      nodeRepulsion: (node: cytoscape.NodeSingular) => (node.data('level') === 'STRATEGIC' ? 40000 : 9000),
      idealEdgeLength: (edge: cytoscape.EdgeSingular) =>
        edge.source().degree(false) > 3 && edge.target().degree(false) > 3 ? 160 : 70,
      nodeSeparation: 80,
      packComponents: true,
      fit: true,
      padding: 24,
    } as cytoscape.LayoutOptions);
    const started = performance.now();
    withSeededRandom(() => layout.run());
    this.layoutMs = performance.now() - started;
    this.limitZoom();
    return true;
  }

  nodeCount(): number {
    return this.cy.nodes().length;
  }

  edgeCount(): number {
    return this.cy.edges().length;
  }

  /** The drawn graph as a PNG (white background, twice the screen's resolution), for export and for print. */
  png(): string {
    return this.cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'base64uri' }) as string;
  }

  resize(): void {
    this.cy.resize();
    this.cy.fit(undefined, 24);
    this.limitZoom();
  }

  /** A graph of a few nodes, fitted to the screen, would be drawn huge: no more than 1.5 times its size. */
  private limitZoom(): void {
    if (this.cy.zoom() <= 1.5) return;
    this.cy.zoom(1.5);
    this.cy.center();
  }
}

function elementsOf(graph: PartnershipGraph, kept: Map<string, { x: number; y: number }>): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.nodes.map((node) => ({
    group: 'nodes',
    data: {
      id: node.id,
      label: node.label,
      kind: node.kind,
      bodyKind: node.bodyKind ?? undefined,
      level: node.level ?? undefined,
      outside: !node.inArea,
    },
    position: kept.get(node.id),
  }));
  const edges: ElementDefinition[] = graph.edges.map((edge) => ({
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind },
  }));
  return [...nodes, ...edges];
}

function signatureOf(graph: PartnershipGraph): string {
  const nodes = graph.nodes.map((node) => `${node.id}:${node.label}`).sort();
  const edges = graph.edges.map((edge) => `${edge.id}:${edge.kind}:${edge.role ?? ''}`).sort();
  return `${graph.asOf}|${graph.depth}|${nodes.join(',')}|${edges.join(',')}`;
}

/**
 * Runs `work` with Math.random drawing from a fixed sequence: fcose starts from random positions, and the same graph
 * should be drawn the same way each time it is opened (and in the README's screenshot, from one test run to the next).
 */
function withSeededRandom(work: () => void): void {
  const random = Math.random;
  let state = 0x9e3779b9;
  // mulberry32: small, fast and well spread, which is all a layout's starting positions need.
  Math.random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    work();
  } finally {
    Math.random = random;
  }
}
