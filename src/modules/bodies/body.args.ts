import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { PageArgs } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { BodyKind, BodyLevel } from './body.enums';

@InputType({ description: 'Narrows a list of bodies; all given conditions must hold.' })
export class BodyFilter {
  @Field(() => ID, { nullable: true, description: 'In this area or an area within it.' })
  area?: string | null;

  @Field(() => [BodyKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: (keyof typeof BodyKind)[] | null;

  @Field(() => [BodyLevel], { nullable: true, description: 'Only these levels.' })
  levels?: (keyof typeof BodyLevel)[] | null;

  @Field(() => String, { nullable: true, description: 'Name or an alias contains this text (case-insensitive).' })
  @Bounds({ text: 'search' })
  nameContains?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only bodies this organisation sits on (as member or represented) on the date.',
  })
  organisation?: string | null;
}

@ArgsType()
export class BodiesArgs extends PageArgs {
  @Field(() => BodyFilter, { nullable: true, description: 'Conditions the bodies must meet.' })
  filter?: BodyFilter | null;

  @Field(() => DateScalar, { nullable: true, description: 'As they stood on this date (default today).' })
  asOf?: Date | null;
}
