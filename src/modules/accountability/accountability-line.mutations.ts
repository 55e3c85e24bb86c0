import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import {
  AccountabilityLinePayload,
  EndAccountabilityLineInput,
  RecordAccountabilityLineInput,
} from './accountability-line.input';
import { toLine } from './accountability-line.resolver';
import { endAccountabilityLine, hierarchical, recordAccountabilityLine } from './accountability-line.service';
import type { AccountabilityLineRow } from './accountability-line.type';
import { warningsOf } from '../compliance/index';

/** The rules a new line of each kind can break, judged after the write (DOMAIN.md §4 rule 4 warns, never refuses). */
const rulesAt = (kind: string): readonly string[] => (hierarchical.includes(kind) ? ['lscb.independence'] : []);

async function payload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
  judged = false,
): Promise<AccountabilityLinePayload> {
  const row = await context.stores.accountability.byId.load(id);
  if (!row) throw new Error(`Line ${id} vanished after it was written`);
  const warnings = judged ? await lineWarnings(context, row) : [];
  return { line: toLine(row, today()), clientMutationId, warnings };
}

async function lineWarnings(context: Context, row: AccountabilityLineRow) {
  const rules = rulesAt(row.kind);
  if (!rules.length || !row.fromBodyId) return [];
  const from = await context.stores.bodies.byId.load(row.fromBodyId);
  const written = { recordType: 'AccountabilityLine', rowId: row.id, areaId: from?.areaId ?? null };
  return warningsOf(context, { ...written, asOf: row.validFrom }, rules);
}

@Resolver()
export class AccountabilityLineMutations {
  @Mutation(() => AccountabilityLinePayload, {
    description:
      'Records a line. Refused when ACCOUNTABLE_TO, REPORTS_TO and SUB_GROUP_OF lines would form a cycle on any date. ' +
      'A line that makes an LSCB answer to the trust board, directly or through other bodies, is recorded with a ' +
      'warning in `warnings` (some areas did so, 004 ¶84).',
  })
  async recordAccountabilityLine(
    @Ctx() context: Context,
    @Arg('input', () => RecordAccountabilityLineInput, { description: 'The line.' })
    input: RecordAccountabilityLineInput,
  ): Promise<AccountabilityLinePayload> {
    return payload(context, await recordAccountabilityLine(context, input), input.clientMutationId ?? null, true);
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
