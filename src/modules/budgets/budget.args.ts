import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { BudgetKind } from './budget.enums';

@InputType({ description: 'Narrows a list of budget arrangements; all given conditions must hold.' })
export class BudgetArrangementFilter {
  @Field(() => ID, { nullable: true, description: 'Of this area or an area within it.' })
  area?: string | null;

  @Field(() => [BudgetKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: (keyof typeof BudgetKind)[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only arrangements this organisation has contributed to (any year).',
  })
  contributor?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only arrangements this organisation hosts.' })
  host?: string | null;
}

@ArgsType()
export class BudgetArrangementsArgs extends PageArgs {
  @Field(() => BudgetArrangementFilter, { nullable: true, description: 'Conditions the arrangements must meet.' })
  filter?: BudgetArrangementFilter | null;

  @Field(() => DateScalar, { nullable: true, description: 'Arrangements in force on this date (default today).' })
  asOf?: Date | null;
}
