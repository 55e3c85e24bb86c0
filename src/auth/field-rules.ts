import type { Context } from '../context';
import type { Relation } from './actions';
import type { Decision, GuardOptions } from './rules';

/**
 * A guarded field's rule, its parent's type forgotten: history builds that parent from a stored row (the record as
 * a change left it, or as it is now), the same columns the GraphQL object carries, and asks the same question.
 */
export type FieldRule = GuardOptions<never>;

/** Every confidential field's rule, by `Type.field`, registered by `guard`: one definition for every read path. */
export const fieldRules = new Map<string, FieldRule>();

export interface FieldJudgement extends Decision {
  /** `Type.field` whose rule was asked. */
  field: string;
  /** The row the rule was asked about, as the read audit names it. */
  recordId: string;
  /** The relation that allows the read, or null when it is refused. */
  grounds: Relation | null;
}

/**
 * Asks a guarded field's rule about a record outside GraphQL execution, without recording anything. With no record
 * to ask about (its owner is gone), the answer is a refusal.
 */
export async function judgeField(field: string, parent: object | undefined, context: Context): Promise<FieldJudgement> {
  const rule = fieldRules.get(field);
  if (!rule) throw new Error(`No rule guards ${field}`);
  if (!parent) return { field, action: rule.actions[0]!, anchors: {}, recordId: '', grounds: null };
  const { action, anchors } = await rule.decide(parent as never, context);
  const grounds = await context.access.grounds(action, anchors);
  return { field, action, anchors, recordId: rule.recordId(parent as never), grounds };
}
