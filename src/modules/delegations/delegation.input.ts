import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { DecisionRule } from '../bodies/index';
import { Delegation } from './delegation.type';

@InputType({
  description:
    'A power to pass on for a period. A body passes on only what it holds by delegation: name that delegation as the parent.',
})
export class DelegatePowerInput {
  @Field(() => ID, { description: 'The power delegated.' })
  power!: string;

  @Field(() => ID, { description: 'The body or organisation delegating.' })
  delegator!: string;

  @Field(() => ID, { description: 'The body or organisation receiving the power.' })
  delegate!: string;

  @Field(() => String, { description: 'What the delegate may decide under it, in words.' })
  @Bounds({ text: 'text' })
  scope!: string;

  @Field(() => String, { nullable: true, description: 'The instrument that makes the delegation.' })
  @Bounds({ text: 'name' })
  instrument?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The most the delegate may commit in one decision, in pounds; empty for no limit.',
  })
  @Bounds({ range: 'money' })
  financialLimit?: number | null;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Matters kept back; a sub-delegation keeps all of its parent’s reserved too.',
  })
  @Bounds({ text: 'name' })
  reservedMatters!: string[];

  @Field(() => Boolean, { defaultValue: false, description: 'Whether the delegate may pass the power on.' })
  subDelegationAllowed!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The delegation under which the delegator holds the power; required when the delegator is a body.',
  })
  parentDelegation?: string | null;

  @Field(() => DecisionRule, { nullable: true, description: 'How the delegate must reach decisions under it.' })
  decisionRule?: keyof typeof DecisionRule | null;

  @Field(() => DateScalar, { description: 'First day the delegation holds.' })
  validFrom!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'First day it no longer holds; leave empty while open.' })
  validTo?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: retrying with the same one never delegates twice.',
  })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Ends a delegation on a date; it stays in the history.' })
export class RevokeDelegationInput {
  @Field(() => ID, { description: 'The delegation.' })
  delegation!: string;

  @Field(() => DateScalar, { description: 'First day the delegation no longer holds.' })
  endOn!: Date;

  @Field(() => Int, { description: 'The delegation’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'The delegation as it now stands.' })
export class DelegationPayload {
  @Field(() => Delegation, { description: 'The delegation.' })
  delegation!: Delegation;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
