import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { DutyStatusPayload, EndDutyStatusInput, RecordDutyStatusInput } from './duty-status.input';
import { endDutyStatus, recordDutyStatus } from './duty-status.service';
import { toDutyStatus } from './organisation.resolver';

async function payload(context: Context, id: string, clientMutationId: string | null = null) {
  const row = await context.stores.organisations.dutyStatusById.load(id);
  if (!row) throw new Error(`Duty status ${id} vanished after it was written`);
  return { dutyStatus: toDutyStatus(row), clientMutationId };
}

@Resolver()
export class DutyStatusMutations {
  @Mutation(() => DutyStatusPayload, {
    description:
      'Records a duty-to-co-operate status of an organisation kind or of one organisation from a date, with its ' +
      'sources (administrators only). Refused where another status of the same subject and regime overlaps.',
  })
  async recordDutyStatus(
    @Ctx() context: Context,
    @Arg('input', () => RecordDutyStatusInput, { description: 'Whose status, which, from when, on what source.' })
    input: RecordDutyStatusInput,
  ): Promise<DutyStatusPayload> {
    return payload(context, await recordDutyStatus(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => DutyStatusPayload, { description: 'Ends a duty status on a date (administrators only).' })
  async endDutyStatus(
    @Ctx() context: Context,
    @Arg('input', () => EndDutyStatusInput, { description: 'Which status, and when it ends.' })
    input: EndDutyStatusInput,
  ): Promise<DutyStatusPayload> {
    return payload(context, await endDutyStatus(context, input));
  }
}
