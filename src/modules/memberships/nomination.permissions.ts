import { guard, guardOperation } from '../../auth/rules';
import { publicTypes, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import { rowIdOf } from '../../shared/global-id';
import type { Body } from '../bodies/index';
import { editorsOfNamedPerson } from '../people/people.permissions';
import type { DecideNominationInput, ProposeSeatInput } from './nomination.input';

const organisationOf = (id: string | null | undefined, field: string) =>
  id ? rowIdOf(id, 'Organisation', field) : null;

async function nominationOf(input: DecideNominationInput, { stores }: Context) {
  return stores.memberships.nominationsById.load(rowIdOf(input.nomination, 'Nomination', 'input.nomination'));
}

/**
 * A partner proposes, the body decides (DOMAIN.md §8; 003 ¶68). The organisation proposed (its editors) may propose
 * itself, or a person acting for it, and a partner of the body may propose anyone; a proposal naming a person also
 * needs the right to correct that person, as an appointment does. Only the body's secretariat confirms or declines;
 * the proposing organisation may withdraw its own proposal.
 */
export const nominationPermissions: PermissionTree[] = [
  {
    Mutation: {
      proposeSeat: guardOperation<{ input: ProposeSeatInput }>({
        field: 'Mutation.proposeSeat',
        action: 'nomination:propose',
        anchorsOf: ({ input }) => ({
          owners: [
            organisationOf(input.onBehalfOf, 'input.onBehalfOf') ??
              organisationOf(input.memberOrganisation, 'input.memberOrganisation'),
          ],
          bodies: [rowIdOf(input.body, 'Body', 'input.body')],
        }),
        also: {
          action: 'person:edit',
          when: ({ input }) => Boolean(input.memberPerson),
          anchorsOf: ({ input }, context) => editorsOfNamedPerson(input.memberPerson!, context, 'input.memberPerson'),
        },
      }),
      confirmNomination: guardOperation<{ input: DecideNominationInput }>({
        field: 'Mutation.confirmNomination',
        action: 'membership:appoint',
        anchorsOf: async ({ input }, context) => ({ bodies: [(await nominationOf(input, context))?.bodyId] }),
      }),
      declineNomination: guardOperation<{ input: DecideNominationInput }>({
        field: 'Mutation.declineNomination',
        action: 'membership:appoint',
        anchorsOf: async ({ input }, context) => ({ bodies: [(await nominationOf(input, context))?.bodyId] }),
      }),
      withdrawNomination: guardOperation<{ input: DecideNominationInput }>({
        field: 'Mutation.withdrawNomination',
        action: 'nomination:withdraw',
        anchorsOf: async ({ input }, context) => {
          const nomination = await nominationOf(input, context);
          return { owners: [nomination?.proposedByOrganisationId], bodies: [nomination?.bodyId] };
        },
      }),
    },
    Body: {
      nominations: guard<Body>({
        field: 'Body.nominations',
        actions: ['nomination:read'],
        decide: (body) => ({ action: 'nomination:read', anchors: { bodies: [body.uuid], areas: [body.areaId] } }),
        recordId: (body) => body.uuid,
      }),
    },
  },
  // Reached only through the guarded list above and the payloads of the writes that made them.
  publicTypes('Nomination', 'NominationPayload'),
];
