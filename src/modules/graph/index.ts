export { PartnershipGraph, GraphNode, GraphEdge } from './graph.type';
export { PartnershipGraphResolver, GraphNodeResolver, GraphEdgeResolver } from './graph.resolver';
export { GraphStore } from './graph.store';
