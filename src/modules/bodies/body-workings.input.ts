import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { BodyRole, ChairType, DecisionRule, GovernanceModel, VotingArrangement } from './body.enums';
import { Body, BodyWorkings } from './body.type';

@InputType({
  description:
    'A change of how a body works, from a date: a new chair type, voting arrangement, model, role or decision ' +
    'rule. What it leaves out carries on from the workings holding that day, which end then.',
})
export class RecordBodyWorkingsInput {
  @Field(() => ID, { description: 'The body.' })
  body!: string;

  @Field(() => DateScalar, {
    description: 'First day the change holds: within the body’s existence, and after its latest workings began.',
  })
  validFrom!: Date;

  @Field(() => Int, {
    nullable: true,
    description:
      'The `version` of the workings holding on that day as you read them; a stale one gets CONFLICT. Leave out ' +
      'only where none hold.',
  })
  expectedVersion?: number | null;

  @Field(() => GovernanceModel, { nullable: true, description: 'Model A or Model B (004 ¶77).' })
  governanceModel?: keyof typeof GovernanceModel | null;

  @Field(() => BodyRole, { nullable: true, description: 'Advisory or decision-making (004 ¶69).' })
  role?: keyof typeof BodyRole | null;

  @Field(() => ChairType, { nullable: true, description: 'Who chairs it from that day (003 Table 3, 004 ¶87).' })
  chairType?: keyof typeof ChairType | null;

  @Field(() => VotingArrangement, { nullable: true, description: 'How members vote (004 ¶89).' })
  votingArrangement?: keyof typeof VotingArrangement | null;

  @Field(() => DecisionRule, { nullable: true, description: 'How decisions are reached (004 Table 2.3).' })
  decisionRule?: keyof typeof DecisionRule | null;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: retrying with the same one never records twice.',
  })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Ends a period of a body’s workings on a date; it stays in the history.' })
export class EndBodyWorkingsInput {
  @Field(() => ID, { description: 'The workings, by the `id` they show in `Body.workingsHistory`.' })
  workings!: string;

  @Field(() => DateScalar, { description: 'First day they no longer hold.' })
  endOn!: Date;

  @Field(() => Int, { description: 'Their `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'A period of a body’s workings as it now stands, and its body.' })
export class BodyWorkingsPayload {
  @Field(() => BodyWorkings, { description: 'The workings recorded or ended.' })
  workings!: BodyWorkings;

  @Field(() => Body, { description: 'Its body, whose `workingsHistory` shows any period this one ended.' })
  body!: Body;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}

@InputType({ description: 'Ends the use of one of a body’s other names on a date; it stays in the history.' })
export class EndBodyAliasInput {
  @Field(() => ID, { description: 'The name, by the `id` it shows in `Body.aliasHistory`.' })
  alias!: string;

  @Field(() => DateScalar, { description: 'First day the name is no longer used.' })
  endOn!: Date;

  @Field(() => Int, { description: 'Its `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}
