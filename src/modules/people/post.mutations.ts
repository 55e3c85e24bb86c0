import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { CreatePostInput, EndPostInput, PostPayload, UpdatePostInput } from './post.input';
import { toPost } from './post.resolver';
import { createPost, endPost, updatePost } from './post.service';

async function payload(context: Context, id: string, clientMutationId: string | null = null): Promise<PostPayload> {
  const row = await context.stores.posts.byId.load(id);
  if (!row) throw new Error(`Post ${id} vanished after it was written`);
  return { post: toPost(row, row.validTo && row.validTo <= today() ? row.validFrom : today()), clientMutationId };
}

@Resolver()
export class PostMutations {
  @Mutation(() => PostPayload, { description: 'Creates a post in an organisation.' })
  async createPost(
    @Ctx() context: Context,
    @Arg('input', () => CreatePostInput, { description: 'The post.' }) input: CreatePostInput,
  ): Promise<PostPayload> {
    return payload(context, await createPost(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => PostPayload, { description: 'Changes a post’s title, seniority or the body it answers to.' })
  async updatePost(
    @Ctx() context: Context,
    @Arg('input', () => UpdatePostInput, { description: 'Which post, and what changes.' }) input: UpdatePostInput,
  ): Promise<PostPayload> {
    return payload(context, await updatePost(context, input));
  }

  @Mutation(() => PostPayload, {
    description: 'Ends a post on a date. Refused while its seats or holders outlive that date.',
  })
  async endPost(
    @Ctx() context: Context,
    @Arg('input', () => EndPostInput, { description: 'Which post, and when it ends.' }) input: EndPostInput,
  ): Promise<PostPayload> {
    return payload(context, await endPost(context, input));
  }
}
