import { guard } from '../../auth/rules';
import { publicStructure, publicTypes, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import type { Membership } from './membership.type';

async function seatAnchors(membership: Membership, { stores }: Context) {
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

export const membershipPermissions: PermissionTree[] = [
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
