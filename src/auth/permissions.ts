import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import type { IMiddlewareFunction, IMiddlewareTypeMap } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import type { IRule } from 'graphql-shield';
import { modulePermissions } from '../modules/permissions';
import { authenticated } from './rules';
import type { PermissionTree } from './tree';

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

/** How a field is authorized: readable by any authenticated viewer, guarded by a rule of its own, or not classified. */
export type FieldClass = 'public' | 'guarded' | 'unclassified';

export function classifyField(typeName: string, fieldName: string): FieldClass {
  const rules = permissionTree[typeName];
  const rule = rules?.[fieldName] ?? rules?.['*'];
  if (!rule) return 'unclassified';
  return rule === authenticated ? 'public' : 'guarded';
}

/**
 * The shield's middleware for the fields that need a check, by `Type.field`: every root field (the viewer is checked
 * where execution enters the graph: no public field is reached any other way), every field with a rule of its own,
 * and every unclassified field (denied). A public field below the root would only repeat the root's check, and a
 * middleware call on each of them cost more than the rest of execution: those resolve as they are.
 */
export function fieldGuards(schema: GraphQLSchema): IMiddlewareTypeMap {
  const generated = permissions.generate(schema) as Record<string, Record<string, IMiddlewareFunction>>;
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const guards: IMiddlewareTypeMap = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.keys(type.getFields())) {
      if (!roots.has(type) && classifyField(type.name, field) === 'public') continue;
      const middleware = generated[type.name]?.[field];
      if (!middleware) throw new Error(`The shield made no middleware for ${type.name}.${field}`);
      ((guards[type.name] ??= {}) as Record<string, IMiddlewareFunction>)[field] = middleware;
    }
  }
  return guards;
}
