import { publicQueries, publicTypes, type PermissionTree } from '../../auth/tree';

export const organisationPermissions: PermissionTree[] = [
  publicQueries('organisation', 'organisations', 'dutyStatuses'),
  publicTypes(
    'Organisation',
    'OrganisationConnection',
    'OrganisationEdge',
    'OrganisationIdentifier',
    'OrganisationName',
    'OrganisationSuccession',
    'DutyStatus',
  ),
];
