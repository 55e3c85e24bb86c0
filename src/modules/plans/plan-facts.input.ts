import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { EcmOutcome } from '../budgets/index';
import { PlanLinkKind, PlanStatus } from './plan.enums';
import { Plan, PlanLink, PlanReview, PlanStatusPeriod, PlanTarget } from './plan.type';

const retryKey = { nullable: true, description: 'Any unique string: retrying with it never records twice.' } as const;

@InputType({
  description: 'States how a plan relates to another plan of its area, e.g. a CYPP consistent with the SCS.',
})
export class LinkPlansInput {
  @Field(() => ID, { description: 'The plan the link is stated in; its owning body’s secretariat writes it.' })
  plan!: string;

  @Field(() => ID, { description: 'The plan or strategy it relates to, of the same area or one within or above it.' })
  linkedPlan!: string;

  @Field(() => PlanLinkKind, { description: 'Consistent with, aligned with, or informed by.' })
  kind!: keyof typeof PlanLinkKind;

  @Field(() => String, retryKey)
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Withdraws a link between plans that no longer holds.' })
export class UnlinkPlansInput {
  @Field(() => ID, { description: 'The link, by the `id` it shows in `Plan.links`.' })
  link!: string;

  @Field(() => Int, { description: 'The link’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@InputType({ description: 'A target of a plan: what is measured, the value to reach, and by when.' })
export class AddPlanTargetInput {
  @Field(() => ID, { description: 'The plan.' })
  plan!: string;

  @Field(() => String, { description: 'The target, in words.' })
  @Bounds({ text: 'text' })
  description!: string;

  @Field(() => String, { description: 'What is measured, e.g. "conceptions per 1,000 girls aged 15–17".' })
  @Bounds({ text: 'name' })
  measure!: string;

  @Field(() => Float, { description: 'The value of the measure to reach.' })
  @Bounds({ range: 'measure' })
  targetValue!: number;

  @Field(() => DateScalar, { description: 'The day by which it is to be reached.' })
  dueOn!: Date;

  @Field(() => String, { nullable: true, description: 'The LAA indicator it is measured by, e.g. "NI 112".' })
  @Bounds({ text: 'code' })
  laaIndicator?: string | null;

  @Field(() => EcmOutcome, { nullable: true, description: 'The Every Child Matters outcome it serves.' })
  outcome?: keyof typeof EcmOutcome | null;

  @Field(() => ID, { nullable: true, description: 'The body of the area (usually a sub-group) that owns it.' })
  ownerBody?: string | null;

  @Field(() => String, retryKey)
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Changes a plan target; leave a field out to keep it, send null to clear an optional one.' })
export class UpdatePlanTargetInput {
  @Field(() => ID, { description: 'The target, by the `id` it shows in `Plan.targets`.' })
  target!: string;

  @Field(() => Int, { description: 'The target’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'The target, in words.' })
  @Bounds({ text: 'text' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'What is measured.' })
  @Bounds({ text: 'name' })
  measure?: string | null;

  @Field(() => Float, { nullable: true, description: 'The value to reach.' })
  @Bounds({ range: 'measure' })
  targetValue?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day by which it is to be reached.' })
  dueOn?: Date | null;

  @Field(() => String, { nullable: true, description: 'The LAA indicator it is measured by.' })
  @Bounds({ text: 'code' })
  laaIndicator?: string | null;

  @Field(() => EcmOutcome, { nullable: true, description: 'The Every Child Matters outcome it serves.' })
  outcome?: keyof typeof EcmOutcome | null;

  @Field(() => ID, { nullable: true, description: 'The body of the area that owns it.' })
  ownerBody?: string | null;
}

@InputType({
  description:
    'Where a plan stands from a date: planned, in preparation, in place, superseded. The status holding then ends that day.',
})
export class RecordPlanStatusInput {
  @Field(() => ID, { description: 'The plan.' })
  plan!: string;

  @Field(() => PlanStatus, { description: 'The status.' })
  status!: keyof typeof PlanStatus;

  @Field(() => DateScalar, { description: 'The first day it holds; after the start of the plan’s latest status.' })
  validFrom!: Date;

  @Field(() => String, retryKey)
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'A review of a plan by a body of its area (the annual review of the CYPP, 001 App. 1).' })
export class RecordPlanReviewInput {
  @Field(() => ID, { description: 'The plan reviewed.' })
  plan!: string;

  @Field(() => ID, { description: 'The body that reviewed it: the owning body or one of the area’s bodies.' })
  reviewingBody!: string;

  @Field(() => DateScalar, { description: 'The day of the review; one review of a plan a day.' })
  reviewedOn!: Date;

  @Field(() => String, { nullable: true, description: 'What the review found, in words.' })
  @Bounds({ text: 'text' })
  summary?: string | null;

  @Field(() => String, retryKey)
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Publishes a review of a plan: "the annual review must be published" (001 App. 1).' })
export class PublishPlanReviewInput {
  @Field(() => ID, { description: 'The review, by the `id` it shows in `Plan.reviews`.' })
  review!: string;

  @Field(() => DateScalar, { description: 'The day it is published; not before the review.' })
  publishedOn!: Date;

  @Field(() => Int, { description: 'The review’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'The link as recorded, and the plan it is stated in.' })
export class PlanLinkPayload {
  @Field(() => PlanLink, { description: 'The link.' })
  link!: PlanLink;

  @Field(() => Plan, { description: 'The plan, whose `links` now show it.' })
  plan!: Plan;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}

@ObjectType({ description: 'The target as it now stands, and its plan.' })
export class PlanTargetPayload {
  @Field(() => PlanTarget, { description: 'The target.' })
  target!: PlanTarget;

  @Field(() => Plan, { description: 'The plan.' })
  plan!: Plan;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}

@ObjectType({ description: 'The status recorded, and its plan, whose `statuses` show any status it ended.' })
export class PlanStatusPayload {
  @Field(() => PlanStatusPeriod, { description: 'The status.' })
  planStatus!: PlanStatusPeriod;

  @Field(() => Plan, { description: 'The plan.' })
  plan!: Plan;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}

@ObjectType({ description: 'The review as it now stands, and its plan.' })
export class PlanReviewPayload {
  @Field(() => PlanReview, { description: 'The review.' })
  review!: PlanReview;

  @Field(() => Plan, { description: 'The plan.' })
  plan!: Plan;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
