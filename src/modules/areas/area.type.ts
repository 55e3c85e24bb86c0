import { Field, ObjectType } from 'type-graphql';
import type { areas } from '../../../schema/database/index';
import { Node, DatedRecord } from '../../shared/record.type';
import { AreaKind, AreaTier, Region } from './area.enums';

export type AreaRow = typeof areas.$inferSelect;

@ObjectType({
  implements: Node,
  description: "A local government area: a children's services authority, a district of a county, or a locality.",
})
export class Area extends DatedRecord {
  parentAreaId!: string | null;

  @Field(() => String, { description: 'ONS-style GSS code, e.g. E10000028 for Staffordshire.' })
  code!: string;

  @Field(() => String, { description: 'The area’s name.' })
  name!: string;

  @Field(() => AreaKind, { description: 'County, district, unitary, metropolitan or London borough, or locality.' })
  kind!: keyof typeof AreaKind;

  @Field(() => AreaTier, { description: 'Which tier of local government the area is.' })
  tier!: keyof typeof AreaTier;

  @Field(() => Region, { nullable: true, description: 'English region.' })
  region!: keyof typeof Region | null;
}
