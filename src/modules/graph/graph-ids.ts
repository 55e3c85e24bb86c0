import { createHash } from 'node:crypto';
import type { IsoDate } from '../../shared/dates';
import { base64url } from '../../shared/global-id';

/** What makes one partnership graph: the same record sits in many graphs at a different distance in each. */
export interface GraphParameters {
  areaIds: string[];
  areaCodes: string[];
  asOf: IsoDate;
  depth: number;
  bodyKinds: string[] | null;
}

/**
 * A short, stable name for the graph a request asked for. Nodes and edges carry it in their ids because their
 * fields (`distance`, `inArea`, and the ends of an edge) belong to one graph: a client cache that keys objects by id
 * would otherwise overwrite a county's graph with a district's where the two share a body.
 */
export function graphKey({ areaIds, areaCodes, asOf, depth, bodyKinds }: GraphParameters): string {
  const canonical = JSON.stringify([
    [...areaIds].sort(),
    [...areaCodes].sort(),
    asOf,
    depth,
    bodyKinds ? [...bodyKinds].sort() : null,
  ]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}

/** The id of a node or edge within one graph: opaque, unique to the graph and the record it shows. */
export function graphPartId(part: 'GraphNode' | 'GraphEdge', key: string, recordId: string): string {
  return base64url(`${part}:${key}:${recordId}`);
}
