import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { PageArgs } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { AreaKind, AreaTier, Region } from './area.enums';

@InputType({ description: 'Narrows a list of areas; all given conditions must hold.' })
export class AreaFilter {
  @Field(() => [AreaKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: (keyof typeof AreaKind)[] | null;

  @Field(() => AreaTier, { nullable: true, description: 'Only this tier.' })
  tier?: keyof typeof AreaTier | null;

  @Field(() => Region, { nullable: true, description: 'Only this region.' })
  region?: keyof typeof Region | null;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this area.' })
  parentArea?: string | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  @Bounds({ text: 'search' })
  nameContains?: string | null;
}

@ArgsType()
export class AreasArgs extends PageArgs {
  @Field(() => AreaFilter, { nullable: true, description: 'Conditions the areas must meet.' })
  filter?: AreaFilter | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'List the areas as they stood on this date (default today).',
  })
  asOf?: Date | null;
}
