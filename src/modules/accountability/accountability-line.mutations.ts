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

/** The rules an ended line of each kind can break: the board's lines to the LSP and the CDRP (rule 8 warns). */
const rulesEnded = (kind: string): readonly string[] =>
  kind === 'REPORTS_TO' || kind === 'WORKS_WITH' ? ['board.within-lsp'] : [];

/** Whether the write recorded the line or ended it: each is judged on the day it takes effect. */
type Judged = 'recorded' | 'ended';

async function payload(
  context: Context,
  id: string,
  clientMutationId: string | null,
  judged: Judged,
): Promise<AccountabilityLinePayload> {
  const row = await context.stores.accountability.byId.load(id);
  if (!row) throw new Error(`Line ${id} vanished after it was written`);
  const warnings = await lineWarnings(context, row, judged);
  return { line: toLine(row, today()), clientMutationId, warnings };
}

async function lineWarnings(context: Context, row: AccountabilityLineRow, judged: Judged) {
  const rules = judged === 'ended' ? rulesEnded(row.kind) : rulesAt(row.kind);
  if (!rules.length || !row.fromBodyId) return [];
  const from = await context.stores.bodies.byId.load(row.fromBodyId);
  const written = { recordType: 'AccountabilityLine', rowId: row.id, areaId: from?.areaId ?? null };
  // An end is judged on its first day against the day before, so only what the end breaks is reported.
  if (judged === 'ended') return warningsOf(context, { ...written, asOf: row.validTo!, sinceDayBefore: true }, rules);
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
    return payload(context, await recordAccountabilityLine(context, input), input.clientMutationId ?? null, 'recorded');
  }

  @Mutation(() => AccountabilityLinePayload, {
    description:
      'Ends a line on a date. It stays answerable with asOf. Ending the board’s line to the LSP or the CDRP is ' +
      'recorded with a warning in `warnings` (DOMAIN.md §4 rule 8 warns, never refuses).',
  })
  async endAccountabilityLine(
    @Ctx() context: Context,
    @Arg('input', () => EndAccountabilityLineInput, { description: 'Which line, and when it ends.' })
    input: EndAccountabilityLineInput,
  ): Promise<AccountabilityLinePayload> {
    return payload(context, await endAccountabilityLine(context, input), null, 'ended');
  }
}
