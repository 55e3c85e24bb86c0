import type { Context } from '../../context';
import type { IsoDate } from '../../shared/dates';
import { badUserInput } from '../../shared/errors';
import { fromRow } from '../../shared/records';
import { BudgetArrangement, Contribution, type BudgetArrangementRow, type ContributionRow } from './budget.type';

export const toArrangement = (row: BudgetArrangementRow, asOf: IsoDate) =>
  fromRow(BudgetArrangement, 'BudgetArrangement', row, asOf);

/** numeric arrives as a string; amounts are Floats (see `Contribution.amount`). */
export const toContribution = (row: ContributionRow, asOf: IsoDate) =>
  fromRow(Contribution, 'Contribution', { ...row, amount: row.amount === null ? null : Number(row.amount) }, asOf);

/** For references the database guarantees (foreign keys), so a missing row is a fault, not an answer. */
export async function loadArrangement({ stores }: Context, rowId: string, asOf: IsoDate): Promise<BudgetArrangement> {
  const row = await stores.budgets.byId.load(rowId);
  if (!row) throw new Error(`Budget arrangement ${rowId} is referenced but missing`);
  return toArrangement(row, asOf);
}

const financialYearPattern = /^[0-9]{4}-[0-9]{2}$/;

/** Keeps the rows of one financial year, or all when none is given; a malformed year is the caller's mistake. */
export function ofFinancialYear<Row extends { financialYear: string }>(
  rows: Row[],
  year: string | null | undefined,
): Row[] {
  if (year == null) return rows;
  if (!financialYearPattern.test(year)) {
    throw badUserInput('financialYear', `financialYear must look like "2008-09"; got "${year}"`);
  }
  return rows.filter((row) => row.financialYear === year);
}
