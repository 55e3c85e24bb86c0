import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  consultations,
  planLinks,
  planReviews,
  plans,
  planStatuses,
  planTargets,
  resourceCommitments,
} from '../../../schema/database/index';
import type { IsoDate } from '../../shared/dates';
import { DatedFact, Node, RegistryRecord, SourceCitation } from '../../shared/record.type';
import { DateScalar } from '../../shared/scalars';
import { EcmOutcome } from '../budgets/index';
import { ConsulteeGroup, PlanKind, PlanLinkKind, PlanStatus } from './plan.enums';

export type PlanRow = typeof plans.$inferSelect;
export type PlanLinkRow = typeof planLinks.$inferSelect;
export type ConsultationRow = typeof consultations.$inferSelect;
export type ResourceCommitmentRow = typeof resourceCommitments.$inferSelect;
export type PlanTargetRow = typeof planTargets.$inferSelect;
export type PlanStatusRow = typeof planStatuses.$inferSelect;
export type PlanReviewRow = typeof planReviews.$inferSelect;

/** The id and version every changeable part of a plan shows; `uuid` is the row key, kept off the schema. */
const partId = { description: 'Opaque global id: name it to change this, or to read its history.' } as const;
const partRecordId = {
  description: 'The id of the part itself, whatever date it was read as at (see `Node.recordId`).',
} as const;
const partVersion = {
  description: 'Goes up by one with every change; send it back as `expectedVersion` to change it.',
} as const;

@ObjectType({
  implements: Node,
  description: 'A statutory or partnership plan of an area, e.g. a Children and Young People’s Plan.',
})
export class Plan extends RegistryRecord {
  areaId!: string;
  ownerBodyId!: string | null;

  @Field(() => PlanKind, { description: 'What kind of plan it is.' })
  kind!: keyof typeof PlanKind;

  @Field(() => String, { description: 'The plan’s title.' })
  title!: string;

  @Field(() => DateScalar, { description: 'First day of the period it covers.' })
  periodStart!: IsoDate;

  @Field(() => DateScalar, { nullable: true, description: 'First day after the period it covers; null if open-ended.' })
  periodEnd!: IsoDate | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was adopted.' })
  adoptedOn!: IsoDate | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was published.' })
  publishedOn!: IsoDate | null;
}

/** What every child record of a plan has: the plan it belongs to and where it comes from. Never emitted itself. */
@ObjectType('PlanPartBase')
abstract class PlanPart {
  planId!: string;
  asOf!: IsoDate;

  @Field(() => [SourceCitation], { description: 'Where this comes from.' })
  sources!: SourceCitation[];
}

@ObjectType({ description: 'A relation from one plan to another, read "plan <kind> linkedPlan".' })
export class PlanLink extends PlanPart {
  uuid!: string;
  linkedPlanId!: string;

  @Field(() => ID, partId)
  id!: string;

  @Field(() => ID, partRecordId)
  recordId!: string;

  @Field(() => Int, partVersion)
  version!: number;

  @Field(() => PlanLinkKind, { description: 'Consistent with, aligned with, or informed by.' })
  kind!: keyof typeof PlanLinkKind;
}

@ObjectType({
  description:
    'A body, organisation or group consulted on a plan; the trust "must" consult the LSCB on the CYPP (001 App. 1), ' +
    'and children and young people (003 ¶72) and parents (001 App. 1) while it is prepared.',
})
export class Consultation extends PlanPart {
  consulteeBodyId!: string | null;
  consulteeOrganisationId!: string | null;

  @Field(() => ConsulteeGroup, {
    nullable: true,
    description: 'The group consulted, where it was not a body or organisation; null otherwise.',
  })
  consulteeGroup!: keyof typeof ConsulteeGroup | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the group was reached (a youth council, a parents’ forum, a survey); never a child’s name.',
  })
  consulteeDescription!: string | null;

  @Field(() => DateScalar, { description: 'When it was consulted.' })
  consultedOn!: IsoDate;
}

/**
 * Part of a plan, not a Node: `node` answers null for its id. Its description and amount keep their own rule until
 * it is published; its id and version are public, like the fact that the commitment exists.
 */
@ObjectType({ description: 'Resources a partner commits to delivering a plan (001 ¶5).' })
export class ResourceCommitment extends PlanPart {
  /** The row key, kept off the schema. */
  uuid!: string;
  organisationId!: string;

  @Field(() => ID, {
    description: 'Opaque id of the commitment: name it to change or publish it, and to find its history.',
  })
  id!: string;

  @Field(() => ID, {
    description: 'The id of the record itself, whatever date it was read as at (see `Node.recordId`).',
  })
  recordId!: string;

  @Field(() => Int, {
    description: 'Goes up by one with every change; send it back as `expectedVersion` to change or publish it.',
  })
  version!: number;

  @Field(() => String, { nullable: true, description: 'What is committed, in words; confidential until published.' })
  description!: string;

  /** Float, not String: numeric(14,2) fits a double exactly (see `Delegation.financialLimit`). */
  @Field(() => Float, { nullable: true, description: 'The amount in pounds, where stated.' })
  amount!: number | null;

  @Field(() => Boolean, { description: 'Whether the commitment has been made public.' })
  published!: boolean;
}

@ObjectType({ description: 'A target of a plan, linked to an LAA indicator and an ECM outcome, owned by a sub-group.' })
export class PlanTarget extends PlanPart {
  uuid!: string;
  ownerBodyId!: string | null;

  @Field(() => ID, partId)
  id!: string;

  @Field(() => ID, partRecordId)
  recordId!: string;

  @Field(() => Int, partVersion)
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'What is measured, e.g. "conceptions per 1,000 girls aged 15–17".',
  })
  measure!: string | null;

  /** Float, as amounts are: numeric(14,4) fits a double for the values targets take. */
  @Field(() => Float, { nullable: true, description: 'The value of the measure to reach.' })
  targetValue!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day by which it is to be reached.' })
  dueOn!: IsoDate | null;

  @Field(() => String, { description: 'The target, in words.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'The LAA indicator it is measured by, where any.' })
  laaIndicator!: string | null;

  @Field(() => EcmOutcome, { nullable: true, description: 'The Every Child Matters outcome it serves.' })
  outcome!: keyof typeof EcmOutcome | null;
}

@ObjectType({ description: 'Where a plan stood for a period: planned, in preparation, in place, superseded.' })
export class PlanStatusPeriod extends DatedFact {
  uuid!: string;
  planId!: string;

  @Field(() => ID, partId)
  id!: string;

  @Field(() => Int, partVersion)
  version!: number;

  @Field(() => PlanStatus, { description: 'The status.' })
  status!: keyof typeof PlanStatus;
}

@ObjectType({
  description:
    'A review of a plan by a body: "the annual review of the plan provides an update on progress against it", ' +
    'and it "must be published" (001 App. 1).',
})
export class PlanReview extends PlanPart {
  uuid!: string;
  reviewingBodyId!: string;

  @Field(() => ID, partId)
  id!: string;

  @Field(() => ID, partRecordId)
  recordId!: string;

  @Field(() => Int, partVersion)
  version!: number;

  @Field(() => DateScalar, { description: 'The day the review was made.' })
  reviewedOn!: IsoDate;

  @Field(() => DateScalar, { nullable: true, description: 'When it was published; null while it is not.' })
  publishedOn!: IsoDate | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the review found, in words; until published, only for the owning body’s partners.',
  })
  summary!: string | null;
}
