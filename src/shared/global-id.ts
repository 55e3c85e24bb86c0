import { dateProblem, today, type IsoDate } from './dates';
import { badUserInput } from './errors';

/** The types that implement Node; a global id names one of them and a row id. */
export const nodeTypeNames = [
  'Area',
  'Organisation',
  'Body',
  'Post',
  'Person',
  'Membership',
  'AccountabilityLine',
  'Power',
  'Delegation',
  'Decision',
  'BudgetArrangement',
  'Contribution',
  'Plan',
  'SelfAssessment',
] as const;

export type NodeTypeName = (typeof nodeTypeNames)[number];

/**
 * Dated facts and parts that belong to one Node (an organisation's identifiers, a body's documents, a post's holders
 * …). They carry ids so that they can be changed, ended and looked up in `history`, but are read only through their
 * owner, whose rules decide who sees them; `node` answers null for them.
 */
export const partTypeNames = [
  'OrganisationIdentifier',
  'OrganisationCoverage',
  'OrganisationSuccession',
  'DutyStatus',
  'BodyLegalStatus',
  'BodyWorkings',
  'BodyAlias',
  'BodyDocument',
  'BodySuccession',
  'PostHolding',
  'InterestDeclaration',
  'Nomination',
  'ResourceCommitment',
  'PlanLink',
  'PlanTarget',
  'PlanStatusPeriod',
  'PlanReview',
  'PlanProducer',
] as const;

export type PartTypeName = (typeof partTypeNames)[number];

/** Everything a global id can name. */
export type RecordTypeName = NodeTypeName | PartTypeName;

const recordTypeNames: readonly RecordTypeName[] = [...nodeTypeNames, ...partTypeNames];

export const isNodeType = (type: RecordTypeName): type is NodeTypeName =>
  (nodeTypeNames as readonly string[]).includes(type);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Row keys are UUIDs in the form the database writes them; anything else would fail its cast in SQL. */
export const isRowId = (value: string) => uuidPattern.test(value);

/**
 * Opaque to clients on purpose: they must not build ids or rely on row keys. An id names a record as it stands today;
 * a record read as at another date gets an id of its own that carries the date (`Type:uuid:YYYY-MM-DD`), because
 * what it shows (its seats, its chair, the names of its partners) is another answer, and a client cache that keys
 * objects by id alone (Apollo Client's InMemoryCache, Relay's store) would otherwise merge the two views.
 */
export function toGlobalId(type: RecordTypeName, rowId: string, asOf?: IsoDate | null): string {
  const dated = asOf != null && asOf !== today();
  return base64url(dated ? `${type}:${rowId}:${asOf}` : `${type}:${rowId}`);
}

const notAscii = /[^\x00-\x7f]/;

/**
 * base64url of the UTF-8 of `text`, as `Buffer.from(text).toString('base64url')` writes it. Ids are ASCII, for which
 * `btoa` gives the same letters a few times faster, without a Buffer per id (a page of seats makes a thousand ids).
 */
export function base64url(text: string): string {
  if (notAscii.test(text)) return Buffer.from(text, 'utf8').toString('base64url');
  const padded = btoa(text);
  let end = padded.length;
  while (end > 0 && padded.charCodeAt(end - 1) === 61 /* = */) end -= 1;
  const unpadded = end === padded.length ? padded : padded.slice(0, end);
  return unpadded.includes('+') || unpadded.includes('/')
    ? unpadded.replaceAll('+', '-').replaceAll('/', '_')
    : unpadded;
}

export interface DecodedId {
  type: RecordTypeName;
  rowId: string;
  /** The date a dated view was read as at; null for the record as it stands today. */
  asOf: IsoDate | null;
}

/**
 * Decodes an id a client sent, or returns null when it is not one of ours: only what `toGlobalId` writes is an id, so
 * a forged one (another encoding, padding, a row key PostgreSQL would still cast, a date off the calendar) is refused
 * before it reaches SQL.
 */
export function decodeGlobalId(globalId: string): DecodedId | null {
  const [type, rowId, asOf, ...rest] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  if (rest.length > 0 || !type || !rowId || !recordTypeNames.includes(type as RecordTypeName) || !isRowId(rowId)) {
    return null;
  }
  if (asOf !== undefined && dateProblem(asOf) !== null) return null;
  const canonical = Buffer.from(asOf === undefined ? `${type}:${rowId}` : `${type}:${rowId}:${asOf}`, 'utf8');
  if (canonical.toString('base64url') !== globalId) return null;
  return { type: type as RecordTypeName, rowId, asOf: asOf ?? null };
}

/** The id of the record itself, whatever date the id it was given was read as at. */
export function recordIdOf(globalId: string): string {
  const decoded = decodeGlobalId(globalId);
  return decoded ? toGlobalId(decoded.type, decoded.rowId) : globalId;
}

/**
 * The row id behind a global id of the expected type; anything else is the caller's mistake in `field`. A dated id
 * names its record like any other, so every id a read returns can be passed to a mutation or a filter.
 */
export function rowIdOf(globalId: string, expected: RecordTypeName | readonly RecordTypeName[], field: string): string {
  return viewOf(globalId, expected, field).rowId;
}

/** The record a global id of the expected type names, and the date it was read as at (null: today). */
export function viewOf(
  globalId: string,
  expected: RecordTypeName | readonly RecordTypeName[],
  field: string,
): { rowId: string; asOf: IsoDate | null } {
  const decoded = decodeGlobalId(globalId);
  const allowed: readonly RecordTypeName[] = typeof expected === 'string' ? [expected] : expected;
  if (!decoded || !allowed.includes(decoded.type)) {
    throw badUserInput(field, `"${globalId}" is not the id of ${allowed.map(article).join(' or ')}`);
  }
  return { rowId: decoded.rowId, asOf: decoded.asOf };
}

function article(type: RecordTypeName): string {
  return /^[AEIOU]/.test(type) ? `an ${type}` : `a ${type}`;
}
