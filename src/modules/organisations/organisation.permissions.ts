import type { Anchors } from '../../auth/access';
import { guardOperation } from '../../auth/rules';
import { publicQueries, publicTypes, type PermissionTree } from '../../auth/tree';
import { rowIdOf } from '../../shared/global-id';
import type { CreateOrganisationInput, EndOrganisationInput, UpdateOrganisationInput } from './organisation.input';

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

/** Only the administrator relation applies: no owner, body or area anchors. */
const administratorsOnly = (): Anchors => ({});

/**
 * Who may change organisations. Registering one, ending one (abolition, merger) and its registry facts (the code
 * that identity tokens and API keys name, its kind, which decides statutory duties) change what others may do and
 * rely on, so they are for registry administrators. An organisation's own editors keep its details current: its
 * name and base area. An update touching code or kind therefore anchors to no owner, leaving only administrators.
 */
export const organisationWritePermissions: PermissionTree[] = [
  {
    Mutation: {
      createOrganisation: guardOperation<{ input: CreateOrganisationInput }>({
        field: 'Mutation.createOrganisation',
        action: 'organisation:register',
        anchorsOf: administratorsOnly,
      }),
      updateOrganisation: guardOperation<{ input: UpdateOrganisationInput }>({
        field: 'Mutation.updateOrganisation',
        action: 'organisation:edit',
        anchorsOf: ({ input }) => {
          const id = rowIdOf(input.organisation, 'Organisation', 'input.organisation');
          return input.code != null || input.kind != null ? {} : { owners: [id] };
        },
      }),
      endOrganisation: guardOperation<{ input: EndOrganisationInput }>({
        field: 'Mutation.endOrganisation',
        action: 'organisation:register',
        anchorsOf: administratorsOnly,
      }),
    },
  },
  publicTypes('OrganisationPayload'),
];
