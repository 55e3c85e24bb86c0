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
  'BodyLegalStatus',
  'BodyDocument',
  'BodySuccession',
  'PostHolding',
  'InterestDeclaration',
  'Nomination',
  'ResourceCommitment',
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

/** Opaque to clients on purpose: they must not build ids or rely on row keys. */
export function toGlobalId(type: RecordTypeName, rowId: string): string {
  return Buffer.from(`${type}:${rowId}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: RecordTypeName;
  rowId: string;
}

/** Decodes an id a client sent, or returns null when it is not one of ours. */
export function decodeGlobalId(globalId: string): DecodedId | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const type = decoded.slice(0, separator) as RecordTypeName;
  const rowId = decoded.slice(separator + 1);
  if (separator < 0 || !recordTypeNames.includes(type) || !isRowId(rowId)) return null;
  return { type, rowId };
}

/** The row id behind a global id of the expected type; anything else is the caller's mistake in `field`. */
export function rowIdOf(globalId: string, expected: RecordTypeName | readonly RecordTypeName[], field: string): string {
  const decoded = decodeGlobalId(globalId);
  const allowed: readonly RecordTypeName[] = typeof expected === 'string' ? [expected] : expected;
  if (!decoded || !allowed.includes(decoded.type)) {
    throw badUserInput(field, `"${globalId}" is not the id of ${allowed.map(article).join(' or ')}`);
  }
  return decoded.rowId;
}

function article(type: RecordTypeName): string {
  return /^[AEIOU]/.test(type) ? `an ${type}` : `a ${type}`;
}
