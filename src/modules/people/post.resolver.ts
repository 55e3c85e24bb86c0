import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { heldOn, resolveAsOf, type IsoDate } from '../../shared/dates';
import { toGlobalId } from '../../shared/global-id';
import { fromRow } from '../../shared/records';
import { DateScalar } from '../../shared/scalars';
import { Body, loadBody } from '../bodies/index';
import { Organisation, loadOrganisation } from '../organisations/index';
import { Person, Post, PostFunder, PostHolding, type PersonRow, type PostHoldingRow, type PostRow } from './post.type';

export const toPost = (row: PostRow, asOf: IsoDate) => fromRow(Post, 'Post', row, asOf);
export const toPerson = (row: PersonRow, asOf: IsoDate) => fromRow(Person, 'Person', row, asOf);
export const toHolding = (row: PostHoldingRow, asOf: IsoDate) =>
  Object.assign(new PostHolding(), row, {
    id: toGlobalId('PostHolding', row.id, asOf),
    recordId: toGlobalId('PostHolding', row.id),
    uuid: row.id,
    asOf,
  });

const asOfArg = { nullable: true, description: 'Default: the date the parent was read as at.' } as const;

@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that employs the post holder.' })
  async employer(@Root() post: Post, @Ctx() context: Context): Promise<Organisation | null> {
    return post.employerId ? loadOrganisation(context, post.employerId, post.asOf) : null;
  }

  @FieldResolver(() => Body, {
    nullable: true,
    description: 'The body the post answers to, when not its employer (003 Fig 6).',
  })
  async responsibleTo(@Root() post: Post, @Ctx() context: Context): Promise<Body | null> {
    return post.responsibleToBodyId ? loadBody(context, post.responsibleToBodyId, post.asOf) : null;
  }

  @FieldResolver(() => [PostHolding], { description: 'Everyone who has held the post, earliest first.' })
  async holdings(@Root() post: Post, @Ctx() { stores }: Context): Promise<PostHolding[]> {
    return (await stores.posts.holdingsOfPost.load(post.uuid)).map((row) => toHolding(row, post.asOf));
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who held the post on the date.' })
  async holder(
    @Root() post: Post,
    @Ctx() context: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Person | null> {
    const date = resolveAsOf(asOf, post.asOf);
    const holding = (await context.stores.posts.holdingsOfPost.load(post.uuid)).find((row) => heldOn(row, date));
    return holding ? loadPerson(context, holding.personId, date) : null;
  }

  @FieldResolver(() => [PostFunder], { description: 'Funders of a jointly funded post, with their shares.' })
  async funders(@Root() post: Post, @Ctx() { stores }: Context): Promise<PostFunder[]> {
    const rows = await stores.posts.funders.load(post.uuid);
    return rows.map((row) =>
      Object.assign(new PostFunder(), {
        organisationId: row.organisationId,
        sharePercent: row.sharePercent === null ? null : Number(row.sharePercent),
        asOf: post.asOf,
      }),
    );
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [PostHolding], { description: 'Posts the person has held, earliest first.' })
  async holdings(@Root() person: Person, @Ctx() { stores }: Context): Promise<PostHolding[]> {
    return (await stores.posts.holdingsOfPerson.load(person.uuid)).map((row) => toHolding(row, person.asOf));
  }
}

@Resolver(() => PostHolding)
export class PostHoldingResolver {
  @FieldResolver(() => Post, { description: 'The post.' })
  post(@Root() holding: PostHolding, @Ctx() context: Context): Post | Promise<Post> {
    return loadPost(context, holding.postId, holding.asOf);
  }

  @FieldResolver(() => Person, { description: 'The holder.' })
  person(@Root() holding: PostHolding, @Ctx() context: Context): Person | Promise<Person> {
    return loadPerson(context, holding.personId, holding.asOf);
  }
}

@Resolver(() => PostFunder)
export class PostFunderResolver {
  @FieldResolver(() => Organisation, { description: 'The funding organisation.' })
  organisation(@Root() funder: PostFunder, @Ctx() context: Context): Organisation | Promise<Organisation> {
    return loadOrganisation(context, funder.organisationId, funder.asOf);
  }
}

@Resolver(() => Organisation)
export class OrganisationPostsResolver {
  @FieldResolver(() => [Post], { description: 'Posts the organisation employs, as at the date.' })
  async posts(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Post[]> {
    const date = resolveAsOf(asOf, organisation.asOf);
    return (await stores.posts.ofEmployer.load({ key: organisation.uuid, asOf: date })).map((row) => toPost(row, date));
  }
}

@Resolver(() => Body)
export class BodyPostsResolver {
  @FieldResolver(() => [Post], { description: 'Posts responsible to this body (e.g. a commissioner), as at the date.' })
  async posts(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Post[]> {
    const date = resolveAsOf(asOf, body.asOf);
    return (await stores.posts.responsibleTo.load({ key: body.uuid, asOf: date })).map((row) => toPost(row, date));
  }
}

export function loadPost({ stores }: Context, rowId: string, asOf: IsoDate): Post | Promise<Post> {
  const known = stores.posts.byId.peek(rowId);
  if (known) return stores.posts.byId.show(known, asOf, toPost);
  return stores.posts.byId.load(rowId).then((row) => {
    if (!row) throw new Error(`Post ${rowId} is referenced but missing`);
    return stores.posts.byId.show(row, asOf, toPost);
  });
}

export function loadPerson({ stores }: Context, rowId: string, asOf: IsoDate): Person | Promise<Person> {
  const known = stores.posts.peopleById.peek(rowId);
  if (known) return toPerson(known, asOf);
  return stores.posts.peopleById.load(rowId).then((row) => {
    if (!row) throw new Error(`Person ${rowId} is referenced but missing`);
    return toPerson(row, asOf);
  });
}
