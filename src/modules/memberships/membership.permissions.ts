import { guard, guardOperation } from '../../auth/rules';
import { publicStructure, publicTypes, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import { rowIdOf } from '../../shared/global-id';
import { editorsOfNamedPerson } from '../people/people.permissions';
import type { DeclareInterestInput, InterestDeclarationPayload } from './interest.input';
import type { AppointMemberInput, EndMembershipInput } from './membership.input';
import type { Membership } from './membership.type';

type Seat = Pick<Membership, 'bodyId' | 'onBehalfOfId' | 'memberOrganisationId'>;

async function seatAnchors(membership: Seat, { stores }: Context) {
  const body = await stores.bodies.byId.load(membership.bodyId);
  return {
    owners: [membership.onBehalfOfId ?? membership.memberOrganisationId],
    bodies: [membership.bodyId],
    areas: [body?.areaId],
  };
}

const mandate = (field: string) =>
  guard<Membership>({
    field: `Membership.${field}`,
    actions: ['mandate:read'],
    decide: async (membership, context) => ({
      action: 'mandate:read',
      anchors: await seatAnchors(membership, context),
    }),
    recordId: (membership) => membership.uuid,
  });

const organisationOf = (id: string | null | undefined, field: string) =>
  id ? rowIdOf(id, 'Organisation', field) : null;

/** The organisation an appointment speaks for may appoint (its editors); so may the body's secretariat. */
export const membershipWritePermissions: PermissionTree = {
  Mutation: {
    appointMember: guardOperation<{ input: AppointMemberInput }>({
      field: 'Mutation.appointMember',
      action: 'membership:appoint',
      anchorsOf: ({ input }) => ({
        owners: [
          input.onBehalfOf
            ? organisationOf(input.onBehalfOf, 'input.onBehalfOf')
            : organisationOf(input.memberOrganisation, 'input.memberOrganisation'),
        ],
        bodies: [rowIdOf(input.body, 'Body', 'input.body')],
      }),
      // A seat shows its holder's name to the body's partners: only someone who may correct that person seats them.
      also: {
        action: 'person:edit',
        when: ({ input }) => Boolean(input.memberPerson),
        anchorsOf: ({ input }, context) => editorsOfNamedPerson(input.memberPerson!, context, 'input.memberPerson'),
      },
    }),
    endMembership: guardOperation<{ input: EndMembershipInput }>({
      field: 'Mutation.endMembership',
      action: 'membership:appoint',
      anchorsOf: async ({ input }, { stores }) => {
        const seat = await stores.memberships.byId.load(rowIdOf(input.membership, 'Membership', 'input.membership'));
        return { owners: [seat?.onBehalfOfId ?? seat?.memberOrganisationId], bodies: [seat?.bodyId] };
      },
    }),
    declareInterest: guardOperation<{ input: DeclareInterestInput }>({
      field: 'Mutation.declareInterest',
      action: 'interest:declare',
      anchorsOf: async ({ input }, { stores }) => {
        const seat = await stores.memberships.byId.load(rowIdOf(input.membership, 'Membership', 'input.membership'));
        // The member organisation and the one it acts for both answer for what their member declares.
        return { owners: [seat?.memberOrganisationId, seat?.onBehalfOfId], bodies: [seat?.bodyId] };
      },
    }),
  },
  MembershipPayload: publicStructure(),
  InterestDeclarationPayload: {
    ...publicStructure(),
    // The declaration's own read rule, so that no path shows it to anyone `Membership.interestDeclarations` would not.
    declaration: guard<InterestDeclarationPayload>({
      field: 'InterestDeclarationPayload.declaration',
      actions: ['interest:read'],
      decide: async (payload, context) => ({
        action: 'interest:read',
        anchors: await seatAnchors(payload.membership, context),
      }),
      recordId: (payload) => payload.declaration?.uuid ?? payload.membership.uuid,
    }),
  },
};

export const membershipPermissions: PermissionTree[] = [
  membershipWritePermissions,
  publicTypes('InterestDeclaration'),
  {
    Membership: {
      ...publicStructure(),
      canCommitResources: mandate('canCommitResources'),
      commitScope: mandate('commitScope'),
      interestDeclarations: guard<Membership>({
        field: 'Membership.interestDeclarations',
        actions: ['interest:read'],
        decide: async (membership, context) => ({
          action: 'interest:read',
          anchors: await seatAnchors(membership, context),
        }),
        recordId: (membership) => membership.uuid,
      }),
    },
  },
];
