import { eq } from 'drizzle-orm';
import { bodies, budgetArrangements, contributions } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate, periodFromInput, within } from '../../shared/dates';
import { assertEndDate } from '../../shared/ending';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { lockRow } from '../history/locks';
import { assertVersion, onceFor, updateVersioned, write, type Write } from '../history/write';
import { assertPartyFitsLegalBasis } from './arrangement-parties';
import type { CreateBudgetArrangementInput, EndBudgetArrangementInput } from './budget.input';

/** What the database's constraints mean to someone creating an arrangement (DOMAIN §4 rule 12). */
const constraintMeanings = {
  budget_arrangements_pool_has_host: { field: 'input.host', message: 'A pooled fund needs exactly one host' },
  budget_arrangements_aligned_has_no_host: {
    field: 'input.host',
    message: 'An aligned budget has no host: each partner’s money stays in its own accounts',
  },
  budget_arrangements_area_id_areas_id_fk: { field: 'input.area', message: 'There is no such area' },
  budget_arrangements_host_id_organisations_id_fk: { field: 'input.host', message: 'There is no such organisation' },
  budget_arrangements_governing_body_id_bodies_id_fk: {
    field: 'input.governingBody',
    message: 'There is no such body',
  },
};

export async function createBudgetArrangement(context: Context, input: CreateBudgetArrangementInput): Promise<string> {
  const period = periodFromInput(input.validFrom, input.validTo);
  const name = input.name.trim();
  if (!name) throw badUserInput('input.name', 'Give the arrangement a name');
  const values = {
    name,
    kind: input.kind,
    legalBasis: input.legalBasis,
    areaId: rowIdOf(input.area, 'Area', 'input.area'),
    hostId: input.host ? rowIdOf(input.host, 'Organisation', 'input.host') : null,
    governingBodyId: input.governingBody ? rowIdOf(input.governingBody, 'Body', 'input.governingBody') : null,
    serviceAreas: input.serviceAreas,
    outcomes: input.outcomes,
    agreement: input.agreement ?? null,
    preDatesTrust: input.preDatesTrust,
    ...period,
  };
  return write(context, 'createBudgetArrangement', async (change) =>
    onceFor(change, context, input.clientMutationId, 'createBudgetArrangement', async () => {
      if (values.hostId) {
        const host = { id: values.hostId, field: 'input.host', role: 'host', on: period.validFrom } as const;
        await assertPartyFitsLegalBasis(change.tx, values.legalBasis, host);
      }
      if (values.governingBodyId) {
        const [body] = await change.tx.select().from(bodies).where(eq(bodies.id, values.governingBodyId));
        if (!body) throw notFound('input.governingBody', 'There is no such body');
        if (!within(period, body)) {
          throw badUserInput('input.validFrom', 'The arrangement must lie within its governing body’s existence');
        }
      }
      const [row] = await change.tx
        .insert(budgetArrangements)
        .values(values)
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({
        recordType: 'BudgetArrangement',
        recordId: row!.id,
        areaId: row!.areaId,
        before: null,
        after: row!,
      });
      return row!.id;
    }),
  );
}

export async function endBudgetArrangement(context: Context, input: EndBudgetArrangementInput): Promise<string> {
  const id = rowIdOf(input.arrangement, 'BudgetArrangement', 'input.arrangement');
  const endOn = isoDate(input.endOn);
  return write(context, 'endBudgetArrangement', async (change) => {
    // Locked first, so a contribution being recorded meanwhile (it takes a share lock) is either seen or waits.
    const before = await lockRow(change.tx, budgetArrangements, id, 'update');
    if (!before) throw notFound('input.arrangement', 'There is no such budget arrangement');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'arrangement');
    await refuseContributionsFrom(change, id, endOn);
    const after = await updateVersioned(change.tx, budgetArrangements, id, input.expectedVersion, { validTo: endOn });
    change.record({ recordType: 'BudgetArrangement', recordId: id, areaId: before.areaId, before, after });
    return id;
  });
}

/** "2008-09" begins on 1 April 2008. */
const yearStart = (financialYear: string) => `${financialYear.slice(0, 4)}-04-01`;

/**
 * An arrangement does not end before the money recorded in it: a contribution for a year that begins on or after
 * the end would be paid into an arrangement no longer in force. A year that straddles the end began while it was in
 * force, so its contribution stands.
 */
async function refuseContributionsFrom({ tx }: Write, arrangementId: string, endOn: string): Promise<void> {
  const rows = await tx
    .select({ financialYear: contributions.financialYear })
    .from(contributions)
    .where(eq(contributions.arrangementId, arrangementId));
  const later = rows.filter((row) => yearStart(row.financialYear) >= endOn);
  if (later.length === 0) return;
  const years = [...new Set(later.map((row) => row.financialYear))].sort();
  const counted = later.length === 1 ? '1 contribution is' : `${later.length} contributions are`;
  const which = years.length === 1 ? 'a financial year' : 'financial years';
  throw badUserInput(
    'input.endOn',
    `${counted} recorded for ${which} beginning on or after ${endOn} (${years.join(', ')}); the arrangement cannot end before them, so end it after ${yearStart(years.at(-1)!)}`,
  );
}
