import { eq } from 'drizzle-orm';
import { budgetArrangements, contributions } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { lockRow } from '../history/locks';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import type { RecordContributionInput, UpdateContributionInput } from './budget.input';
import { assertPartyFitsLegalBasis } from './arrangement-parties';

const constraintMeanings = {
  contributions_arrangement_partner_year_type_key: {
    field: 'input.financialYear',
    message: 'That partner already recorded this kind of contribution for that year; change it with updateContribution',
  },
  contributions_amount_not_negative: { field: 'input.amount', message: 'An amount is never negative' },
  contributions_financial_year_format: { field: 'input.financialYear', message: 'Write the year like "2008-09"' },
  contributions_organisation_id_organisations_id_fk: {
    field: 'input.organisation',
    message: 'There is no such organisation',
  },
  contributions_arrangement_id_budget_arrangements_id_fk: {
    field: 'input.arrangement',
    message: 'There is no such budget arrangement',
  },
};

/** "2008-09": April 2008 to March 2009. Returns the year's first day and the first day after it. */
export function financialYearPeriod(year: string): { validFrom: string; validTo: string } {
  const match = /^([0-9]{4})-([0-9]{2})$/.exec(year);
  const start = Number(match?.[1]);
  if (!match || Number(match[2]) !== (start + 1) % 100) {
    throw badUserInput('input.financialYear', `Write the financial year like "2008-09"; got "${year}"`);
  }
  return { validFrom: `${start}-04-01`, validTo: `${String(start + 1).padStart(4, '0')}-04-01` };
}

function notNegative(amount: number | null | undefined): void {
  if (amount != null && !(amount >= 0)) throw badUserInput('input.amount', 'An amount is never negative');
}

/** The contributing organisation: the one named, else the viewer's own (the guard lets only hosts name another). */
export const contributorOf = (context: Context, input: RecordContributionInput): string =>
  input.organisation
    ? rowIdOf(input.organisation, 'Organisation', 'input.organisation')
    : context.viewer.organisationId;

export async function recordContribution(context: Context, input: RecordContributionInput): Promise<string> {
  const arrangementId = rowIdOf(input.arrangement, 'BudgetArrangement', 'input.arrangement');
  const year = financialYearPeriod(input.financialYear);
  notNegative(input.amount);
  const values = {
    arrangementId,
    organisationId: contributorOf(context, input),
    financialYear: input.financialYear,
    resourceType: input.resourceType,
    amount: input.amount == null ? null : input.amount.toFixed(2),
    shareBand: input.shareBand ?? null,
  };
  return write(context, 'recordContribution', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordContribution', async () => {
      // A share lock: an arrangement being ended meanwhile cannot end before this year's contribution unseen.
      const arrangement = await lockRow(change.tx, budgetArrangements, arrangementId, 'share');
      if (!arrangement) throw notFound('input.arrangement', 'There is no such budget arrangement');
      const endsAfterStart = arrangement.validTo === null || arrangement.validTo > year.validFrom;
      if (arrangement.validFrom >= year.validTo || !endsAfterStart) {
        throw badUserInput('input.financialYear', `The arrangement was not in force in ${input.financialYear}`);
      }
      await assertPartyFitsLegalBasis(change.tx, arrangement.legalBasis, {
        id: values.organisationId,
        field: 'input.organisation',
        role: 'contributor',
        // A contributor is a party from the later of the arrangement's start and the year's.
        on: arrangement.validFrom > year.validFrom ? arrangement.validFrom : year.validFrom,
      });
      const [row] = await change.tx
        .insert(contributions)
        .values(values)
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({
        recordType: 'Contribution',
        recordId: row!.id,
        areaId: arrangement.areaId,
        before: null,
        after: row!,
      });
      return row!.id;
    }),
  );
}

export async function updateContribution(context: Context, input: UpdateContributionInput): Promise<string> {
  const id = rowIdOf(input.contribution, 'Contribution', 'input.contribution');
  notNegative(input.amount);
  const values: Partial<typeof contributions.$inferInsert> = {};
  if (input.amount !== undefined) values.amount = input.amount === null ? null : input.amount.toFixed(2);
  if (input.shareBand !== undefined) values.shareBand = input.shareBand;
  if (Object.keys(values).length === 0) throw badUserInput('input.amount', 'Give an amount or a share to change');
  return write(context, 'updateContribution', async (change) => {
    const [before] = await change.tx.select().from(contributions).where(eq(contributions.id, id));
    if (!before) throw notFound('input.contribution', 'There is no such contribution');
    assertVersion(before, input.expectedVersion);
    const after = await updateVersioned(change.tx, contributions, id, input.expectedVersion, values).catch((error) =>
      explainConstraint(error, constraintMeanings),
    );
    const [arrangement] = await change.tx
      .select({ areaId: budgetArrangements.areaId })
      .from(budgetArrangements)
      .where(eq(budgetArrangements.id, before.arrangementId));
    change.record({ recordType: 'Contribution', recordId: id, areaId: arrangement?.areaId ?? null, before, after });
    return id;
  });
}
