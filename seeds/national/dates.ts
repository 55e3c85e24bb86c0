import type { Random } from './random';

const day = 86_400_000;
const parse = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const format = (time: number) => new Date(time).toISOString().slice(0, 10);

export function addMonths(iso: string, months: number): string {
  const date = new Date(parse(iso));
  date.setUTCMonth(date.getUTCMonth() + months);
  return format(date.getTime());
}

/** A day in [from, to), chosen by the generator. */
export function dayBetween(random: Random, from: string, to: string): string {
  const days = Math.max(1, Math.round((parse(to) - parse(from)) / day));
  return format(parse(from) + random.int(0, days - 1) * day);
}

/** ISO dates compare as strings. */
export function latest(...dates: string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a));
}

/** The earliest of several exclusive ends; null (still open) loses to any date. */
export function earliestEnd(...ends: (string | null | undefined)[]): string | null {
  const dated = ends.filter((end): end is string => typeof end === 'string');
  return dated.length === 0 ? null : dated.reduce((a, b) => (b < a ? b : a));
}

/** The overlap of two periods, or null when they never meet: an edge must lie within both ends (§4 rule 14). */
export function overlap(
  a: { validFrom: string; validTo: string | null },
  b: { validFrom: string; validTo: string | null },
): { validFrom: string; validTo: string | null } | null {
  const validFrom = latest(a.validFrom, b.validFrom);
  const validTo = earliestEnd(a.validTo, b.validTo);
  return validTo !== null && validTo <= validFrom ? null : { validFrom, validTo };
}
