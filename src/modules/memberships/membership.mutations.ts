import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { AppointMemberInput, EndMembershipInput, MembershipPayload } from './membership.input';
import { toMembership } from './membership.resolver';
import { appointMember, endMembership } from './membership.service';

async function payload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<MembershipPayload> {
  const row = await context.stores.memberships.byId.load(id);
  if (!row) throw new Error(`Membership ${id} vanished after it was written`);
  return {
    membership: toMembership(row, row.validTo && row.validTo <= today() ? row.validFrom : today()),
    clientMutationId,
  };
}

@Resolver()
export class MembershipMutations {
  @Mutation(() => MembershipPayload, {
    description:
      'Appoints a member to a body for a term. Refused when it would give the body two chairs at once or a seat two overlapping terms.',
  })
  async appointMember(
    @Ctx() context: Context,
    @Arg('input', () => AppointMemberInput, { description: 'The seat.' }) input: AppointMemberInput,
  ): Promise<MembershipPayload> {
    return payload(context, await appointMember(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => MembershipPayload, { description: 'Ends a seat on a date. The seat stays answerable with asOf.' })
  async endMembership(
    @Ctx() context: Context,
    @Arg('input', () => EndMembershipInput, { description: 'Which seat, and when it ends.' }) input: EndMembershipInput,
  ): Promise<MembershipPayload> {
    return payload(context, await endMembership(context, input));
  }
}
