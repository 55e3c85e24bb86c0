import { eq } from 'drizzle-orm';
import { planTargets } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate } from '../../shared/dates';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import type { AddPlanTargetInput, UpdatePlanTargetInput } from './plan-facts.input';
import { assertBodyOfPlanArea, planInTransaction } from './plan-part';

type TargetValues = Partial<typeof planTargets.$inferInsert>;

const constraintMeanings = {
  plan_targets_owner_body_id_bodies_id_fk: { field: 'input.ownerBody', message: 'There is no such body' },
};

function required(text: string | null | undefined, field: string, what: string): string {
  const trimmed = text?.trim();
  if (!trimmed) throw badUserInput(field, `Say ${what}`);
  return trimmed;
}

/** numeric(14,4): the value is stored as the database's text, rounded as the column rounds it. */
const storedValue = (value: number) => value.toFixed(4);

/** Adds a dated, measured target to a plan; its owner, where named, is a body of the plan's area. */
export async function addPlanTarget(context: Context, input: AddPlanTargetInput): Promise<string> {
  const planId = rowIdOf(input.plan, 'Plan', 'input.plan');
  const ownerBodyId = input.ownerBody ? rowIdOf(input.ownerBody, 'Body', 'input.ownerBody') : null;
  const values = {
    planId,
    description: required(input.description, 'input.description', 'what the target is'),
    measure: required(input.measure, 'input.measure', 'what is measured'),
    targetValue: storedValue(input.targetValue),
    dueOn: isoDate(input.dueOn),
    laaIndicator: input.laaIndicator?.trim() || null,
    outcome: input.outcome ?? null,
    ownerBodyId,
  };
  return write(context, 'addPlanTarget', async (change) =>
    onceFor(change, context, input.clientMutationId, 'addPlanTarget', async () => {
      const plan = await planInTransaction(change.tx, planId);
      if (ownerBodyId) await assertBodyOfPlanArea(change.tx, plan, ownerBodyId, 'input.ownerBody');
      const [row] = await change.tx
        .insert(planTargets)
        .values(values)
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({ recordType: 'PlanTarget', recordId: row!.id, areaId: plan.areaId, before: null, after: row! });
      return row!.id;
    }),
  );
}

/** What an update changes: only the fields sent; the required ones cannot be cleared. */
function changedValues(input: UpdatePlanTargetInput): TargetValues {
  const values: TargetValues = {};
  if (input.description !== undefined)
    values.description = required(input.description, 'input.description', 'what the target is');
  if (input.measure !== undefined) values.measure = required(input.measure, 'input.measure', 'what is measured');
  if (input.targetValue !== undefined) {
    if (input.targetValue === null) throw badUserInput('input.targetValue', 'A target has a value to reach');
    values.targetValue = storedValue(input.targetValue);
  }
  if (input.dueOn !== undefined) {
    if (input.dueOn === null) throw badUserInput('input.dueOn', 'A target has a day it is due');
    values.dueOn = isoDate(input.dueOn);
  }
  if (input.laaIndicator !== undefined) values.laaIndicator = input.laaIndicator?.trim() || null;
  if (input.outcome !== undefined) values.outcome = input.outcome;
  if (input.ownerBody !== undefined) {
    values.ownerBodyId = input.ownerBody ? rowIdOf(input.ownerBody, 'Body', 'input.ownerBody') : null;
  }
  if (Object.keys(values).length === 0) throw badUserInput('input.target', 'Send at least one field to change');
  return values;
}

export async function updatePlanTarget(context: Context, input: UpdatePlanTargetInput): Promise<string> {
  const id = rowIdOf(input.target, 'PlanTarget', 'input.target');
  const values = changedValues(input);
  return write(context, 'updatePlanTarget', async (change) => {
    const [before] = await change.tx.select().from(planTargets).where(eq(planTargets.id, id));
    if (!before) throw notFound('input.target', 'There is no such target');
    assertVersion(before, input.expectedVersion);
    const plan = await planInTransaction(change.tx, before.planId, 'input.target');
    if (values.ownerBodyId) await assertBodyOfPlanArea(change.tx, plan, values.ownerBodyId, 'input.ownerBody');
    const after = await updateVersioned(change.tx, planTargets, id, input.expectedVersion, values).catch((error) =>
      explainConstraint(error, constraintMeanings),
    );
    change.record({ recordType: 'PlanTarget', recordId: id, areaId: plan.areaId, before, after });
    return id;
  });
}
