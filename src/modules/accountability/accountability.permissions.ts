import { publicQueries, publicTypes, type PermissionTree } from '../../auth/tree';

export const accountabilityPermissions: PermissionTree[] = [
  publicQueries('accountabilityChain'),
  publicTypes('AccountabilityLine', 'AccountabilityPath'),
];
