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

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque to clients on purpose: they must not build ids or rely on row keys. */
export function toGlobalId(type: NodeTypeName, rowId: string): string {
  return Buffer.from(`${type}:${rowId}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: NodeTypeName;
  rowId: string;
}

/** Decodes an id a client sent, or returns null when it is not one of ours. */
export function decodeGlobalId(globalId: string): DecodedId | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const type = decoded.slice(0, separator) as NodeTypeName;
  const rowId = decoded.slice(separator + 1);
  if (separator < 0 || !nodeTypeNames.includes(type) || !uuidPattern.test(rowId)) return null;
  return { type, rowId };
}

/** The row id behind a global id of the expected type; anything else is the caller's mistake in `field`. */
export function rowIdOf(globalId: string, expected: NodeTypeName | readonly NodeTypeName[], field: string): string {
  const decoded = decodeGlobalId(globalId);
  const allowed: readonly NodeTypeName[] = typeof expected === 'string' ? [expected] : expected;
  if (!decoded || !allowed.includes(decoded.type)) {
    throw badUserInput(field, `"${globalId}" is not the id of ${allowed.map(article).join(' or ')}`);
  }
  return decoded.rowId;
}

function article(type: NodeTypeName): string {
  return /^[AEIOU]/.test(type) ? `an ${type}` : `a ${type}`;
}
