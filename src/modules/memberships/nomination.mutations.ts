import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { toMembership } from './membership.resolver';
import { DecideNominationInput, NominationPayload, ProposeSeatInput } from './nomination.input';
import { confirmNomination, declineNomination, proposeSeat, withdrawNomination } from './nomination.service';
import { toNomination } from './nomination.type';
import { seatWarnings } from './seat-warnings';

async function payload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
  judged = false,
): Promise<NominationPayload> {
  const row = await context.stores.memberships.nominationsById.load(id);
  if (!row) throw new Error(`Nomination ${id} vanished after it was written`);
  const seat = row.membershipId ? await context.stores.memberships.byId.load(row.membershipId) : undefined;
  return {
    nomination: toNomination(row),
    membership: seat ? toMembership(seat, seat.validFrom) : null,
    clientMutationId,
    warnings: seat && judged ? await seatWarnings(context, seat, 'appointed') : [],
  };
}

const decision = { description: 'The nomination, at the version read.' } as const;

@Resolver()
export class NominationMutations {
  @Mutation(() => NominationPayload, {
    description:
      'Proposes a seat on a body, for its secretariat to confirm or decline: the organisation proposed may propose itself, and a partner of the body may propose anyone (003 ¶68).',
  })
  async proposeSeat(
    @Ctx() context: Context,
    @Arg('input', () => ProposeSeatInput, { description: 'The seat proposed.' }) input: ProposeSeatInput,
  ): Promise<NominationPayload> {
    return payload(context, await proposeSeat(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => NominationPayload, {
    description: 'Confirms a proposed seat, which makes the seat on the terms proposed: the body’s secretariat only.',
  })
  async confirmNomination(
    @Ctx() context: Context,
    @Arg('input', () => DecideNominationInput, decision) input: DecideNominationInput,
  ): Promise<NominationPayload> {
    return payload(context, await confirmNomination(context, input), null, true);
  }

  @Mutation(() => NominationPayload, { description: 'Declines a proposed seat: the body’s secretariat only.' })
  async declineNomination(
    @Ctx() context: Context,
    @Arg('input', () => DecideNominationInput, decision) input: DecideNominationInput,
  ): Promise<NominationPayload> {
    return payload(context, await declineNomination(context, input));
  }

  @Mutation(() => NominationPayload, {
    description: 'Withdraws a proposed seat while it is undecided: the organisation that proposed it.',
  })
  async withdrawNomination(
    @Ctx() context: Context,
    @Arg('input', () => DecideNominationInput, decision) input: DecideNominationInput,
  ): Promise<NominationPayload> {
    return payload(context, await withdrawNomination(context, input));
  }
}
