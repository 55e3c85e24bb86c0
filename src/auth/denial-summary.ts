import { decodeGlobalId } from '../shared/global-id';

/** The most a refused input may add to `denied_writes.target`, in bytes of UTF-8. */
export const denialSummaryBytes = 512;

/** How far into an input the summary looks: inputs are shallow, and a refused one may be built to be large. */
const maxDepth = 4;
const maxListItems = 10;
const maxEntries = 40;

/** Codes such as enum values are kept: they are short and say what was attempted (a CHAIR, a POOLED budget). */
const codePattern = /^[A-Z][A-Z0-9_]{0,39}$/;

type Entry = [path: string, value: unknown];

/** What is kept of one value: ids, codes, dates, numbers and booleans as they are; text only by its length. */
function describeValue(value: unknown): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    if (value.length <= 100 && decodeGlobalId(value)) return value;
    if (codePattern.test(value)) return value;
    return `text(${value.length})`;
  }
  return typeof value;
}

/** The input's leaves by path (`input.funders[0].organisation`), in order, stopping at `maxEntries`. */
function leaves(value: unknown, path: string, depth: number, into: Entry[]): void {
  if (into.length >= maxEntries) return;
  if (Array.isArray(value)) {
    value.slice(0, maxListItems).forEach((item, index) => leaves(item, `${path}[${index}]`, depth + 1, into));
    if (value.length > maxListItems) into.push([`${path}.length`, value.length]);
    return;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    if (depth >= maxDepth) {
      into.push([path, 'object']);
      return;
    }
    for (const [key, item] of Object.entries(value)) leaves(item, path ? `${path}.${key}` : key, depth + 1, into);
    return;
  }
  into.push([path, describeValue(value)]);
}

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * What `denied_writes` keeps of a refused input: the fields it set, the ids and codes it named, and the length of
 * its text, as a JSON object of at most `denialSummaryBytes`. The refusal is recorded before the input is acted on,
 * so the input itself could be as large as the request allows (one 900 kB attempt once added 879 kB), and its free
 * text (people's names, notes) is no business of a log of refusals. Entries that do not fit are counted instead.
 */
export function summariseInput(args: unknown): string {
  const entries: Entry[] = [];
  leaves(args, '', 0, entries);
  const kept: Record<string, unknown> = {};
  // Room for the closing brace and a final `"…":"<n> more"` entry.
  const budget = denialSummaryBytes - 24;
  let size = 1;
  let index = 0;
  for (; index < entries.length; index += 1) {
    const [path, value] = entries[index]!;
    const key = byteLength(path) <= 120 ? path : `${path.slice(0, 117)}...`;
    const added = byteLength(JSON.stringify(key)) + byteLength(JSON.stringify(value)) + 2;
    if (size + added > budget) break;
    kept[key] = value;
    size += added;
  }
  const left = entries.length - index;
  if (left > 0) kept['…'] = `${left}${entries.length >= maxEntries ? '+' : ''} more`;
  return JSON.stringify(kept);
}
