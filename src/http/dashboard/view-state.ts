/** What is drawn, kept in the address (#area=E10000028&asOf=2006-06-01&depth=1&kinds=LSCB,LSP): a view is a link. */
export interface ViewState {
  areaCode: string;
  asOf: string;
  depth: number;
  /** Body kinds shown; null for all. */
  kinds: string[] | null;
}

export const earliest = '2004-01-01';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function readViewState(defaultArea: string): ViewState {
  const params = new URLSearchParams(location.hash.slice(1));
  const asOf = params.get('asOf') ?? '';
  const depth = Number(params.get('depth') ?? 1);
  const kinds = params.get('kinds');
  return {
    areaCode: params.get('area') || defaultArea,
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) && asOf >= earliest ? asOf : today(),
    depth: Number.isInteger(depth) && depth >= 0 && depth <= 4 ? depth : 1,
    kinds: kinds ? kinds.split(',').filter((kind) => /^[A-Z_]+$/.test(kind)) : null,
  };
}

export function writeViewState(state: ViewState): void {
  const params = new URLSearchParams({ area: state.areaCode, asOf: state.asOf, depth: String(state.depth) });
  if (state.kinds) params.set('kinds', state.kinds.join(','));
  history.replaceState(null, '', `#${params.toString().replace(/%2C/g, ',')}`);
}

/** The slider's positions are months since January 2004; the last one is today. */
export function monthsSince2004(date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return (year - 2004) * 12 + (month - 1);
}

export function dateOfMonth(months: number, last: number): string {
  if (months >= last) return today();
  const year = 2004 + Math.floor(months / 12);
  return `${year}-${String((months % 12) + 1).padStart(2, '0')}-01`;
}
