import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { PlanKind } from './plan.enums';

@InputType({ description: 'Narrows a list of plans; all given conditions must hold.' })
export class PlanFilter {
  @Field(() => ID, { nullable: true, description: 'Of this area or an area within it.' })
  area?: string | null;

  @Field(() => [PlanKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: (keyof typeof PlanKind)[] | null;
}

@ArgsType()
export class PlansArgs extends PageArgs {
  @Field(() => PlanFilter, { nullable: true, description: 'Conditions the plans must meet.' })
  filter?: PlanFilter | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Read nested dated facts (the owner body’s seats and lines) as at this date (default today).',
  })
  asOf?: Date | null;
}
