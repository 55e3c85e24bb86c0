import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import {
  AddPlanTargetInput,
  LinkPlansInput,
  PlanLinkPayload,
  PlanReviewPayload,
  PlanStatusPayload,
  PlanTargetPayload,
  PublishPlanReviewInput,
  RecordPlanReviewInput,
  RecordPlanStatusInput,
  UnlinkPlansInput,
  UpdatePlanTargetInput,
} from './plan-facts.input';
import { linkPlans, unlinkPlans } from './plan-link.service';
import { publishPlanReview, recordPlanReview, recordPlanStatus } from './plan-review.service';
import { addPlanTarget, updatePlanTarget } from './plan-target.service';
import { PlanPayload } from './plan.input';
import { loadPlan, toPlanLink, toPlanReview, toPlanStatus, toTarget } from './plan.records';

/** A written part of a plan, read back with the plan it belongs to, as both now stand. */
async function partWithPlan<Row extends { planId: string }>(context: Context, row: Row | undefined, what: string) {
  if (!row) throw new Error(`The ${what} vanished after it was written`);
  return { row, plan: await loadPlan(context, row.planId, today()) };
}

const key = (input: { clientMutationId?: string | null }) => input.clientMutationId ?? null;

@Resolver()
export class PlanFactMutations {
  @Mutation(() => PlanLinkPayload, { description: 'States how a plan relates to another plan of its area.' })
  async linkPlans(
    @Ctx() context: Context,
    @Arg('input', () => LinkPlansInput, { description: 'The link.' }) input: LinkPlansInput,
  ): Promise<PlanLinkPayload> {
    const id = await linkPlans(context, input);
    const { row, plan } = await partWithPlan(context, await context.stores.plans.linksById.load(id), 'plan link');
    return { link: toPlanLink(row, today()), plan, clientMutationId: key(input) };
  }

  @Mutation(() => PlanPayload, { description: 'Withdraws a link between plans; its history keeps what it said.' })
  async unlinkPlans(
    @Ctx() context: Context,
    @Arg('input', () => UnlinkPlansInput, { description: 'Which link.' }) input: UnlinkPlansInput,
  ): Promise<PlanPayload> {
    const planId = await unlinkPlans(context, input);
    return { plan: await loadPlan(context, planId, today()), clientMutationId: null, warnings: [] };
  }

  @Mutation(() => PlanTargetPayload, { description: 'Adds a dated, measured target to a plan.' })
  async addPlanTarget(
    @Ctx() context: Context,
    @Arg('input', () => AddPlanTargetInput, { description: 'The target.' }) input: AddPlanTargetInput,
  ): Promise<PlanTargetPayload> {
    const id = await addPlanTarget(context, input);
    const { row, plan } = await partWithPlan(context, await context.stores.plans.targetsById.load(id), 'target');
    return { target: toTarget(row, today()), plan, clientMutationId: key(input) };
  }

  @Mutation(() => PlanTargetPayload, { description: 'Changes a plan target.' })
  async updatePlanTarget(
    @Ctx() context: Context,
    @Arg('input', () => UpdatePlanTargetInput, { description: 'Which target, and what changes.' })
    input: UpdatePlanTargetInput,
  ): Promise<PlanTargetPayload> {
    const id = await updatePlanTarget(context, input);
    const { row, plan } = await partWithPlan(context, await context.stores.plans.targetsById.load(id), 'target');
    return { target: toTarget(row, today()), plan, clientMutationId: null };
  }

  @Mutation(() => PlanStatusPayload, {
    description: 'Records where a plan stands from a date; the status holding then ends that day.',
  })
  async recordPlanStatus(
    @Ctx() context: Context,
    @Arg('input', () => RecordPlanStatusInput, { description: 'The status.' }) input: RecordPlanStatusInput,
  ): Promise<PlanStatusPayload> {
    const id = await recordPlanStatus(context, input);
    const { row, plan } = await partWithPlan(context, await context.stores.plans.statusesById.load(id), 'status');
    return { planStatus: toPlanStatus(row), plan, clientMutationId: key(input) };
  }

  @Mutation(() => PlanReviewPayload, { description: 'Records a review of a plan by a body of its area.' })
  async recordPlanReview(
    @Ctx() context: Context,
    @Arg('input', () => RecordPlanReviewInput, { description: 'The review.' }) input: RecordPlanReviewInput,
  ): Promise<PlanReviewPayload> {
    const id = await recordPlanReview(context, input);
    const { row, plan } = await partWithPlan(context, await context.stores.plans.reviewsById.load(id), 'review');
    return { review: toPlanReview(row, today()), plan, clientMutationId: key(input) };
  }

  @Mutation(() => PlanReviewPayload, { description: 'Publishes a review of a plan (001 App. 1).' })
  async publishPlanReview(
    @Ctx() context: Context,
    @Arg('input', () => PublishPlanReviewInput, { description: 'Which review, and when.' })
    input: PublishPlanReviewInput,
  ): Promise<PlanReviewPayload> {
    const id = await publishPlanReview(context, input);
    const { row, plan } = await partWithPlan(context, await context.stores.plans.reviewsById.load(id), 'review');
    return { review: toPlanReview(row, today()), plan, clientMutationId: null };
  }
}
