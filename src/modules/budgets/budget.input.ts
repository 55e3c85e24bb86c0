import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { BudgetKind, EcmOutcome, LegalBasis, ResourceType, ServiceArea } from './budget.enums';
import { BudgetArrangement, Contribution } from './budget.type';

@InputType({
  description: 'A budget arrangement to create. A pooled fund needs exactly one host; an aligned budget has none.',
})
export class CreateBudgetArrangementInput {
  @Field(() => String, { description: 'The arrangement’s name.' })
  @Bounds({ text: 'name' })
  name!: string;

  @Field(() => BudgetKind, { description: 'Pooled, aligned, LAA, service level agreement or joint fund.' })
  kind!: keyof typeof BudgetKind;

  @Field(() => LegalBasis, { defaultValue: 'NONE', description: 'The statute it is made under; NONE when informal.' })
  legalBasis!: keyof typeof LegalBasis;

  @Field(() => ID, { description: 'The area whose budget it is.' })
  area!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organisation that accounts for a pooled fund; under s31 a local authority or health body, under s10 the authority or one of its relevant partners.',
  })
  host?: string | null;

  @Field(() => ID, { nullable: true, description: 'The body (often a sub-group) that governs it.' })
  governingBody?: string | null;

  @Field(() => [ServiceArea], { defaultValue: [], description: 'The services it pays for.' })
  serviceAreas!: (keyof typeof ServiceArea)[];

  @Field(() => [EcmOutcome], { defaultValue: [], description: 'The Every Child Matters outcomes it serves.' })
  outcomes!: (keyof typeof EcmOutcome)[];

  @Field(() => String, { nullable: true, description: 'The agreement that sets it up.' })
  @Bounds({ text: 'name' })
  agreement?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Whether it existed before the children’s trust did.' })
  preDatesTrust!: boolean;

  @Field(() => DateScalar, { description: 'First day it is in force.' })
  validFrom!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'First day it is no longer in force; empty while open.' })
  validTo?: Date | null;

  @Field(() => String, { nullable: true, description: 'Any unique string: retrying with it never creates twice.' })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Ends a budget arrangement on a date; it stays in the history.' })
export class EndBudgetArrangementInput {
  @Field(() => ID, { description: 'The arrangement.' })
  arrangement!: string;

  @Field(() => DateScalar, {
    description: 'First day it is no longer in force; not on or before the start of a year contributed to.',
  })
  endOn!: Date;

  @Field(() => Int, { description: 'The arrangement’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@InputType({ description: 'A partner’s contribution to an arrangement in one financial year.' })
export class RecordContributionInput {
  @Field(() => ID, { description: 'The arrangement contributed to.' })
  arrangement!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The contributing organisation; default your own. Only the host or an administrator may name another.',
  })
  organisation?: string | null;

  @Field(() => String, { description: 'The financial year, e.g. "2008-09".' })
  @Bounds({ text: 'code' })
  financialYear!: string;

  @Field(() => ResourceType, { defaultValue: 'MONEY', description: 'What kind of resource is contributed.' })
  resourceType!: keyof typeof ResourceType;

  @Field(() => Float, { nullable: true, description: 'The amount in pounds, where known; never negative.' })
  @Bounds({ range: 'money' })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'The share in words where no amount is known, e.g. "50-50".' })
  @Bounds({ text: 'name' })
  shareBand?: string | null;

  @Field(() => String, { nullable: true, description: 'Any unique string: retrying with it never records twice.' })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Changes the amount or share of a contribution.' })
export class UpdateContributionInput {
  @Field(() => ID, { description: 'The contribution.' })
  contribution!: string;

  @Field(() => Float, { nullable: true, description: 'The amount in pounds, where known; never negative.' })
  @Bounds({ range: 'money' })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'The share in words where no amount is known.' })
  @Bounds({ text: 'name' })
  shareBand?: string | null;

  @Field(() => Int, { description: 'The contribution’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'The budget arrangement as it now stands.' })
export class BudgetArrangementPayload {
  @Field(() => BudgetArrangement, { description: 'The arrangement.' })
  budgetArrangement!: BudgetArrangement;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}

@ObjectType({ description: 'The contribution as it now stands.' })
export class ContributionPayload {
  @Field(() => Contribution, { description: 'The contribution.' })
  contribution!: Contribution;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
