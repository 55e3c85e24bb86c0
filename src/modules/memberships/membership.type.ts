import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import type { interestDeclarations, memberships } from '../../../schema/database/index';
import type { IsoDate } from '../../shared/dates';
import { toGlobalId } from '../../shared/global-id';
import { DatedRecord, Node } from '../../shared/record.type';
import { DateScalar } from '../../shared/scalars';
import { Organisation } from '../organisations/index';
import { Person, Post } from '../people/index';
import { RepresentedSector } from '../people/index';
import { Constituency, MembershipRole } from './membership.enums';

export type MembershipRow = typeof memberships.$inferSelect;
export type InterestDeclarationRow = typeof interestDeclarations.$inferSelect;

export const Member = createUnionType({
  name: 'Member',
  description: 'Who holds a seat: an organisation, a post, or a person.',
  types: () => [Organisation, Post, Person] as const,
});

@ObjectType({
  implements: Node,
  description: 'A seat on a body for a period, held by an organisation, post or person on behalf of an organisation.',
})
export class Membership extends DatedRecord {
  bodyId!: string;
  memberOrganisationId!: string | null;
  memberPostId!: string | null;
  memberPersonId!: string | null;
  onBehalfOfId!: string | null;

  @Field(() => MembershipRole, { description: 'Chair, vice-chair, member, co-optee, associate or attendee.' })
  role!: keyof typeof MembershipRole;

  @Field(() => Constituency, { description: 'Whom the member represents.' })
  constituency!: keyof typeof Constituency;

  @Field(() => RepresentedSector, {
    nullable: true,
    description: 'The sector a sector seat, or the districts an all-districts seat, speaks for, where recorded.',
  })
  represents!: keyof typeof RepresentedSector | null;

  @Field(() => Boolean, { description: 'Whether the member may vote.' })
  votingRight!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the member may commit its organisation’s resources; null when unknown (003 Summary).',
  })
  canCommitResources!: boolean | null;

  @Field(() => String, { nullable: true, description: 'What the member may commit, in words.' })
  commitScope!: string | null;
}

/**
 * Part of a membership, not a Node: it is read only through its seat (`Membership.interestDeclarations`), whose rule
 * decides who sees it, so every field here, `id` and `version` included, is covered by that one guard.
 */
@ObjectType({ description: 'An interest a member has declared (003 Table 5, F3).' })
export class InterestDeclaration {
  /** The row key, kept off the schema. */
  uuid!: string;
  membershipId!: string;

  @Field(() => ID, { description: 'Opaque id of the declaration; it names the declaration in `history`.' })
  id!: string;

  @Field(() => Int, { description: 'Goes up by one with every change to the declaration.' })
  version!: number;

  @Field(() => String, { description: 'The interest declared.' })
  interest!: string;

  @Field(() => DateScalar, { description: 'When it was declared.' })
  declaredOn!: IsoDate;
}

/** A declaration row as its GraphQL object: the part's own global id in place of the row key. */
export const toDeclaration = (row: InterestDeclarationRow): InterestDeclaration =>
  Object.assign(new InterestDeclaration(), row, { id: toGlobalId('InterestDeclaration', row.id), uuid: row.id });
