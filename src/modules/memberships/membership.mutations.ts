import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { DeclareInterestInput, InterestDeclarationPayload } from './interest.input';
import { declareInterest } from './interest.service';
import { AppointMemberInput, EndMembershipInput, MembershipPayload, UpdateMembershipInput } from './membership.input';
import { toMembership } from './membership.resolver';
import { appointMember, endMembership, updateMembership } from './membership.service';
import { toDeclaration, type Membership } from './membership.type';
import { seatRules, seatWarnings } from './seat-warnings';

/** A seat as the payload shows it: as at today, or as at its start once it has ended, so it still reads as it was. */
async function loadSeat(context: Context, id: string): Promise<Membership> {
  const row = await context.stores.memberships.byId.load(id);
  if (!row) throw new Error(`Membership ${id} vanished after it was written`);
  return toMembership(row, row.validTo && row.validTo <= today() ? row.validFrom : today());
}

async function payload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
  change?: keyof typeof seatRules,
): Promise<MembershipPayload> {
  const row = await context.stores.memberships.byId.load(id);
  const warnings = row && change ? await seatWarnings(context, row, change) : [];
  return { membership: await loadSeat(context, id), clientMutationId, warnings };
}

@Resolver()
export class MembershipMutations {
  @Mutation(() => MembershipPayload, {
    description:
      'Appoints a member to a body for a term: the body’s secretariat or an administrator only, since seats are given by the body (003 ¶68); a partner proposes a seat with proposeSeat instead. Refused when it would give the body two chairs at once or a seat two overlapping terms.',
  })
  async appointMember(
    @Ctx() context: Context,
    @Arg('input', () => AppointMemberInput, { description: 'The seat.' }) input: AppointMemberInput,
  ): Promise<MembershipPayload> {
    return payload(context, await appointMember(context, input), input.clientMutationId ?? null, 'appointed');
  }

  @Mutation(() => MembershipPayload, {
    description:
      'Changes a seat’s role, voting right or mandate. Only the body’s secretariat (or an administrator) may: seats are given by the body (003 ¶68).',
  })
  async updateMembership(
    @Ctx() context: Context,
    @Arg('input', () => UpdateMembershipInput, { description: 'The seat and its new terms.' })
    input: UpdateMembershipInput,
  ): Promise<MembershipPayload> {
    return payload(context, await updateMembership(context, input), null, 'changed');
  }

  @Mutation(() => MembershipPayload, {
    description:
      'Ends a seat on a date; the seat stays answerable with asOf. The member’s own organisation may end it today or later (resign); an earlier end is the body’s secretariat’s to record.',
  })
  async endMembership(
    @Ctx() context: Context,
    @Arg('input', () => EndMembershipInput, { description: 'Which seat, and when it ends.' }) input: EndMembershipInput,
  ): Promise<MembershipPayload> {
    return payload(context, await endMembership(context, input), null, 'ended');
  }

  @Mutation(() => InterestDeclarationPayload, {
    description:
      'Records a member’s declaration of interest (003 Table 5, F3), on a day the member held the seat. Declarations are seen by the body’s partners, its secretariat and oversight.',
  })
  async declareInterest(
    @Ctx() context: Context,
    @Arg('input', () => DeclareInterestInput, { description: 'The seat, the interest and when it was declared.' })
    input: DeclareInterestInput,
  ): Promise<InterestDeclarationPayload> {
    const id = await declareInterest(context, input);
    const row = await context.stores.memberships.declarationsById.load(id);
    if (!row) throw new Error(`Interest declaration ${id} vanished after it was written`);
    return {
      declaration: toDeclaration(row),
      membership: await loadSeat(context, row.membershipId),
      clientMutationId: input.clientMutationId ?? null,
    };
  }
}
