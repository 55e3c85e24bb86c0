import { publicQueries, publicTypes, type PermissionTree } from '../../auth/tree';

/** The graph shows structure only; drilling into a node or edge meets that type's own rules. */
export const graphPermissions: PermissionTree[] = [
  publicQueries('partnershipGraph'),
  publicTypes('PartnershipGraph', 'GraphNode', 'GraphEdge'),
];
