import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { PageArgs } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { OrganisationKind, Sector } from './organisation.enums';

@InputType({ description: 'Narrows a list of organisations; all given conditions must hold.' })
export class OrganisationFilter {
  @Field(() => ID, { nullable: true, description: 'Based in or serving this area (or an area within it).' })
  area?: string | null;

  @Field(() => [OrganisationKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: (keyof typeof OrganisationKind)[] | null;

  @Field(() => Sector, { nullable: true, description: 'Only this sector.' })
  sector?: keyof typeof Sector | null;

  @Field(() => String, { nullable: true, description: 'Current or former name contains this text (case-insensitive).' })
  @Bounds({ text: 'search' })
  nameContains?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only these registry codes, as credentials name organisations (e.g. "staffordshire/county-council"); a retired code finds the organisation that had it.',
  })
  @Bounds({ text: 'code' })
  codes?: string[] | null;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true, description: 'Conditions the organisations must meet.' })
  filter?: OrganisationFilter | null;

  @Field(() => DateScalar, { nullable: true, description: 'As they stood on this date (default today).' })
  asOf?: Date | null;
}
