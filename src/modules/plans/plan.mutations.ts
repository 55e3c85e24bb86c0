import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { commitResources, publishCommitment } from './commitment.service';
import {
  CommitResourcesInput,
  CreatePlanInput,
  PlanPayload,
  PublishCommitmentInput,
  PublishPlanInput,
  RecordConsultationInput,
  ResourceCommitmentPayload,
} from './plan.input';
import { toCommitment, toPlan } from './plan.records';
import { createPlan, publishPlan, recordConsultation } from './plan.service';

async function planPayload(context: Context, id: string, clientMutationId: string | null = null): Promise<PlanPayload> {
  const row = await context.stores.plans.byId.load(id);
  if (!row) throw new Error(`Plan ${id} vanished after it was written`);
  return { plan: toPlan(row, today()), clientMutationId };
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
      'Publishes a plan. A CYPP is refused unless an LSCB of its area was consulted on it on a date before its adoption (001 App. 1).',
  })
  async publishPlan(
    @Ctx() context: Context,
    @Arg('input', () => PublishPlanInput, { description: 'Which plan, and when it is published.' })
    input: PublishPlanInput,
  ): Promise<PlanPayload> {
    return planPayload(context, await publishPlan(context, input));
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
    const id = await commitResources(context, input);
    const row = await context.stores.plans.commitmentsById.load(id);
    if (!row) throw new Error(`Resource commitment ${id} vanished after it was written`);
    return { commitment: toCommitment(row, today()), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => PlanPayload, { description: 'Makes your organisation’s commitments to a plan public (001 ¶5).' })
  async publishCommitment(
    @Ctx() context: Context,
    @Arg('input', () => PublishCommitmentInput, { description: 'Which plan.' }) input: PublishCommitmentInput,
  ): Promise<PlanPayload> {
    return planPayload(context, await publishCommitment(context, input));
  }
}
