import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today, type Period } from '../../shared/dates';
import { CreatePersonInput, PersonPayload, UpdatePersonInput } from './person.input';
import { createPerson, updatePerson } from './person.service';
import { setPostFunders } from './post-funder.service';
import { EndPostHoldingInput, PostHoldingPayload, RecordPostHoldingInput } from './post-holding.input';
import { endPostHolding, recordPostHolding } from './post-holding.service';
import { CreatePostInput, EndPostInput, PostPayload, SetPostFundersInput, UpdatePostInput } from './post.input';
import { toHolding, toPerson, toPost } from './post.resolver';
import { createPost, endPost, updatePost } from './post.service';

/** A record that has ended is shown as at its start, so that its dated relations still answer; otherwise today. */
const shownAsOf = (row: Period) => (row.validTo && row.validTo <= today() ? row.validFrom : today());

async function payload(context: Context, id: string, clientMutationId: string | null = null): Promise<PostPayload> {
  const row = await context.stores.posts.byId.load(id);
  if (!row) throw new Error(`Post ${id} vanished after it was written`);
  return { post: toPost(row, shownAsOf(row)), clientMutationId };
}

async function personPayload(context: Context, id: string, clientMutationId: string | null = null) {
  const row = await context.stores.posts.peopleById.load(id);
  if (!row) throw new Error(`Person ${id} vanished after it was written`);
  return { person: toPerson(row, today()), clientMutationId };
}

async function holdingPayload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<PostHoldingPayload> {
  const row = await context.stores.posts.holdingsById.load(id);
  if (!row) throw new Error(`Post holding ${id} vanished after it was written`);
  const post = await context.stores.posts.byId.load(row.postId);
  if (!post) throw new Error(`Post ${row.postId} of holding ${id} is missing`);
  const asOf = shownAsOf(row);
  return { holding: toHolding(row, asOf), post: toPost(post, asOf), clientMutationId };
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

  @Mutation(() => PostPayload, {
    description:
      'Replaces the organisations funding a jointly funded post and their shares ("50-50", 004 Box 3.1). The post’s version goes up by one.',
  })
  async setPostFunders(
    @Ctx() context: Context,
    @Arg('input', () => SetPostFundersInput, { description: 'Which post, and all its funders from now on.' })
    input: SetPostFundersInput,
  ): Promise<PostPayload> {
    return payload(context, await setPostFunders(context, input));
  }

  @Mutation(() => PostHoldingPayload, {
    description: 'Records who holds a post for a period. Refused when it would give the post two holders at once.',
  })
  async recordPostHolding(
    @Ctx() context: Context,
    @Arg('input', () => RecordPostHoldingInput, { description: 'The post, its holder and the period.' })
    input: RecordPostHoldingInput,
  ): Promise<PostHoldingPayload> {
    return holdingPayload(context, await recordPostHolding(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => PostHoldingPayload, { description: 'Ends a holding on a date. It stays answerable with asOf.' })
  async endPostHolding(
    @Ctx() context: Context,
    @Arg('input', () => EndPostHoldingInput, { description: 'Which holding, and when it ends.' })
    input: EndPostHoldingInput,
  ): Promise<PostHoldingPayload> {
    return holdingPayload(context, await endPostHolding(context, input));
  }

  @Mutation(() => PersonPayload, {
    description:
      'Records a person: an adult by name, a young person or parent representative by role. Who may read the name is decided on read, as for everyone.',
  })
  async createPerson(
    @Ctx() context: Context,
    @Arg('input', () => CreatePersonInput, { description: 'The person.' }) input: CreatePersonInput,
  ): Promise<PersonPayload> {
    return personPayload(context, await createPerson(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => PersonPayload, { description: 'Corrects a person’s name or category.' })
  async updatePerson(
    @Ctx() context: Context,
    @Arg('input', () => UpdatePersonInput, { description: 'Which person, and what changes.' }) input: UpdatePersonInput,
  ): Promise<PersonPayload> {
    return personPayload(context, await updatePerson(context, input));
  }
}
