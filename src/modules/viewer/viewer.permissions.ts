import { publicQueries, publicTypes, type PermissionTree } from '../../auth/tree';

/** Anyone signed in may ask who they are; the organisation, bodies and areas shown meet their own types' rules. */
export const viewerPermissions: PermissionTree[] = [publicQueries('viewer'), publicTypes('Viewer', 'ViewerRole')];
