import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { PostKind, RepresentedSector } from './people.enums';
import { Post } from './post.type';

@InputType({ description: 'A post to create in an organisation.' })
export class CreatePostInput {
  @Field(() => ID, { description: 'The organisation employing the post; only its editors (or an administrator).' })
  employer!: string;

  @Field(() => String, { description: 'The title of the post.' })
  @Bounds({ text: 'name' })
  title!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'A senior post, whose holders’ names are public. Only an administrator may mark a post senior.',
  })
  senior!: boolean;

  @Field(() => ID, { nullable: true, description: 'The body the post answers to, if not only its employer.' })
  responsibleToBody?: string | null;

  @Field(() => PostKind, { nullable: true, description: 'What the post is, where known.' })
  kind?: keyof typeof PostKind | null;

  @Field(() => RepresentedSector, {
    nullable: true,
    description: 'For a sector representative (kind SECTOR_REPRESENTATIVE), the sector it speaks for.',
  })
  sector?: keyof typeof RepresentedSector | null;

  @Field(() => DateScalar, { description: 'First day the post exists.' })
  validFrom!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: retrying with the same one never creates twice.',
  })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Changes to a post; leave out what stays. The employer never changes.' })
export class UpdatePostInput {
  @Field(() => ID, { description: 'The post.' })
  post!: string;

  @Field(() => Int, { description: 'The post’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'A new title.' })
  @Bounds({ text: 'name' })
  title?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is senior (administrators only).' })
  senior?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The body the post now answers to.' })
  responsibleToBody?: string | null;

  @Field(() => PostKind, { nullable: true, description: 'What the post is.' })
  kind?: keyof typeof PostKind | null;

  @Field(() => RepresentedSector, {
    nullable: true,
    description: 'For a sector representative, the sector it speaks for.',
  })
  sector?: keyof typeof RepresentedSector | null;
}

@InputType({ description: 'Ends a post on a date; it stays in the history.' })
export class EndPostInput {
  @Field(() => ID, { description: 'The post.' })
  post!: string;

  @Field(() => DateScalar, { description: 'First day it no longer exists.' })
  endOn!: Date;

  @Field(() => Int, { description: 'The post’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'The post as it now stands.' })
export class PostPayload {
  @Field(() => Post, { description: 'The post.' })
  post!: Post;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}

@InputType({ description: 'An organisation funding a jointly funded post, and its share.' })
export class PostFunderInput {
  @Field(() => ID, { description: 'The funding organisation; each may appear once.' })
  organisation!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Its share of the cost in per cent (above 0, at most 100, to two decimal places), where known.',
  })
  @Bounds({ range: 'percent' })
  sharePercent?: number | null;
}

@InputType({
  description: 'Replaces the organisations funding a jointly funded post ("50-50", 004 Box 3.1).',
})
export class SetPostFundersInput {
  @Field(() => ID, { description: 'The post; only its employer’s editors (or an administrator).' })
  post!: string;

  @Field(() => Int, { description: 'The post’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => [PostFunderInput], {
    description: 'Every funder from now on; the shares add up to at most 100. An empty list clears the funders.',
  })
  funders!: PostFunderInput[];
}
