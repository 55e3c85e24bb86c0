import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { DecisionStatus } from './delegation.enums';

@InputType({ description: 'Narrows a list of delegations; all given conditions must hold.' })
export class DelegationFilter {
  @Field(() => ID, { nullable: true, description: 'Granted by this body or organisation.' })
  delegator?: string | null;

  @Field(() => ID, { nullable: true, description: 'Received by this body or organisation.' })
  delegate?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this power.' })
  power?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Touching this area or an area within it: the delegator or delegate is a body of the area, or an ' +
      'organisation based in it.',
  })
  area?: string | null;
}

@ArgsType()
export class DelegationsArgs extends PageArgs {
  @Field(() => DelegationFilter, { nullable: true, description: 'Conditions the delegations must meet.' })
  filter?: DelegationFilter | null;

  @Field(() => DateScalar, { nullable: true, description: 'Delegations in force on this date (default today).' })
  asOf?: Date | null;
}

@InputType({ description: 'Narrows a list of decisions; all given conditions must hold.' })
export class DecisionFilter {
  @Field(() => ID, { nullable: true, description: 'Taken by this body.' })
  body?: string | null;

  @Field(() => [DecisionStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: (keyof typeof DecisionStatus)[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only decisions this organisation has still to ratify (its ratification is PENDING).',
  })
  awaitingRatificationBy?: string | null;
}

@ArgsType()
export class DecisionsArgs extends PageArgs {
  @Field(() => DecisionFilter, { nullable: true, description: 'Conditions the decisions must meet.' })
  filter?: DecisionFilter | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Read nested dated facts (the body’s seats, a delegation’s parties) as at this date (default today).',
  })
  asOf?: Date | null;
}
