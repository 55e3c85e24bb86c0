import type { SourceCitation } from '../../../schema/database/index';
import { cite } from '../../../seeds/reference/citations';

/** One figure of DOMAIN.md §5 as the registry computes it, beside the value the sources report. */
export interface FigureRecord {
  id: string;
  group: string;
  title: string;
  /** Null for a figure that is a count or a range rather than a share. */
  numerator: number | null;
  denominator: number | null;
  /** A percentage of the denominator, or the count itself where there is no denominator. */
  value: number | null;
  unit: 'PERCENT' | 'COUNT';
  referenceValue: number | null;
  referenceText: string;
  sources: SourceCitation[];
  /** How the registry decides what counts, where it is not plain. */
  basis: string | null;
  /** Withheld so that no one partner's confidential value can be read off it. */
  suppressed: boolean;
}

export const ac = (locator: string) => cite('auditCommission2008', locator);
export const pathfinders = (locator: string) => cite('pathfinderEvaluation2007', locator);
export const leicestershire = (locator: string) => cite('leicestershireReport2008', locator);

export const percent = (numerator: number, denominator: number) =>
  denominator ? Math.round((1000 * numerator) / denominator) / 10 : null;

/** A figure that is a share of its denominator, in per cent to one place. */
export function share(
  id: string,
  group: string,
  title: string,
  numerator: number,
  denominator: number,
  reference: { value: number | null; text: string; sources: SourceCitation[] },
  basis: string | null = null,
): FigureRecord {
  return {
    id,
    group,
    title,
    numerator,
    denominator,
    value: percent(numerator, denominator),
    unit: 'PERCENT',
    referenceValue: reference.value,
    referenceText: reference.text,
    sources: reference.sources,
    basis,
    suppressed: false,
  };
}

/** A figure that is a count or an extreme, with no denominator. */
export function count(
  id: string,
  group: string,
  title: string,
  value: number | null,
  reference: { value: number | null; text: string; sources: SourceCitation[] },
  basis: string | null = null,
): FigureRecord {
  return {
    id,
    group,
    title,
    numerator: null,
    denominator: null,
    value,
    unit: 'COUNT',
    referenceValue: reference.value,
    referenceText: reference.text,
    sources: reference.sources,
    basis,
    suppressed: false,
  };
}
