import { eq } from 'drizzle-orm';
import { bodies, interestDeclarations, memberships } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { heldOn, isoDate } from '../../shared/dates';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { onceFor, write } from '../history/write';
import type { DeclareInterestInput } from './interest.input';

const constraintMeanings = {
  interest_declarations_membership_id_memberships_id_fk: {
    field: 'input.membership',
    message: 'There is no such membership',
  },
};

/**
 * Records a member's declaration of interest (003 Table 5, F3). It is part of the seat, so it can only be declared
 * on a day the member held the seat; its history is its own, in the area of the body the seat is on.
 */
export async function declareInterest(context: Context, input: DeclareInterestInput): Promise<string> {
  const membershipId = rowIdOf(input.membership, 'Membership', 'input.membership');
  const interest = input.interest.trim();
  if (!interest) throw badUserInput('input.interest', 'Say what interest is declared');
  const declaredOn = isoDate(input.declaredOn);
  return write(context, 'declareInterest', async (change) =>
    onceFor(change, context, input.clientMutationId, 'declareInterest', async () => {
      const [seat] = await change.tx.select().from(memberships).where(eq(memberships.id, membershipId));
      if (!seat) throw notFound('input.membership', 'There is no such membership');
      if (!heldOn(seat, declaredOn)) {
        const term = seat.validTo ? `from ${seat.validFrom} until ${seat.validTo}` : `from ${seat.validFrom}`;
        throw badUserInput(
          'input.declaredOn',
          `An interest is declared while the member holds the seat (${term}); got ${declaredOn}`,
        );
      }
      const [row] = await change.tx
        .insert(interestDeclarations)
        .values({ membershipId, interest, declaredOn })
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      const [body] = await change.tx.select({ areaId: bodies.areaId }).from(bodies).where(eq(bodies.id, seat.bodyId));
      change.record({
        recordType: 'InterestDeclaration',
        recordId: row!.id,
        areaId: body?.areaId ?? null,
        before: null,
        after: row!,
      });
      return row!.id;
    }),
  );
}
