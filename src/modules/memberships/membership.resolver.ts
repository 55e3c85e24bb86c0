import { Arg, Args, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionOf, connectionOfRows } from '../../shared/connection';
import { resolveAsOf, type IsoDate } from '../../shared/dates';
import { PageArgs } from '../../shared/pagination';
import { fromRow } from '../../shared/records';
import { DateScalar } from '../../shared/scalars';
import { Body, loadBody } from '../bodies/index';
import { Organisation, loadOrganisation } from '../organisations/index';
import { Person, Post, loadPerson, loadPost } from '../people/index';
import { MembershipRole } from './membership.enums';
import { InterestDeclaration, Member, Membership, toDeclaration, type MembershipRow } from './membership.type';

export const toMembership = (row: MembershipRow, asOf: IsoDate) => fromRow(Membership, 'Membership', row, asOf);

const asOfArg = { nullable: true, description: 'Default: the date the parent was read as at.' } as const;

@ObjectType({ description: 'A page of seats, oldest first.' })
export class MembershipConnection extends ConnectionOf(Membership, 'Membership') {}

/** Seats page in the order they began, then by id: a stable order whatever the roles. */
const bySeatStart = { kind: 'date', sortKeyOf: (row: MembershipRow) => row.validFrom } as const;

const seatsPaged = (rows: MembershipRow[], args: PageArgs, date: IsoDate) =>
  connectionOfRows(rows, args, bySeatStart, (row) => toMembership(row, date));

const listDeprecation = (connection: string) =>
  `Loads every seat at once, and an organisation holds or is represented in up to hundreds: use \`${connection}\`, which pages.`;

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Body, { description: 'The body the seat is on.' })
  body(@Root() membership: Membership, @Ctx() context: Context): Body | Promise<Body> {
    return loadBody(context, membership.bodyId, membership.asOf);
  }

  @FieldResolver(() => Member, { description: 'Who holds the seat: the person, else the post, else the organisation.' })
  member(@Root() membership: Membership, @Ctx() context: Context): typeof Member | Promise<typeof Member> {
    if (membership.memberPersonId) return loadPerson(context, membership.memberPersonId, membership.asOf);
    if (membership.memberPostId) return loadPost(context, membership.memberPostId, membership.asOf);
    return loadOrganisation(context, membership.memberOrganisationId!, membership.asOf);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation holding the seat itself, if any.',
  })
  memberOrganisation(
    @Root() membership: Membership,
    @Ctx() context: Context,
  ): Organisation | null | Promise<Organisation> {
    const id = membership.memberOrganisationId;
    return id ? loadOrganisation(context, id, membership.asOf) : null;
  }

  @FieldResolver(() => Post, { nullable: true, description: 'The post holding the seat, if any.' })
  memberPost(@Root() membership: Membership, @Ctx() context: Context): Post | null | Promise<Post> {
    return membership.memberPostId ? loadPost(context, membership.memberPostId, membership.asOf) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person holding the seat, if any.' })
  memberPerson(@Root() membership: Membership, @Ctx() context: Context): Person | null | Promise<Person> {
    return membership.memberPersonId ? loadPerson(context, membership.memberPersonId, membership.asOf) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation the member acts for; defaults to the member organisation itself.',
  })
  onBehalfOf(@Root() membership: Membership, @Ctx() context: Context): Organisation | null | Promise<Organisation> {
    const id = membership.onBehalfOfId ?? membership.memberOrganisationId;
    return id ? loadOrganisation(context, id, membership.asOf) : null;
  }

  @FieldResolver(() => [InterestDeclaration], {
    nullable: true,
    description: 'Interests the member has declared: for partners, the secretariat and oversight.',
  })
  async interestDeclarations(
    @Root() membership: Membership,
    @Ctx() { stores }: Context,
  ): Promise<InterestDeclaration[]> {
    return (await stores.memberships.declarations.load(membership.uuid)).map(toDeclaration);
  }
}

@Resolver(() => Body)
export class BodyMembershipsResolver {
  @FieldResolver(() => [Membership], {
    description: 'Seats on the body as at the date, chair first.',
  })
  async memberships(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
    @Arg('roles', () => [MembershipRole], { nullable: true, description: 'Only these roles.' })
    roles?: (keyof typeof MembershipRole)[] | null,
  ): Promise<Membership[]> {
    const date = resolveAsOf(asOf, body.asOf);
    const rows = await stores.memberships.ofBody.load({ key: body.uuid, asOf: date });
    return rows.filter((row) => !roles?.length || roles.includes(row.role)).map((row) => toMembership(row, date));
  }

  @FieldResolver(() => MembershipConnection, { description: 'Seats on the body as at the date, a page at a time.' })
  async membershipsConnection(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
    @Arg('roles', () => [MembershipRole], { nullable: true, description: 'Only these roles.' })
    roles?: (keyof typeof MembershipRole)[] | null,
  ): Promise<MembershipConnection> {
    const date = resolveAsOf(asOf, body.asOf);
    const rows = await stores.memberships.ofBody.load({ key: body.uuid, asOf: date });
    return seatsPaged(
      rows.filter((row) => !roles?.length || roles.includes(row.role)),
      page,
      date,
    );
  }

  @FieldResolver(() => Membership, { nullable: true, description: 'The chair’s seat on the date.' })
  async chair(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Membership | null> {
    const date = resolveAsOf(asOf, body.asOf);
    const rows = await stores.memberships.ofBody.load({ key: body.uuid, asOf: date });
    const chair = rows.find((row) => row.role === 'CHAIR');
    return chair ? toMembership(chair, date) : null;
  }
}

@Resolver(() => Organisation)
export class OrganisationMembershipsResolver {
  @FieldResolver(() => [Membership], {
    description: 'Seats the organisation holds or that are held on its behalf, as at the date.',
    deprecationReason: listDeprecation('membershipsConnection'),
  })
  async memberships(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Membership[]> {
    const date = resolveAsOf(asOf, organisation.asOf);
    const rows = await stores.memberships.ofOrganisation.load({ key: organisation.uuid, asOf: date });
    return rows.map((row) => toMembership(row, date));
  }

  @FieldResolver(() => MembershipConnection, {
    description: 'Seats the organisation holds or that are held on its behalf, as at the date, a page at a time.',
  })
  async membershipsConnection(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<MembershipConnection> {
    const date = resolveAsOf(asOf, organisation.asOf);
    return seatsPaged(await stores.memberships.ofOrganisation.load({ key: organisation.uuid, asOf: date }), page, date);
  }
}

@Resolver(() => Post)
export class PostMembershipsResolver {
  @FieldResolver(() => [Membership], {
    description: 'Seats the post holds, as at the date.',
  })
  async memberships(
    @Root() post: Post,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Membership[]> {
    const date = resolveAsOf(asOf, post.asOf);
    return (await stores.memberships.ofPost.load({ key: post.uuid, asOf: date })).map((row) => toMembership(row, date));
  }
}

@Resolver(() => Person)
export class PersonMembershipsResolver {
  @FieldResolver(() => [Membership], {
    description: 'Seats the person holds in their own right, as at the date.',
  })
  async memberships(
    @Root() person: Person,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Membership[]> {
    const date = resolveAsOf(asOf, person.asOf);
    const rows = await stores.memberships.ofPerson.load({ key: person.uuid, asOf: date });
    return rows.map((row) => toMembership(row, date));
  }
}
