import { and, eq, sql } from 'drizzle-orm';
import { plans, resourceCommitments } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { onceFor, write } from '../history/write';
import type { CommitResourcesInput, PublishCommitmentInput } from './plan.input';

const constraintMeanings = {
  resource_commitments_amount_not_negative: { field: 'input.amount', message: 'An amount is never negative' },
  resource_commitments_plan_id_plans_id_fk: { field: 'input.plan', message: 'There is no such plan' },
};

/** A partner commits its own organisation's resources: the organisation is always the viewer's (001 ¶5). */
export async function commitResources(context: Context, input: CommitResourcesInput): Promise<string> {
  const planId = rowIdOf(input.plan, 'Plan', 'input.plan');
  const description = input.description.trim();
  if (!description) throw badUserInput('input.description', 'Say what is committed');
  if (input.amount != null && !(input.amount >= 0)) throw badUserInput('input.amount', 'An amount is never negative');
  const values = {
    planId,
    organisationId: context.viewer.organisationId,
    description,
    amount: input.amount == null ? null : input.amount.toFixed(2),
  };
  return write(context, 'commitResources', async (change) =>
    onceFor(change, context, input.clientMutationId, 'commitResources', async () => {
      const [plan] = await change.tx.select().from(plans).where(eq(plans.id, planId));
      if (!plan) throw notFound('input.plan', 'There is no such plan');
      const [row] = await change.tx
        .insert(resourceCommitments)
        .values(values)
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({ recordType: 'Plan', recordId: planId, areaId: plan.areaId, before: null, after: row! });
      return row!.id;
    }),
  );
}

/** Publishes every unpublished commitment of the viewer's organisation to the plan; each change joins the plan's history. */
export async function publishCommitment(context: Context, input: PublishCommitmentInput): Promise<string> {
  const planId = rowIdOf(input.plan, 'Plan', 'input.plan');
  return write(context, 'publishCommitment', async (change) => {
    const [plan] = await change.tx.select().from(plans).where(eq(plans.id, planId));
    if (!plan) throw notFound('input.plan', 'There is no such plan');
    const mine = and(
      eq(resourceCommitments.planId, planId),
      eq(resourceCommitments.organisationId, context.viewer.organisationId),
      eq(resourceCommitments.published, false),
    );
    const before = await change.tx.select().from(resourceCommitments).where(mine);
    if (before.length === 0) {
      throw badUserInput('input.plan', 'Your organisation has no unpublished commitment to this plan');
    }
    const after = await change.tx
      .update(resourceCommitments)
      .set({ published: true, version: sql`${resourceCommitments.version} + 1`, updatedAt: new Date() })
      .where(mine)
      .returning();
    for (const row of after) {
      const earlier = before.find((candidate) => candidate.id === row.id) ?? null;
      change.record({ recordType: 'Plan', recordId: planId, areaId: plan.areaId, before: earlier, after: row });
    }
    return planId;
  });
}
