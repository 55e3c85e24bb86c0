import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { commitResources, publishCommitment, updateCommitment } from './commitment.service';
import {
  CommitResourcesInput,
  CreatePlanInput,
  PlanPayload,
  PublishCommitmentInput,
  PublishPlanInput,
  RecordConsultationInput,
  ResourceCommitmentPayload,
  UpdateCommitmentInput,
} from './plan.input';
import { publicationWarnings } from './plan-warnings';
import { toCommitment, toPlan } from './plan.records';
import { createPlan, publishPlan, recordConsultation } from './plan.service';

async function planPayload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
  published = false,
): Promise<PlanPayload> {
  const row = await context.stores.plans.byId.load(id);
  if (!row) throw new Error(`Plan ${id} vanished after it was written`);
  const warnings = published ? await publicationWarnings(context, row) : [];
  return { plan: toPlan(row, today()), clientMutationId, warnings };
}

async function commitmentPayload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<ResourceCommitmentPayload> {
  const row = await context.stores.plans.commitmentsById.load(id);
  if (!row) throw new Error(`Resource commitment ${id} vanished after it was written`);
  return { commitment: toCommitment(row, today()), clientMutationId };
}

@Resolver()
export class PlanMutations {
  @Mutation(() => PlanPayload, { description: 'Creates a plan of an area, owned by one of its bodies.' })
  async createPlan(
    @Ctx() context: Context,
    @Arg('input', () => CreatePlanInput, { description: 'The plan.' }) input: CreatePlanInput,
  ): Promise<PlanPayload> {
    return planPayload(context, await createPlan(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => PlanPayload, {
    description:
      'Publishes a plan. A CYPP is refused unless an LSCB of its area was consulted on it on a date before its adoption (001 App. 1); ' +
      'one published without what else the guidance asks of its making is published, and its payload says so in `warnings`.',
  })
  async publishPlan(
    @Ctx() context: Context,
    @Arg('input', () => PublishPlanInput, { description: 'Which plan, and when it is published.' })
    input: PublishPlanInput,
  ): Promise<PlanPayload> {
    return planPayload(context, await publishPlan(context, input), null, true);
  }

  @Mutation(() => PlanPayload, { description: 'Records that a body or organisation was consulted on a plan.' })
  async recordConsultation(
    @Ctx() context: Context,
    @Arg('input', () => RecordConsultationInput, { description: 'The consultation.' }) input: RecordConsultationInput,
  ): Promise<PlanPayload> {
    return planPayload(context, await recordConsultation(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => ResourceCommitmentPayload, {
    description:
      'Commits your own organisation’s resources to a plan; the commitment stays confidential until published.',
  })
  async commitResources(
    @Ctx() context: Context,
    @Arg('input', () => CommitResourcesInput, { description: 'The commitment.' }) input: CommitResourcesInput,
  ): Promise<ResourceCommitmentPayload> {
    return commitmentPayload(context, await commitResources(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => ResourceCommitmentPayload, {
    description:
      'Makes one of your organisation’s commitments to a plan public (001 ¶5). Once published it is no longer changed.',
  })
  async publishCommitment(
    @Ctx() context: Context,
    @Arg('input', () => PublishCommitmentInput, { description: 'Which commitment.' }) input: PublishCommitmentInput,
  ): Promise<ResourceCommitmentPayload> {
    return commitmentPayload(context, await publishCommitment(context, input));
  }

  @Mutation(() => ResourceCommitmentPayload, {
    description:
      'Changes the description or amount of one of your organisation’s commitments while it is unpublished; a published commitment is public and is refused.',
  })
  async updateCommitment(
    @Ctx() context: Context,
    @Arg('input', () => UpdateCommitmentInput, { description: 'Which commitment, and what it now says.' })
    input: UpdateCommitmentInput,
  ): Promise<ResourceCommitmentPayload> {
    return commitmentPayload(context, await updateCommitment(context, input));
  }
}
