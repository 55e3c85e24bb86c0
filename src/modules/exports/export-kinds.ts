import type { AnyExportKind } from './export-kind';
import { accountabilityLinesKind } from './kinds/accountability-lines';
import { areasKind } from './kinds/areas';
import { bodiesKind } from './kinds/bodies';
import { budgetArrangementsKind, contributionsKind } from './kinds/budgets';
import { delegationsKind } from './kinds/delegations';
import { membershipsKind } from './kinds/memberships';
import { organisationsKind } from './kinds/organisations';
import { plansKind } from './kinds/plans';

/** Every kind of CSV export, in the order the README documents them. */
export const exportKinds: readonly AnyExportKind[] = [
  areasKind,
  organisationsKind,
  bodiesKind,
  membershipsKind,
  accountabilityLinesKind,
  delegationsKind,
  budgetArrangementsKind,
  contributionsKind,
  plansKind,
];

export function exportKindNamed(name: string): AnyExportKind | undefined {
  return exportKinds.find((kind) => kind.name === name);
}

/** The last column of a kind with confidential columns: which of them the viewer was not shown in that row. */
export const redactedColumn = {
  name: 'redacted',
  description: 'The confidential columns of this row the viewer may not read, separated by "; " (they are empty)',
};

export const hasGuardedColumns = (kind: AnyExportKind) => kind.columns.some((column) => column.guard);
