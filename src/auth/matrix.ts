import { isObjectType, type GraphQLSchema } from 'graphql';
import { actions, relations, type Action } from './actions';
import { permissionTree } from './permissions';
import { guardedFields } from './rules';

function ruleName(rule: unknown): string {
  return (rule as { name?: string } | undefined)?.name ?? 'unnamed';
}

/**
 * Every field of every object type with the rule that guards it, sorted: the permissions snapshot. A field without
 * a rule shows as denied, which is what the shield's fallback does.
 */
export function permissionLines(schema: GraphQLSchema): string[] {
  const lines: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const rules = permissionTree[type.name] ?? {};
    for (const field of Object.keys(type.getFields())) {
      const rule = rules[field] ?? rules['*'];
      const actionsOfField = guardedFields.get(`${type.name}.${field}`);
      const name = rule ? ruleName(rule) : 'DENIED (no rule)';
      lines.push(`${type.name}.${field}: ${name}${actionsOfField ? ` [${actionsOfField.join(', ')}]` : ''}`);
    }
  }
  return lines.sort();
}

const mark = (allowed: readonly string[], relation: string) => (allowed.includes(relation) ? '✓' : '');

/** The access matrix for the README: each action, the fields it guards, and which relations may perform it. */
export function accessMatrix(): string {
  const fieldsByAction = new Map<Action, string[]>();
  for (const [field, fieldActions] of guardedFields) {
    for (const action of fieldActions) fieldsByAction.set(action, [...(fieldsByAction.get(action) ?? []), field]);
  }
  const header = `| action | fields | ${relations.join(' | ')} | basis |`;
  const divider = `|---|---|${relations.map(() => ':-:').join('|')}|---|`;
  const rows = (Object.keys(actions) as Action[]).map((action) => {
    const definition = actions[action];
    const fields =
      action === 'structure:read' ? 'every other field' : (fieldsByAction.get(action) ?? []).sort().join(', ');
    const cells = relations.map((relation) => mark(definition.allowed, relation)).join(' | ');
    return `| \`${action}\`: ${definition.description} | ${fields} | ${cells} | ${definition.basis} |`;
  });
  return [header, divider, ...rows].join('\n');
}
