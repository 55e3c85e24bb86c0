import { gt, isNull, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { badUserInput } from './errors';
import type { IsoDate, Period } from './dates';

/** Facts still holding on or after `date`: open, or ending later. */
export function openAfter(table: { validTo: PgColumn }, date: IsoDate): SQL {
  return or(isNull(table.validTo), gt(table.validTo, date))!;
}

/** Refuses an end date on or before the start, or after an end already recorded. */
export function assertEndDate(record: Period, endOn: IsoDate, what: string): void {
  if (endOn <= record.validFrom) {
    throw badUserInput('input.endOn', `The ${what} began on ${record.validFrom}; it must end after that`);
  }
  if (record.validTo !== null && endOn > record.validTo) {
    throw badUserInput('input.endOn', `The ${what} already ended on ${record.validTo}`);
  }
}

/** Refuses to end a record while facts that depend on it outlive the end. */
export function refuseOpenDependants(counts: [number, string][]): void {
  const open = counts.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}`);
  if (open.length) {
    throw badUserInput('input.endOn', `Still in force after that date: ${open.join(', ')}; end them first`);
  }
}
