import { and, asc, eq, sql } from 'drizzle-orm';
import { bodies, memberships } from '../../../../schema/database/index';
import { holdsOn } from '../../../shared/dates';
import { fromRow } from '../../../shared/records';
import { BodyStore } from '../../bodies/index';
import { Membership } from '../../memberships/index';
import { defineKind } from '../export-kind';
import { globalId, lookup } from './cells';

/** The organisation a seat acts for, as `Membership.onBehalfOf` answers: its own, unless it acts for another. */
const actingFor = sql`coalesce(${memberships.onBehalfOfId}, ${memberships.memberOrganisationId})`;

/** Whose seat it is, as `Member` answers: an organisation, a post or a person. */
function memberKind(row: { memberOrganisationId: string | null; memberPostId: string | null }) {
  return row.memberOrganisationId ? 'ORGANISATION' : row.memberPostId ? 'POST' : 'PERSON';
}

export const membershipsKind = defineKind({
  name: 'memberships',
  description: 'Seats on the bodies of the export on the date, as `Body.memberships(asOf)` gives them.',
  select: (db, scope) =>
    db
      .select({
        membership: memberships,
        body: bodies,
        memberName: lookup('organisations', 'name', memberships.memberOrganisationId),
        postTitle: lookup('posts', 'title', memberships.memberPostId),
        onBehalfOfName: lookup('organisations', 'name', actingFor),
      })
      .from(memberships)
      .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
      .where(
        and(new BodyStore(db).conditions({ areaId: scope.areaId, asOf: scope.asOf }), holdsOn(memberships, scope.asOf)),
      )
      .orderBy(asc(bodies.name), asc(bodies.id), asc(memberships.role), asc(memberships.id)),
  prime: (row, stores) => void stores.bodies.byId.prime(row.body.id, row.body),
  columns: [
    { name: 'id', description: 'The seat’s id in the API', value: (row) => globalId('Membership', row.membership.id) },
    { name: 'body_id', description: 'The body', value: (row) => globalId('Body', row.membership.bodyId) },
    { name: 'body_name', description: 'Its name', value: (row) => row.body.name },
    {
      name: 'member_kind',
      description: 'ORGANISATION, POST or PERSON: who holds the seat',
      value: (row) => memberKind(row.membership),
    },
    {
      name: 'member_organisation_id',
      description: 'The organisation holding it',
      value: (row) => globalId('Organisation', row.membership.memberOrganisationId),
    },
    { name: 'member_organisation_name', description: 'Its name', value: (row) => row.memberName },
    {
      name: 'member_post_id',
      description: 'The post holding it',
      value: (row) => globalId('Post', row.membership.memberPostId),
    },
    { name: 'member_post_title', description: 'Its title', value: (row) => row.postTitle },
    {
      name: 'member_person_id',
      description: 'The person holding it (names are not exported)',
      value: (row) => globalId('Person', row.membership.memberPersonId),
    },
    {
      name: 'on_behalf_of_id',
      description: 'The organisation the member acts for (its own, for an organisation seated for itself)',
      value: (row) => globalId('Organisation', row.membership.onBehalfOfId ?? row.membership.memberOrganisationId),
    },
    { name: 'on_behalf_of_name', description: 'Its name', value: (row) => row.onBehalfOfName },
    { name: 'role', description: 'MembershipRole: CHAIR, VICE_CHAIR, MEMBER, …', value: (row) => row.membership.role },
    { name: 'constituency', description: 'Whom the member represents', value: (row) => row.membership.constituency },
    { name: 'voting_right', description: 'Whether the member may vote', value: (row) => row.membership.votingRight },
    {
      name: 'can_commit_resources',
      description:
        'Whether the member may commit its organisation’s resources (confidential: `Membership.canCommitResources`)',
      value: (row) => row.membership.canCommitResources,
      guard: {
        field: 'Membership.canCommitResources',
        parent: (row, asOf) => fromRow(Membership, 'Membership', row.membership, asOf),
      },
    },
    {
      name: 'commit_scope',
      description: 'What it may commit (confidential: `Membership.commitScope`)',
      value: (row) => row.membership.commitScope,
      guard: {
        field: 'Membership.commitScope',
        parent: (row, asOf) => fromRow(Membership, 'Membership', row.membership, asOf),
      },
    },
    { name: 'valid_from', description: 'First day of the seat', value: (row) => row.membership.validFrom },
    {
      name: 'valid_to',
      description: 'First day it no longer holds; empty while it does',
      value: (row) => row.membership.validTo,
    },
    { name: 'synthetic', description: 'true when generated for sample data', value: (row) => row.membership.synthetic },
  ],
});
