import type { Anchors } from '../../auth/access';
import { guardOperation } from '../../auth/rules';
import { publicQueries, publicTypes, type PermissionTree } from '../../auth/tree';
import { rowIdOf } from '../../shared/global-id';
import type { EndDutyStatusInput, RecordDutyStatusInput } from './duty-status.input';
import type { CreateOrganisationInput, EndOrganisationInput, UpdateOrganisationInput } from './organisation.input';
import type {
  EndOrganisationCoverageInput,
  EndOrganisationIdentifierInput,
  RecordOrganisationCoverageInput,
  RecordOrganisationIdentifierInput,
  RecordOrganisationSuccessionInput,
} from './organisation-part.input';

export const organisationPermissions: PermissionTree[] = [
  publicQueries('organisation', 'organisations', 'dutyStatuses'),
  publicTypes(
    'Organisation',
    'OrganisationConnection',
    'OrganisationEdge',
    'OrganisationCoverage',
    'OrganisationIdentifier',
    'OrganisationName',
    'OrganisationSuccession',
    'DutyStatus',
    'Coterminosity',
  ),
];

/** Only the administrator relation applies: no owner, body or area anchors. */
const administratorsOnly = (): Anchors => ({});

/**
 * Who may change organisations. Registering one, ending one (abolition, merger) and its registry facts (the code
 * that identity tokens and API keys name, its kind, which decides statutory duties) change what others may do and
 * rely on, so they are for registry administrators. An organisation's own editors keep its details current: its
 * name and base area, the identifiers outside registers give it and the areas it serves. An update touching code or
 * kind therefore anchors to no owner, leaving only administrators. A succession ties two organisations together and
 * moves what others inherit, so it too is for administrators.
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
      recordOrganisationIdentifier: guardOperation<{ input: RecordOrganisationIdentifierInput }>({
        field: 'Mutation.recordOrganisationIdentifier',
        action: 'organisation:edit',
        anchorsOf: ({ input }) => ({ owners: [rowIdOf(input.organisation, 'Organisation', 'input.organisation')] }),
      }),
      endOrganisationIdentifier: guardOperation<{ input: EndOrganisationIdentifierInput }>({
        field: 'Mutation.endOrganisationIdentifier',
        action: 'organisation:edit',
        anchorsOf: async ({ input }, { stores }) => {
          const id = rowIdOf(input.identifier, 'OrganisationIdentifier', 'input.identifier');
          return { owners: [(await stores.organisations.identifierById.load(id))?.organisationId] };
        },
      }),
      recordOrganisationCoverage: guardOperation<{ input: RecordOrganisationCoverageInput }>({
        field: 'Mutation.recordOrganisationCoverage',
        action: 'organisation:edit',
        anchorsOf: ({ input }) => ({ owners: [rowIdOf(input.organisation, 'Organisation', 'input.organisation')] }),
      }),
      endOrganisationCoverage: guardOperation<{ input: EndOrganisationCoverageInput }>({
        field: 'Mutation.endOrganisationCoverage',
        action: 'organisation:edit',
        anchorsOf: async ({ input }, { stores }) => {
          const id = rowIdOf(input.coverage, 'OrganisationCoverage', 'input.coverage');
          return { owners: [(await stores.organisations.coverageById.load(id))?.coverage.organisationId] };
        },
      }),
      recordOrganisationSuccession: guardOperation<{ input: RecordOrganisationSuccessionInput }>({
        field: 'Mutation.recordOrganisationSuccession',
        action: 'organisation:register',
        anchorsOf: administratorsOnly,
      }),
      // Who is a relevant partner is settled by the statute and the sources, not by any partner: registry work.
      recordDutyStatus: guardOperation<{ input: RecordDutyStatusInput }>({
        field: 'Mutation.recordDutyStatus',
        action: 'organisation:register',
        anchorsOf: administratorsOnly,
      }),
      endDutyStatus: guardOperation<{ input: EndDutyStatusInput }>({
        field: 'Mutation.endDutyStatus',
        action: 'organisation:register',
        anchorsOf: administratorsOnly,
      }),
    },
  },
  publicTypes(
    'OrganisationPayload',
    'OrganisationIdentifierPayload',
    'OrganisationCoveragePayload',
    'OrganisationSuccessionPayload',
    'DutyStatusPayload',
  ),
];
