import type { dutyStatuses } from '../../schema/database/index';
import { seedId } from '../support/ids';
import { dutyStatusPeriods, type DutyStatusPeriod } from './duty-status-periods';

export type DutyStatusRow = typeof dutyStatuses.$inferInsert;

/**
 * Kind-level rows under the Children Act 2004 s10 regime. The id derives from kind, regime and start date, so a
 * period keeps its id across runs and a second load inserts nothing.
 */
export function dutyStatusRows(periods: readonly DutyStatusPeriod[] = dutyStatusPeriods): DutyStatusRow[] {
  return periods.map((period) => ({
    id: seedId('duty-status', `CA2004_S10:${period.kind}:${period.validFrom}`),
    organisationKind: period.kind,
    organisationId: null,
    regime: 'CA2004_S10',
    status: period.status,
    validFrom: period.validFrom,
    validTo: period.validTo,
    sources: period.sources,
    synthetic: false,
  }));
}
