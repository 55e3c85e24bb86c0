export { Viewer, ViewerRole } from './viewer.type';
export { ViewerResolver } from './viewer.resolver';
export { viewerPermissions } from './viewer.permissions';
