import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { people, postFunders, postHoldings, posts } from '../../../schema/database/index';
import type { IsoDate } from '../../shared/dates';
import { DatedRecord, Node, RegistryRecord } from '../../shared/record.type';
import { DateScalar } from '../../shared/scalars';
import { PersonCategory, PostKind, RepresentedSector } from './people.enums';

export type PostRow = typeof posts.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type PostHoldingRow = typeof postHoldings.$inferSelect;
export type PostFunderRow = typeof postFunders.$inferSelect;

@ObjectType({
  implements: Node,
  description: 'An office that persists across holders, e.g. Director of Children’s Services of a council.',
})
export class Post extends DatedRecord {
  employerId!: string | null;
  responsibleToBodyId!: string | null;

  @Field(() => String, { description: 'The title of the post.' })
  title!: string;

  @Field(() => Boolean, { description: 'A senior post (chief officer, lead member): its holders’ names are public.' })
  senior!: boolean;

  kind!: keyof typeof PostKind | null;
  sector!: keyof typeof RepresentedSector | null;

  @Field(() => PostKind, {
    nullable: true,
    description:
      'What the post is (lead member, director, lead GP, sector representative…), where known. Named for its type, ' +
      'so it sits beside `Organisation.organisationKind` in a selection over members.',
  })
  get postKind(): keyof typeof PostKind | null {
    return this.kind;
  }

  @Field(() => RepresentedSector, { nullable: true, description: 'For a sector representative, the sector.' })
  get representedSector(): keyof typeof RepresentedSector | null {
    return this.sector;
  }
}

@ObjectType({ implements: Node, description: 'A person who holds posts. Kept minimal on purpose.' })
export class Person extends RegistryRecord {
  @Field(() => String, { nullable: true, description: 'Name; null for young people, who appear by role only.' })
  name!: string | null;

  @Field(() => PersonCategory, { description: 'Adult, young person or parent representative.' })
  category!: keyof typeof PersonCategory;
}

@ObjectType({
  description:
    'A person holding a post for a period. Read through its post or its holder; `node` does not answer for it.',
})
export class PostHolding {
  /** The row key, kept off the schema. */
  uuid!: string;
  postId!: string;
  personId!: string;
  asOf!: IsoDate;

  @Field(() => ID, { description: 'Opaque id of this holding: pass it back to end it, or to `history`.' })
  id!: string;

  @Field(() => ID, {
    description: 'The id of the record itself, whatever date it was read as at (see `Node.recordId`).',
  })
  recordId!: string;

  @Field(() => Int, { description: 'Goes up by one with every change; send it back as `expectedVersion` to end it.' })
  version!: number;

  @Field(() => DateScalar, { description: 'First day in post.' })
  validFrom!: IsoDate;

  @Field(() => DateScalar, { nullable: true, description: 'First day no longer in post; null if current.' })
  validTo!: IsoDate | null;
}

@ObjectType({ description: 'An organisation funding a jointly funded post, and its share.' })
export class PostFunder {
  organisationId!: string;
  asOf!: IsoDate;

  @Field(() => Float, { nullable: true, description: 'Share of the cost in per cent, where known.' })
  sharePercent!: number | null;
}
