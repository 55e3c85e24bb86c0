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
  VotingArrangement,
} from './body.enums';
import { Body } from './body.type';

/** How a body works: what its secretariat may keep current. Never emitted itself. */
@InputType('BodyWorkingsBase', { description: 'How a body works.' })
abstract class BodyWorkings {
  @Field(() => GovernanceModel, { nullable: true, description: 'Model A or Model B.' })
  governanceModel?: keyof typeof GovernanceModel | null;

  @Field(() => BodyRole, { nullable: true, description: 'Advisory or decision-making.' })
  role?: keyof typeof BodyRole | null;

  @Field(() => ChairType, { nullable: true, description: 'Who chairs it.' })
  chairType?: keyof typeof ChairType | null;

  @Field(() => VotingArrangement, { nullable: true, description: 'How members vote.' })
  votingArrangement?: keyof typeof VotingArrangement | null;

  @Field(() => DecisionRule, { nullable: true, description: 'How decisions are reached.' })
  decisionRule?: keyof typeof DecisionRule | null;

  // No @Bounds here: type-graphql drops the extensions of fields an input type inherits, so this takes the default.
  @Field(() => String, { nullable: true, description: 'How often it meets, in words.' })
  meetingFrequency?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was established.' })
  established?: Date | null;
}

@InputType({ description: 'A body to register. Only registry administrators register bodies.' })
export class CreateBodyInput extends BodyWorkings {
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
  description: 'Changes to a body; leave out what stays. Its kind and area are not changed, only succeeded.',
})
export class UpdateBodyInput extends BodyWorkings {
  @Field(() => ID, { description: 'The body.' })
  body!: string;

  @Field(() => Int, { description: 'The body’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'A new name; record the old one with recordBodyAlias.' })
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

@InputType({ description: 'Another name a body is known by.' })
export class RecordBodyAliasInput {
  @Field(() => ID, { description: 'The body.' })
  body!: string;

  @Field(() => String, { description: 'The other name.' })
  @Bounds({ text: 'name' })
  alias!: string;
}

@ObjectType({ description: 'The body as it now stands.' })
export class BodyPayload {
  @Field(() => Body, { description: 'The body.' })
  body!: Body;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
