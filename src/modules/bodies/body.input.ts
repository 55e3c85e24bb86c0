import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import {
  BodyKind,
  BodyLevel,
  BodyRole,
  ChairType,
  DecisionRule,
  GovernanceModel,
  ScrutinyKind,
  VotingArrangement,
} from './body.enums';
import { Body } from './body.type';

/**
 * What a body's secretariat may keep current without a date. Never emitted itself. Its model, role, chair type,
 * voting and decision rule are dated facts, changed from a date with `recordBodyWorkings`.
 */
@InputType('BodyWorkingsBase', { description: 'How a body works.' })
abstract class BodyWorkings {
  // No @Bounds here: type-graphql drops the extensions of fields an input type inherits, so this takes the default.
  @Field(() => String, { nullable: true, description: 'How often it meets, in words.' })
  meetingFrequency?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was established.' })
  established?: Date | null;
}

@InputType({ description: 'A body to register. Only registry administrators register bodies.' })
export class CreateBodyInput extends BodyWorkings {
  @Field(() => GovernanceModel, { nullable: true, description: 'Model A or Model B, from its first day.' })
  governanceModel?: keyof typeof GovernanceModel | null;

  @Field(() => BodyRole, { nullable: true, description: 'Advisory or decision-making, from its first day.' })
  role?: keyof typeof BodyRole | null;

  @Field(() => ChairType, { nullable: true, description: 'Who chairs it, from its first day.' })
  chairType?: keyof typeof ChairType | null;

  @Field(() => VotingArrangement, { nullable: true, description: 'How members vote, from its first day.' })
  votingArrangement?: keyof typeof VotingArrangement | null;

  @Field(() => DecisionRule, { nullable: true, description: 'How decisions are reached, from its first day.' })
  decisionRule?: keyof typeof DecisionRule | null;

  @Field(() => ScrutinyKind, {
    nullable: true,
    description: 'For a scrutiny committee, what it scrutinises (003 ¶149); refused for any other kind.',
  })
  scrutinyKind?: keyof typeof ScrutinyKind | null;

  @Field(() => String, { description: 'The body’s name.' })
  @Bounds({ text: 'name' })
  name!: string;

  @Field(() => BodyKind, { description: 'What kind of body it is.' })
  kind!: keyof typeof BodyKind;

  @Field(() => BodyLevel, { description: 'Strategic, executive or operational.' })
  level!: keyof typeof BodyLevel;

  @Field(() => ID, { description: 'The area it serves.' })
  area!: string;

  @Field(() => DateScalar, { description: 'First day it exists.' })
  validFrom!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: retrying with the same one never registers twice.',
  })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({
  description:
    'Changes to a body; leave out what stays. Its kind and area are not changed, only succeeded; its workings ' +
    '(chair type, voting, model, role, decision rule) change from a date, with `recordBodyWorkings`.',
})
export class UpdateBodyInput extends BodyWorkings {
  @Field(() => ID, { description: 'The body.' })
  body!: string;

  @Field(() => Int, { description: 'The body’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, {
    nullable: true,
    description: 'A new name; record the old one with recordBodyAlias, for the period it was used.',
  })
  @Bounds({ text: 'name' })
  name?: string | null;

  @Field(() => BodyLevel, { nullable: true, description: 'Strategic, executive or operational.' })
  level?: keyof typeof BodyLevel | null;
}

@InputType({ description: 'Ends a body on a date; it stays in the history.' })
export class EndBodyInput {
  @Field(() => ID, { description: 'The body.' })
  body!: string;

  @Field(() => DateScalar, { description: 'First day it no longer exists.' })
  endOn!: Date;

  @Field(() => Int, { description: 'The body’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@InputType({ description: 'Another name a body is known by, for the period it was used.' })
export class RecordBodyAliasInput {
  @Field(() => ID, { description: 'The body.' })
  body!: string;

  @Field(() => String, { description: 'The other name.' })
  @Bounds({ text: 'name' })
  alias!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day the name was used, within the body’s existence (default: the body’s first day).',
  })
  validFrom?: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day it was no longer used (default: used for as long as the body exists).',
  })
  validTo?: Date | null;
}

@ObjectType({ description: 'The body as it now stands.' })
export class BodyPayload {
  @Field(() => Body, { description: 'The body.' })
  body!: Body;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
