import { guardOperation } from '../../auth/rules';
import { publicStructure, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import { rowIdOf } from '../../shared/global-id';
import type {
  CommitResourcesInput,
  CreatePlanInput,
  PublishCommitmentInput,
  PublishPlanInput,
  RecordConsultationInput,
  UpdateCommitmentInput,
} from './plan.input';

/** A commitment is its own organisation's: the one that made it, whoever now asks. */
async function committerOf(commitment: string, { stores }: Context) {
  const id = rowIdOf(commitment, 'ResourceCommitment', 'input.commitment');
  const row = await stores.plans.commitmentsById.load(id);
  return { owners: [row?.organisationId] };
}

async function ownerBodyOf(plan: string, { stores }: Context) {
  const row = await stores.plans.byId.load(rowIdOf(plan, 'Plan', 'input.plan'));
  return { bodies: [row?.ownerBodyId] };
}

/**
 * A plan is its owning body's secretariat's to change. A commitment is its own organisation's editors' to make, and
 * only to a plan of a body it is a partner of today (or whose secretariat it is): a plan belongs to its parties, so an
 * outsider cannot write itself into another area's plan (DOMAIN.md §8). A plan with no owning body takes
 * commitments through an administrator.
 */
export const planWritePermissions: PermissionTree = {
  Mutation: {
    createPlan: guardOperation<{ input: CreatePlanInput }>({
      field: 'Mutation.createPlan',
      action: 'plan:edit',
      anchorsOf: ({ input }) => ({
        bodies: [input.ownerBody ? rowIdOf(input.ownerBody, 'Body', 'input.ownerBody') : null],
      }),
    }),
    publishPlan: guardOperation<{ input: PublishPlanInput }>({
      field: 'Mutation.publishPlan',
      action: 'plan:edit',
      anchorsOf: ({ input }, context) => ownerBodyOf(input.plan, context),
    }),
    recordConsultation: guardOperation<{ input: RecordConsultationInput }>({
      field: 'Mutation.recordConsultation',
      action: 'plan:edit',
      anchorsOf: ({ input }, context) => ownerBodyOf(input.plan, context),
    }),
    commitResources: guardOperation<{ input: CommitResourcesInput }>({
      field: 'Mutation.commitResources',
      action: 'commitment:edit',
      anchorsOf: ({ input }, { viewer }) => {
        rowIdOf(input.plan, 'Plan', 'input.plan');
        return { owners: [viewer.organisationId] };
      },
      also: { action: 'plan:commit', anchorsOf: ({ input }, context) => ownerBodyOf(input.plan, context) },
    }),
    publishCommitment: guardOperation<{ input: PublishCommitmentInput }>({
      field: 'Mutation.publishCommitment',
      action: 'commitment:edit',
      anchorsOf: ({ input }, context) => committerOf(input.commitment, context),
    }),
    updateCommitment: guardOperation<{ input: UpdateCommitmentInput }>({
      field: 'Mutation.updateCommitment',
      action: 'commitment:edit',
      anchorsOf: ({ input }, context) => committerOf(input.commitment, context),
    }),
  },
  PlanPayload: publicStructure(),
  ResourceCommitmentPayload: publicStructure(),
};
