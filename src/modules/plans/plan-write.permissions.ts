import type { Anchors } from '../../auth/access';
import { guardOperation } from '../../auth/rules';
import { publicStructure, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import { rowIdOf } from '../../shared/global-id';
import type {
  AddPlanTargetInput,
  LinkPlansInput,
  PublishPlanReviewInput,
  RecordPlanReviewInput,
  RecordPlanStatusInput,
  UnlinkPlansInput,
  UpdatePlanTargetInput,
} from './plan-facts.input';
import type { RecordPlanProducerInput, WithdrawPlanProducerInput } from './plan-producer.input';
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

/** A part named by its own id belongs to its plan's owning body; one that is not there anchors to nobody. */
async function ownerBodyOfPlanId(planId: string | undefined, { stores }: Context) {
  const row = planId ? await stores.plans.byId.load(planId) : undefined;
  return { bodies: [row?.ownerBodyId] };
}

type PartLoader = 'linksById' | 'targetsById' | 'reviewsById';
const ownerBodyOfPart =
  (loader: PartLoader, type: 'PlanLink' | 'PlanTarget' | 'PlanReview', field: string) =>
  async (id: string, context: Context) => {
    const part = await context.stores.plans[loader].load(rowIdOf(id, type, field));
    return ownerBodyOfPlanId(part?.planId, context);
  };
const ownerOfLink = ownerBodyOfPart('linksById', 'PlanLink', 'input.link');
const ownerOfTarget = ownerBodyOfPart('targetsById', 'PlanTarget', 'input.target');
const ownerOfReview = ownerBodyOfPart('reviewsById', 'PlanReview', 'input.review');

/**
 * A plan's facts (its links, targets, statuses, reviews, consultations and producers) are its owning body's to state, through
 * the body's secretariat: the board is responsible for producing the plan (001 ¶4), and standing is given by the
 * body, never taken (DOMAIN.md §8). Partners add their own resources (`plan:commit`), not the plan's content; a
 * plan with no owning body is written by administrators.
 */
const planFact = <Input>(field: string, anchorsOf: (input: Input, context: Context) => Promise<Anchors>) =>
  guardOperation<{ input: Input }>({
    field: `Mutation.${field}`,
    action: 'plan:edit',
    anchorsOf: ({ input }, context) => anchorsOf(input, context),
  });

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
    linkPlans: planFact<LinkPlansInput>('linkPlans', (input, context) => ownerBodyOf(input.plan, context)),
    unlinkPlans: planFact<UnlinkPlansInput>('unlinkPlans', (input, context) => ownerOfLink(input.link, context)),
    addPlanTarget: planFact<AddPlanTargetInput>('addPlanTarget', (input, context) => ownerBodyOf(input.plan, context)),
    updatePlanTarget: planFact<UpdatePlanTargetInput>('updatePlanTarget', (input, context) =>
      ownerOfTarget(input.target, context),
    ),
    recordPlanStatus: planFact<RecordPlanStatusInput>('recordPlanStatus', (input, context) =>
      ownerBodyOf(input.plan, context),
    ),
    recordPlanReview: planFact<RecordPlanReviewInput>('recordPlanReview', (input, context) =>
      ownerBodyOf(input.plan, context),
    ),
    publishPlanReview: planFact<PublishPlanReviewInput>('publishPlanReview', (input, context) =>
      ownerOfReview(input.review, context),
    ),
    recordPlanProducer: planFact<RecordPlanProducerInput>('recordPlanProducer', (input, context) =>
      ownerBodyOf(input.plan, context),
    ),
    withdrawPlanProducer: planFact<WithdrawPlanProducerInput>('withdrawPlanProducer', (input, context) =>
      ownerBodyOf(input.plan, context),
    ),
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
  PlanLinkPayload: publicStructure(),
  PlanTargetPayload: publicStructure(),
  PlanStatusPayload: publicStructure(),
  PlanReviewPayload: publicStructure(),
  ResourceCommitmentPayload: publicStructure(),
};
