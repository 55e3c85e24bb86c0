import { eq } from 'drizzle-orm';
import { bodies, memberships } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate, periodFromInput, within } from '../../shared/dates';
import { assertEndDate } from '../../shared/ending';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { lockRow } from '../history/locks';
import { assertVersion, onceFor, updateVersioned, write, type Write } from '../history/write';
import type { AppointMemberInput, EndMembershipInput, UpdateMembershipInput } from './membership.input';

/** What the database's constraints mean to someone appointing a member. */
const constraintMeanings = {
  memberships_one_chair_at_a_time: {
    field: 'input.role',
    message: 'The body already has a chair for part of that period',
  },
  memberships_post_seat_no_overlap: {
    field: 'input.memberPost',
    message: 'That post already holds a seat on this body for part of that period',
  },
  memberships_organisation_seat_no_overlap: {
    field: 'input.memberOrganisation',
    message: 'That organisation already holds a seat on this body for part of that period',
  },
  memberships_person_seat_no_overlap: {
    field: 'input.memberPerson',
    message: 'That person already holds a seat on this body for part of that period',
  },
  memberships_member_organisation_id_organisations_id_fk: {
    field: 'input.memberOrganisation',
    message: 'There is no such organisation',
  },
  memberships_member_post_id_posts_id_fk: { field: 'input.memberPost', message: 'There is no such post' },
  memberships_member_person_id_people_id_fk: { field: 'input.memberPerson', message: 'There is no such person' },
  memberships_on_behalf_of_id_organisations_id_fk: {
    field: 'input.onBehalfOf',
    message: 'There is no such organisation',
  },
};

const optionalId = (id: string | null | undefined, type: 'Organisation' | 'Post' | 'Person', field: string) =>
  id ? rowIdOf(id, type, field) : null;

/** The terms of a seat as an appointment or a proposal gives them: whose, on what body, for whom, for how long. */
export function seatTermsOf(
  input: Pick<
    AppointMemberInput,
    'body' | 'memberOrganisation' | 'memberPerson' | 'onBehalfOf' | 'role' | 'constituency' | 'votingRight'
  > &
    Partial<Pick<AppointMemberInput, 'represents'>> &
    Pick<AppointMemberInput, 'canCommitResources' | 'commitScope' | 'validFrom' | 'validTo'>,
) {
  return {
    bodyId: rowIdOf(input.body, 'Body', 'input.body'),
    memberOrganisationId: optionalId(input.memberOrganisation, 'Organisation', 'input.memberOrganisation'),
    memberPersonId: optionalId(input.memberPerson, 'Person', 'input.memberPerson'),
    onBehalfOfId: optionalId(input.onBehalfOf, 'Organisation', 'input.onBehalfOf'),
    role: input.role,
    constituency: input.constituency,
    represents: 'represents' in input ? (input.represents ?? null) : null,
    votingRight: input.votingRight,
    canCommitResources: input.canCommitResources ?? null,
    commitScope: input.commitScope ?? null,
    ...periodFromInput(input.validFrom, input.validTo),
  };
}

export async function appointMember(context: Context, input: AppointMemberInput): Promise<string> {
  const values = {
    ...seatTermsOf(input),
    memberPostId: optionalId(input.memberPost, 'Post', 'input.memberPost'),
  };
  if (!values.memberOrganisationId && !values.memberPostId && !values.memberPersonId) {
    throw badUserInput('input.memberOrganisation', 'Name the member: an organisation, a post or a person');
  }
  return write(context, 'appointMember', async (change) =>
    onceFor(change, context, input.clientMutationId, 'appointMember', () => insertSeat(change, values)),
  );
}

type SeatValues = typeof memberships.$inferInsert & { validFrom: string; validTo: string | null };

/** Makes a seat inside a write: by appointment, or by confirming a nomination. Returns the seat's id. */
export async function insertSeat(change: Write, values: SeatValues): Promise<string> {
  // Held until commit, so a body being ended meanwhile either sees this seat or is seen ended here.
  const body = await lockRow(change.tx, bodies, values.bodyId, 'share');
  if (!body) throw notFound('input.body', 'There is no such body');
  if (!within(values, body)) {
    throw badUserInput(
      'input.validFrom',
      `The term must lie within the body’s own existence (from ${body.validFrom}${body.validTo ? ` to ${body.validTo}` : ''})`,
    );
  }
  // A second seat of an organisation in its own right, or a second chair, is refused by the database's
  // exclusion constraints, which hold however many appointments arrive at once.
  const [row] = await change.tx
    .insert(memberships)
    .values(values)
    .returning()
    .catch((error) => explainConstraint(error, constraintMeanings));
  change.record({ recordType: 'Membership', recordId: row!.id, areaId: body.areaId, before: null, after: row! });
  return row!.id;
}

export async function endMembership(context: Context, input: EndMembershipInput): Promise<string> {
  const id = rowIdOf(input.membership, 'Membership', 'input.membership');
  const endOn = isoDate(input.endOn);
  return write(context, 'endMembership', async (change) => {
    const [before] = await change.tx.select().from(memberships).where(eq(memberships.id, id));
    if (!before) throw notFound('input.membership', 'There is no such membership');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'seat');
    const after = await updateVersioned(change.tx, memberships, id, input.expectedVersion, { validTo: endOn });
    const [body] = await change.tx.select({ areaId: bodies.areaId }).from(bodies).where(eq(bodies.id, before.bodyId));
    change.record({ recordType: 'Membership', recordId: id, areaId: body?.areaId ?? null, before, after });
    return id;
  });
}

/** A seat's terms as the body's secretariat changes them: its role, voting right or mandate (003 ¶68). */
export async function updateMembership(context: Context, input: UpdateMembershipInput): Promise<string> {
  const id = rowIdOf(input.membership, 'Membership', 'input.membership');
  const values: Partial<typeof memberships.$inferInsert> = {};
  if (input.role != null) values.role = input.role;
  if (input.votingRight != null) values.votingRight = input.votingRight;
  if (input.canCommitResources !== undefined) values.canCommitResources = input.canCommitResources;
  if (input.commitScope !== undefined) values.commitScope = input.commitScope;
  if (Object.keys(values).length === 0)
    throw badUserInput('input.role', 'Give a role, voting right or mandate to change');
  return write(context, 'updateMembership', async (change) => {
    const [before] = await change.tx.select().from(memberships).where(eq(memberships.id, id));
    if (!before) throw notFound('input.membership', 'There is no such membership');
    assertVersion(before, input.expectedVersion);
    const after = await updateVersioned(change.tx, memberships, id, input.expectedVersion, values).catch((error) =>
      explainConstraint(error, constraintMeanings),
    );
    const [body] = await change.tx.select({ areaId: bodies.areaId }).from(bodies).where(eq(bodies.id, before.bodyId));
    change.record({ recordType: 'Membership', recordId: id, areaId: body?.areaId ?? null, before, after });
    return id;
  });
}
