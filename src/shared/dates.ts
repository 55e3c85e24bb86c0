import { and, gt, isNull, lte, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { badUserInput } from './errors';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** Calendar dates travel as 'YYYY-MM-DD' strings, the form PostgreSQL `date` columns read and write. */
export type IsoDate = string;

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/**
 * Today in England, whatever the server's time zone. Every row served asks (its id carries the date unless it is
 * today's), and formatting through Intl costs microseconds each time: the answer is kept for a second.
 */
export function today(): IsoDate {
  const now = Date.now();
  if (now >= todayKnownUntil) {
    todayKnown = londonDate.format(now);
    todayKnownUntil = now + 1_000;
  }
  return todayKnown;
}
let todayKnown = '';
let todayKnownUntil = 0;

export function isoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/**
 * The dates the registry accepts. Before 1800 nothing it records existed (the oldest partners, councils and
 * charities, date from the nineteenth century); beyond 9999 a year no longer has four digits, and PostgreSQL has no
 * year 0 at all. A date outside would only be a typing slip or a probe.
 */
export const supportedDates = { earliest: '1800-01-01', latest: '9999-12-31' } as const;

/** Why `text` is not a date the registry accepts, or null when it is one. */
export function dateProblem(text: string): string | null {
  const shown = text.length > 40 ? `${JSON.stringify(text.slice(0, 40))}…` : JSON.stringify(text);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${shown} is not a date in the form YYYY-MM-DD`;
  if (text < supportedDates.earliest || text > supportedDates.latest) {
    return `${shown} is outside the dates the registry holds, ${supportedDates.earliest} to ${supportedDates.latest}`;
  }
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  // Date.UTC rolls 30 February over into March: a date that does not come back unchanged is not on the calendar.
  if (isoDate(new Date(Date.UTC(year, month - 1, day))) !== text) return `${shown} is not a day of the calendar`;
  return null;
}

/** The date a question is asked as at: the argument, else the date its parent was read as at, else today. */
export function resolveAsOf(argument: Date | null | undefined, inherited?: IsoDate): IsoDate {
  return argument ? isoDate(argument) : (inherited ?? today());
}

interface Dated {
  validFrom: PgColumn;
  validTo: PgColumn;
}

/** The fact holds on `asOf`: it started on or before it and had not ended (the end date is exclusive). */
export function holdsOn(table: Dated, asOf: IsoDate | Placeholder): SQL {
  return and(lte(table.validFrom, asOf), or(isNull(table.validTo), gt(table.validTo, asOf)))!;
}

/** The same test in hand-written SQL, on the table under `alias` (a name written in the code, never input). */
export function holdsAt(alias: string, asOf: IsoDate): SQL {
  const table = sql.raw(alias);
  return sql`${table}.valid_from <= ${asOf} AND (${table}.valid_to IS NULL OR ${table}.valid_to > ${asOf})`;
}

/** The same test for a row already in memory. */
export function heldOn(row: { validFrom: string; validTo: string | null }, asOf: IsoDate): boolean {
  return row.validFrom <= asOf && (row.validTo === null || row.validTo > asOf);
}

export interface Period {
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/** A period from input, refused when it ends on or before it starts (the end date is exclusive). */
export function periodFromInput(validFrom: Date, validTo: Date | null | undefined, field = 'input.validTo'): Period {
  const period = { validFrom: isoDate(validFrom), validTo: validTo ? isoDate(validTo) : null };
  if (period.validTo !== null && period.validTo <= period.validFrom) {
    throw badUserInput(field, `The period must end after it starts (${period.validFrom}); got ${period.validTo}`);
  }
  return period;
}

/** Whether `inner` lies wholly within `outer`. */
export function within(inner: Period, outer: Period): boolean {
  const endsInside = outer.validTo === null || (inner.validTo !== null && inner.validTo <= outer.validTo);
  return inner.validFrom >= outer.validFrom && endsInside;
}
