import { publicQueries, publicTypes, type PermissionTree } from '../../auth/tree';

export const areaPermissions: PermissionTree[] = [
  publicQueries('area', 'areas'),
  publicTypes('Area', 'AreaConnection', 'AreaEdge'),
];
