import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { Post, PostHolding } from './post.type';

@InputType({ description: 'A person holding a post for a period. A post has one holder at a time.' })
export class RecordPostHoldingInput {
  @Field(() => ID, {
    description: 'The post; only its employer’s editors (or an administrator) may record its holders.',
  })
  post!: string;

  @Field(() => ID, { description: 'The person who holds it.' })
  person!: string;

  @Field(() => DateScalar, { description: 'First day in post; on or after the day the post began.' })
  validFrom!: Date;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'First day no longer in post. Leave empty while current; on a post that has ended, it ends with the post.',
  })
  validTo?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: retrying with the same one never records the holding twice.',
  })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Ends a holding on a date; it stays in the history.' })
export class EndPostHoldingInput {
  @Field(() => ID, { description: 'The holding, as `PostHolding.id`.' })
  holding!: string;

  @Field(() => DateScalar, { description: 'First day the person no longer holds the post.' })
  endOn!: Date;

  @Field(() => Int, { description: 'The holding’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'The holding as it now stands, and its post.' })
export class PostHoldingPayload {
  @Field(() => PostHolding, { description: 'The holding.' })
  holding!: PostHolding;

  @Field(() => Post, { description: 'The post held.' })
  post!: Post;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
