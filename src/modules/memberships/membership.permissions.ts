import { guard, guardOperation } from '../../auth/rules';
import { publicStructure, publicTypes, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import { rowIdOf } from '../../shared/global-id';
import { beforeToday } from './seat-dates';
import { nominationPermissions } from './nomination.permissions';
import { editorsOfNamedPerson } from '../people/people.permissions';
import type { DeclareInterestInput, InterestDeclarationPayload } from './interest.input';
import type { AppointMemberInput, EndMembershipInput, UpdateMembershipInput } from './membership.input';
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

async function seatOf(membership: string, { stores }: Context) {
  return stores.memberships.byId.load(rowIdOf(membership, 'Membership', 'input.membership'));
}

/**
 * Seats are given by the body, not taken by the member (DOMAIN.md §8; 003 ¶68): only the body's secretariat (or an
 * administrator) appoints, changes a seat's terms, or dates a seat's end before today. A member may resign its own
 * seat from today on, and may propose a seat (`nomination.permissions.ts`).
 */
export const membershipWritePermissions: PermissionTree = {
  Mutation: {
    appointMember: guardOperation<{ input: AppointMemberInput }>({
      field: 'Mutation.appointMember',
      action: 'membership:appoint',
      anchorsOf: ({ input }) => ({ bodies: [rowIdOf(input.body, 'Body', 'input.body')] }),
      // A seat shows its holder's name to the body's partners: only someone who may correct that person seats them.
      also: {
        action: 'person:edit',
        when: ({ input }) => Boolean(input.memberPerson),
        anchorsOf: ({ input }, context) => editorsOfNamedPerson(input.memberPerson!, context, 'input.memberPerson'),
      },
    }),
    updateMembership: guardOperation<{ input: UpdateMembershipInput }>({
      field: 'Mutation.updateMembership',
      action: 'membership:appoint',
      anchorsOf: async ({ input }, context) => ({ bodies: [(await seatOf(input.membership, context))?.bodyId] }),
    }),
    endMembership: guardOperation<{ input: EndMembershipInput }>({
      field: 'Mutation.endMembership',
      action: 'membership:resign',
      anchorsOf: async ({ input }, context) => {
        const seat = await seatOf(input.membership, context);
        return { owners: [seat?.onBehalfOfId ?? seat?.memberOrganisationId], bodies: [seat?.bodyId] };
      },
      // Ending a seat in the past rewrites who sat when the body decided: that is the body's to record.
      also: {
        action: 'membership:appoint',
        when: ({ input }) => beforeToday(input.endOn),
        anchorsOf: async ({ input }, context) => ({ bodies: [(await seatOf(input.membership, context))?.bodyId] }),
      },
    }),
    declareInterest: guardOperation<{ input: DeclareInterestInput }>({
      field: 'Mutation.declareInterest',
      action: 'interest:declare',
      anchorsOf: async ({ input }, context) => {
        const seat = await seatOf(input.membership, context);
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
  ...nominationPermissions,
  publicTypes('InterestDeclaration', 'MembershipConnection', 'MembershipEdge'),
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
