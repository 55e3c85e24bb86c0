import { eq } from 'drizzle-orm';
import { planLinks, plans } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { assertVersion, onceFor, write } from '../history/write';
import type { LinkPlansInput, UnlinkPlansInput } from './plan-facts.input';
import { assertRelatedAreas, planInTransaction } from './plan-part';

const constraintMeanings = {
  plan_links_key: { field: 'input.linkedPlan', message: 'The plans are already linked so' },
  plan_links_not_to_self: { field: 'input.linkedPlan', message: 'A plan is not linked to itself' },
};

/** States how a plan relates to another (001 App. 1: the CYPP consistent with the SCS and the LAA). */
export async function linkPlans(context: Context, input: LinkPlansInput): Promise<string> {
  const planId = rowIdOf(input.plan, 'Plan', 'input.plan');
  const linkedPlanId = rowIdOf(input.linkedPlan, 'Plan', 'input.linkedPlan');
  if (planId === linkedPlanId) throw badUserInput('input.linkedPlan', 'A plan is not linked to itself');
  return write(context, 'linkPlans', async (change) =>
    onceFor(change, context, input.clientMutationId, 'linkPlans', async () => {
      const plan = await planInTransaction(change.tx, planId);
      const [other] = await change.tx.select().from(plans).where(eq(plans.id, linkedPlanId));
      if (!other) throw notFound('input.linkedPlan', 'There is no such plan');
      await assertRelatedAreas(change.tx, plan, other, 'input.linkedPlan');
      const [row] = await change.tx
        .insert(planLinks)
        .values({ planId, linkedPlanId, kind: input.kind })
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({ recordType: 'PlanLink', recordId: row!.id, areaId: plan.areaId, before: null, after: row! });
      return row!.id;
    }),
  );
}

/**
 * Withdraws a link. A link is a statement about two plans with no period of its own, so one that no longer holds is
 * removed; its history keeps what it said.
 */
export async function unlinkPlans(context: Context, input: UnlinkPlansInput): Promise<string> {
  const id = rowIdOf(input.link, 'PlanLink', 'input.link');
  return write(context, 'unlinkPlans', async (change) => {
    const [before] = await change.tx.select().from(planLinks).where(eq(planLinks.id, id));
    if (!before) throw notFound('input.link', 'There is no such link');
    assertVersion(before, input.expectedVersion);
    const plan = await planInTransaction(change.tx, before.planId, 'input.link');
    const removed = await change.tx.delete(planLinks).where(eq(planLinks.id, id)).returning();
    if (!removed.length) throw notFound('input.link', 'There is no such link');
    change.record({ recordType: 'PlanLink', recordId: id, areaId: plan.areaId, before, after: null });
    return before.planId;
  });
}
