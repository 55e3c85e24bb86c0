import { guard } from '../../auth/rules';
import { publicQueries, publicStructure, publicTypes, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import type { PlanReview, ResourceCommitment } from './plan.type';

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

/**
 * A review "must be published" (001 App. 1): once it is, what it says is public; until then it is a draft of the
 * owning body's, for its partners and secretariat (DOMAIN.md §8: draft documents are the parties' until adopted).
 */
async function reviewDecision(review: PlanReview, { stores }: Context) {
  const plan = await stores.plans.byId.load(review.planId);
  return {
    action: (review.publishedOn ? 'structure:read' : 'draft:read') as 'structure:read' | 'draft:read',
    anchors: { public: review.publishedOn !== null, bodies: [plan?.ownerBodyId], areas: [plan?.areaId] },
  };
}

export const planPermissions: PermissionTree[] = [
  publicQueries('plans'),
  publicTypes('Plan', 'PlanConnection', 'PlanEdge', 'PlanLink', 'Consultation', 'PlanTarget', 'PlanStatusPeriod'),
  {
    PlanReview: {
      ...publicStructure(),
      summary: guard<PlanReview>({
        field: 'PlanReview.summary',
        actions: ['structure:read', 'draft:read'],
        decide: reviewDecision,
        recordId: (review) => review.uuid,
      }),
    },
  },
  {
    ResourceCommitment: {
      ...publicStructure(),
      amount: confidential('amount'),
      description: confidential('description'),
    },
  },
];
