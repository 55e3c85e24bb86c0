import type { IRule } from 'graphql-shield';
import { authenticated } from './rules';

/** A module's share of the permission tree: type name → field name (or '*') → rule. */
export type PermissionTree = Record<string, Record<string, IRule>>;

/**
 * The public structure's default: every field of the type readable by any authenticated viewer. Confidential fields
 * are listed beside it with their own rules; the sorted permissions snapshot shows each field's effective rule.
 */
export const publicStructure = (): Record<string, IRule> => ({ '*': authenticated });

export function publicTypes(...types: string[]): PermissionTree {
  return Object.fromEntries(types.map((type) => [type, publicStructure()]));
}

/** Queries readable by any authenticated viewer; each is named, so a new query without a rule is denied. */
export function publicQueries(...fields: string[]): PermissionTree {
  return { Query: Object.fromEntries(fields.map((field) => [field, authenticated])) };
}
