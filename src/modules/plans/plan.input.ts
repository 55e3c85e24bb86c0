import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { ComplianceFinding } from '../compliance/index';
import { ConsulteeGroup, PlanKind } from './plan.enums';
import { Plan, ResourceCommitment } from './plan.type';

@InputType({ description: 'A plan to create, owned by a body of its area.' })
export class CreatePlanInput {
  @Field(() => PlanKind, { description: 'What kind of plan it is.' })
  kind!: keyof typeof PlanKind;

  @Field(() => String, { description: 'The plan’s title.' })
  @Bounds({ text: 'name' })
  title!: string;

  @Field(() => ID, { description: 'The area the plan is for.' })
  area!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The body that owns the plan; its secretariat may then change it. Without one, administrators only.',
  })
  ownerBody?: string | null;

  @Field(() => DateScalar, { description: 'First day of the period it covers.' })
  periodStart!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'First day after the period it covers; empty if open.' })
  periodEnd?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was adopted, if it has been.' })
  adoptedOn?: Date | null;

  @Field(() => String, { nullable: true, description: 'Any unique string: retrying with it never creates twice.' })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({
  description: 'Publishes a plan. A CYPP needs a dated consultation of an LSCB of its area before adoption.',
})
export class PublishPlanInput {
  @Field(() => ID, { description: 'The plan.' })
  plan!: string;

  @Field(() => DateScalar, { description: 'The day it is published; not before its adoption.' })
  publishedOn!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'When it was adopted, if not recorded already.' })
  adoptedOn?: Date | null;

  @Field(() => Int, { description: 'The plan’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@InputType({
  description:
    'A body, organisation or group consulted on a plan. Name exactly one consultee: a body, an organisation, or a group such as children and young people.',
})
export class RecordConsultationInput {
  @Field(() => ID, { description: 'The plan consulted on.' })
  plan!: string;

  @Field(() => ID, { nullable: true, description: 'The body consulted, e.g. the LSCB.' })
  consulteeBody?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation consulted.' })
  consulteeOrganisation?: string | null;

  @Field(() => ConsulteeGroup, {
    nullable: true,
    description:
      'The group consulted, where it is not an organisation: children and young people, parents and carers …',
  })
  consulteeGroup?: keyof typeof ConsulteeGroup | null;

  @Field(() => String, {
    nullable: true,
    description: 'How a group was reached (a youth council, a survey); by role only, never a child’s name.',
  })
  @Bounds({ text: 'name' })
  consulteeDescription?: string | null;

  @Field(() => DateScalar, { description: 'When it was consulted.' })
  consultedOn!: Date;

  @Field(() => String, { nullable: true, description: 'Any unique string: retrying with it never records twice.' })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Resources your organisation commits to delivering a plan (001 ¶5); unpublished at first.' })
export class CommitResourcesInput {
  @Field(() => ID, { description: 'The plan.' })
  plan!: string;

  @Field(() => String, { description: 'What is committed, in words.' })
  @Bounds({ text: 'text' })
  description!: string;

  @Field(() => Float, { nullable: true, description: 'The amount in pounds, where stated; never negative.' })
  @Bounds({ range: 'money' })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'Any unique string: retrying with it never commits twice.' })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Makes one of your organisation’s resource commitments to a plan public (001 ¶5).' })
export class PublishCommitmentInput {
  @Field(() => ID, { description: 'The commitment to publish.' })
  commitment!: string;

  @Field(() => Int, { description: 'The commitment’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@InputType({
  description:
    'Changes what an unpublished commitment says. Once published it is public (001 ¶5) and is not changed silently.',
})
export class UpdateCommitmentInput {
  @Field(() => ID, { description: 'The commitment to change.' })
  commitment!: string;

  @Field(() => Int, { description: 'The commitment’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'What is committed, in words; leave out to keep it.' })
  @Bounds({ text: 'text' })
  description?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The amount in pounds, never negative; null when no amount is stated; leave out to keep it.',
  })
  @Bounds({ range: 'money' })
  amount?: number | null;
}

@ObjectType({ description: 'The plan as it now stands.' })
export class PlanPayload {
  @Field(() => Plan, { description: 'The plan.' })
  plan!: Plan;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => [ComplianceFinding], {
    description:
      'The reported rules this write leaves the plan breaking, judged as `compliance` judges them on the day the ' +
      'plan takes effect: for `publishPlan`, a CYPP published without its partners’ published commitments, its ' +
      'links, its consultations or its targets as the guidance expects; for `recordPlanProducer` and ' +
      '`withdrawPlanProducer`, a plan whose named producers are not those the guidance expects, judged on a day ' +
      'it is in force. The write is recorded; these say what needs putting right. Empty for the other plan writes.',
  })
  warnings!: ComplianceFinding[];
}

@ObjectType({ description: 'The resource commitment as it now stands.' })
export class ResourceCommitmentPayload {
  @Field(() => ResourceCommitment, { description: 'The commitment.' })
  commitment!: ResourceCommitment;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
