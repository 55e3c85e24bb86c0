import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import {
  AccountabilityLinePayload,
  EndAccountabilityLineInput,
  RecordAccountabilityLineInput,
} from './accountability-line.input';
import { toLine } from './accountability-line.resolver';
import { endAccountabilityLine, recordAccountabilityLine } from './accountability-line.service';

async function payload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<AccountabilityLinePayload> {
  const row = await context.stores.accountability.byId.load(id);
  if (!row) throw new Error(`Line ${id} vanished after it was written`);
  return { line: toLine(row, today()), clientMutationId };
}

@Resolver()
export class AccountabilityLineMutations {
  @Mutation(() => AccountabilityLinePayload, {
    description:
      'Records a line. Refused when ACCOUNTABLE_TO, REPORTS_TO and SUB_GROUP_OF lines would form a cycle on any date, ' +
      'or would make an LSCB answer to the trust board.',
  })
  async recordAccountabilityLine(
    @Ctx() context: Context,
    @Arg('input', () => RecordAccountabilityLineInput, { description: 'The line.' })
    input: RecordAccountabilityLineInput,
  ): Promise<AccountabilityLinePayload> {
    return payload(context, await recordAccountabilityLine(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => AccountabilityLinePayload, { description: 'Ends a line on a date. It stays answerable with asOf.' })
  async endAccountabilityLine(
    @Ctx() context: Context,
    @Arg('input', () => EndAccountabilityLineInput, { description: 'Which line, and when it ends.' })
    input: EndAccountabilityLineInput,
  ): Promise<AccountabilityLinePayload> {
    return payload(context, await endAccountabilityLine(context, input));
  }
}
