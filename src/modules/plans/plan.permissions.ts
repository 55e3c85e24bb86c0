import { guard } from '../../auth/rules';
import { publicQueries, publicStructure, publicTypes, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import type { ResourceCommitment } from './plan.type';

/** Published commitments are public (001 ¶5); until then they are the partner's, the plan owner's and auditors'. */
async function commitmentDecision(commitment: ResourceCommitment, { stores }: Context) {
  const plan = await stores.plans.byId.load(commitment.planId);
  return {
    action: 'commitment:read' as const,
    anchors: {
      public: commitment.published,
      owners: [commitment.organisationId],
      bodies: [plan?.ownerBodyId],
      areas: [plan?.areaId],
    },
  };
}

const confidential = (field: string) =>
  guard<ResourceCommitment>({
    field: `ResourceCommitment.${field}`,
    actions: ['commitment:read'],
    decide: commitmentDecision,
    recordId: (commitment) => commitment.uuid,
  });

export const planPermissions: PermissionTree[] = [
  publicQueries('plans'),
  publicTypes('Plan', 'PlanConnection', 'PlanEdge', 'PlanLink', 'Consultation', 'PlanTarget'),
  {
    ResourceCommitment: {
      ...publicStructure(),
      amount: confidential('amount'),
      description: confidential('description'),
    },
  },
];
