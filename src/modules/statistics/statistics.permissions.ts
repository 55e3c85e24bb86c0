import { publicQueries, publicTypes, type PermissionTree } from '../../auth/tree';

/**
 * Figures are counts of public facts, except the mandate figures, which the resolver withholds over too few boards
 * unless the viewer may read every mandate counted (see `Figure.suppressed`).
 */
export const statisticsPermissions: PermissionTree[] = [
  publicQueries('statistics'),
  publicTypes('Statistics', 'Figure'),
];
