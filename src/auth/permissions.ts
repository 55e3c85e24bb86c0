import { deny, shield } from 'graphql-shield';
import type { IRule } from 'graphql-shield';
import { modulePermissions } from '../modules/permissions';
import type { PermissionTree } from './tree';
import { GraphQLError } from 'graphql';

/** Merges the modules' trees; a type or field claimed twice is a mistake to fix, not to resolve silently. */
export function mergePermissions(trees: PermissionTree[]): PermissionTree {
  const merged: PermissionTree = {};
  for (const tree of trees) {
    for (const [type, fields] of Object.entries(tree)) {
      const target = (merged[type] ??= {});
      for (const [field, rule] of Object.entries(fields)) {
        if (target[field]) throw new Error(`Permission for ${type}.${field} is declared twice`);
        target[field] = rule as IRule;
      }
    }
  }
  return merged;
}

export const permissionTree = mergePermissions(modulePermissions);

const deniedByDefault = new GraphQLError('Not allowed: no rule grants this field', {
  extensions: { code: 'FORBIDDEN', reason: 'NO_RULE' },
});

/**
 * The shield over the schema: anything without a rule is denied. Resolver errors (bad input, not found) pass
 * through as they are; Apollo masks unexpected ones in production.
 */
export const permissions = shield(permissionTree, {
  fallbackRule: deny,
  fallbackError: deniedByDefault,
  allowExternalErrors: true,
});
