import { eq } from 'drizzle-orm';
import { bodies, nominations } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { today, within } from '../../shared/dates';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { lockRow } from '../history/locks';
import { assertVersion, onceFor, updateVersioned, write, type Write } from '../history/write';
import { insertSeat, seatTermsOf } from './membership.service';
import type { DecideNominationInput, ProposeSeatInput } from './nomination.input';
import type { NominationRow } from './nomination.type';

const constraintMeanings = {
  nominations_member_organisation_id_organisations_id_fk: {
    field: 'input.memberOrganisation',
    message: 'There is no such organisation',
  },
  nominations_member_person_id_people_id_fk: { field: 'input.memberPerson', message: 'There is no such person' },
  nominations_on_behalf_of_id_organisations_id_fk: {
    field: 'input.onBehalfOf',
    message: 'There is no such organisation',
  },
};

/** A nomination's area for history is its body's, like the seat it would make. */
async function areaOf(change: Write, bodyId: string): Promise<string | null> {
  const [body] = await change.tx.select({ areaId: bodies.areaId }).from(bodies).where(eq(bodies.id, bodyId));
  return body?.areaId ?? null;
}

/** Records a seat proposed to a body; nothing changes on the body until its secretariat confirms (003 ¶68). */
export async function proposeSeat(context: Context, input: ProposeSeatInput): Promise<string> {
  const values = {
    ...seatTermsOf(input),
    proposedOn: today(),
    proposedByOrganisationId: context.viewer.organisationId,
    proposedBy: context.viewer.subject,
  };
  if (Boolean(values.memberOrganisationId) === Boolean(values.memberPersonId)) {
    throw badUserInput('input.memberOrganisation', 'Name the member proposed: an organisation or a person');
  }
  return write(context, 'proposeSeat', async (change) =>
    onceFor(change, context, input.clientMutationId, 'proposeSeat', async () => {
      const body = await lockRow(change.tx, bodies, values.bodyId, 'share');
      if (!body) throw notFound('input.body', 'There is no such body');
      if (!within(values, body)) {
        throw badUserInput('input.validFrom', 'The term must lie within the body’s own existence');
      }
      const [row] = await change.tx
        .insert(nominations)
        .values(values)
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({ recordType: 'Nomination', recordId: row!.id, areaId: body.areaId, before: null, after: row! });
      return row!.id;
    }),
  );
}

type Outcome = 'CONFIRMED' | 'DECLINED' | 'WITHDRAWN';

/**
 * Settles a proposal. The nomination is locked first, so of two deciders who read the same version one wins and the
 * other hears CONFLICT; confirming makes the seat in the same transaction, so a seat exists exactly when its
 * nomination is CONFIRMED.
 */
async function decide(context: Context, input: DecideNominationInput, outcome: Outcome, operation: string) {
  const id = rowIdOf(input.nomination, 'Nomination', 'input.nomination');
  return write(context, operation, async (change) => {
    const before = await lockRow(change.tx, nominations, id, 'update');
    if (!before) throw notFound('input.nomination', 'There is no such nomination');
    assertVersion(before, input.expectedVersion);
    if (before.status !== 'PROPOSED') {
      throw badUserInput(
        'input.nomination',
        `The nomination was already ${before.status.toLowerCase()} on ${before.decidedOn}`,
      );
    }
    const membershipId = outcome === 'CONFIRMED' ? await insertSeat(change, seatOf(before)) : null;
    const after = await updateVersioned(change.tx, nominations, id, input.expectedVersion, {
      status: outcome,
      decidedOn: today(),
      decidedBy: context.viewer.subject,
      decidedByOrganisationId: context.viewer.organisationId,
      membershipId,
    });
    change.record({
      recordType: 'Nomination',
      recordId: id,
      areaId: await areaOf(change, before.bodyId),
      before,
      after,
    });
    return id;
  });
}

const seatOf = (nomination: NominationRow) => ({
  bodyId: nomination.bodyId,
  memberOrganisationId: nomination.memberOrganisationId,
  memberPersonId: nomination.memberPersonId,
  onBehalfOfId: nomination.onBehalfOfId,
  role: nomination.role,
  constituency: nomination.constituency,
  represents: nomination.represents,
  votingRight: nomination.votingRight,
  canCommitResources: nomination.canCommitResources,
  commitScope: nomination.commitScope,
  validFrom: nomination.validFrom,
  validTo: nomination.validTo,
});

export const confirmNomination = (context: Context, input: DecideNominationInput) =>
  decide(context, input, 'CONFIRMED', 'confirmNomination');
export const declineNomination = (context: Context, input: DecideNominationInput) =>
  decide(context, input, 'DECLINED', 'declineNomination');
export const withdrawNomination = (context: Context, input: DecideNominationInput) =>
  decide(context, input, 'WITHDRAWN', 'withdrawNomination');
