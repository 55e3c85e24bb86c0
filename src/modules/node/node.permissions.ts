import { publicQueries, publicTypes, type PermissionTree } from '../../auth/tree';

/** `node(id:)` hands back objects whose own fields carry their rules, so fetching by id reveals nothing more. */
export const nodePermissions: PermissionTree[] = [
  publicQueries('node', 'nodes'),
  publicTypes('PageInfo', 'SourceCitation'),
];
