import { eq } from 'drizzle-orm';
import { plans, resourceCommitments } from '../../../schema/database/index';
import type { Context } from '../../context';
import type { Database } from '../../db';
import { explainConstraint } from '../../shared/database-errors';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { assertVersion, onceFor, updateVersioned, write, type Write } from '../history/write';
import type { CommitResourcesInput, PublishCommitmentInput, UpdateCommitmentInput } from './plan.input';

type CommitmentRow = typeof resourceCommitments.$inferSelect;

const constraintMeanings = {
  resource_commitments_amount_not_negative: { field: 'input.amount', message: 'An amount is never negative' },
  resource_commitments_plan_id_plans_id_fk: { field: 'input.plan', message: 'There is no such plan' },
};

function notNegative(amount: number | null | undefined): void {
  if (amount != null && !(amount >= 0)) throw badUserInput('input.amount', 'An amount is never negative');
}

const storedAmount = (amount: number | null | undefined) => (amount == null ? null : amount.toFixed(2));

/** A commitment is its own record in history, in the area of the plan it is made to. */
async function recordChange(change: Write, before: CommitmentRow | null, after: CommitmentRow): Promise<void> {
  const [plan] = await change.tx.select({ areaId: plans.areaId }).from(plans).where(eq(plans.id, after.planId));
  change.record({ recordType: 'ResourceCommitment', recordId: after.id, areaId: plan?.areaId ?? null, before, after });
}

async function commitmentFor(tx: Database, id: string): Promise<CommitmentRow> {
  const [row] = await tx.select().from(resourceCommitments).where(eq(resourceCommitments.id, id));
  if (!row) throw notFound('input.commitment', 'There is no such resource commitment');
  return row;
}

/** A partner commits its own organisation's resources: the organisation is always the viewer's (001 ¶5). */
export async function commitResources(context: Context, input: CommitResourcesInput): Promise<string> {
  const planId = rowIdOf(input.plan, 'Plan', 'input.plan');
  const description = input.description.trim();
  if (!description) throw badUserInput('input.description', 'Say what is committed');
  notNegative(input.amount);
  const values = {
    planId,
    organisationId: context.viewer.organisationId,
    description,
    amount: storedAmount(input.amount),
  };
  return write(context, 'commitResources', async (change) =>
    onceFor(change, context, input.clientMutationId, 'commitResources', async () => {
      const [plan] = await change.tx.select({ id: plans.id }).from(plans).where(eq(plans.id, planId));
      if (!plan) throw notFound('input.plan', 'There is no such plan');
      const [row] = await change.tx
        .insert(resourceCommitments)
        .values(values)
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      await recordChange(change, null, row!);
      return row!.id;
    }),
  );
}

/** Makes one commitment public (001 ¶5); the partner's other commitments to the plan stay as they are. */
export async function publishCommitment(context: Context, input: PublishCommitmentInput): Promise<string> {
  const id = rowIdOf(input.commitment, 'ResourceCommitment', 'input.commitment');
  return write(context, 'publishCommitment', async (change) => {
    const before = await commitmentFor(change.tx, id);
    assertVersion(before, input.expectedVersion);
    if (before.published) throw badUserInput('input.commitment', 'The commitment is already published');
    const after = await updateVersioned(change.tx, resourceCommitments, id, input.expectedVersion, { published: true });
    await recordChange(change, before, after);
    return id;
  });
}

/**
 * Changes an unpublished commitment. A published one has been made public as what the partner commits (001 ¶5):
 * changing it in place would rewrite what others were told, so it is refused and a new commitment is made instead.
 */
export async function updateCommitment(context: Context, input: UpdateCommitmentInput): Promise<string> {
  const id = rowIdOf(input.commitment, 'ResourceCommitment', 'input.commitment');
  const values: Partial<typeof resourceCommitments.$inferInsert> = {};
  if (input.description !== undefined) {
    const description = input.description?.trim();
    if (!description) throw badUserInput('input.description', 'Say what is committed');
    values.description = description;
  }
  if (input.amount !== undefined) {
    notNegative(input.amount);
    values.amount = storedAmount(input.amount);
  }
  if (Object.keys(values).length === 0) {
    throw badUserInput('input.description', 'Give a new description or amount to change');
  }
  return write(context, 'updateCommitment', async (change) => {
    const before = await commitmentFor(change.tx, id);
    assertVersion(before, input.expectedVersion);
    if (before.published) {
      throw badUserInput(
        'input.commitment',
        'The commitment is published, so it is public (001 ¶5) and cannot be changed silently; commit the new resources with commitResources and publish that instead',
      );
    }
    const after = await updateVersioned(change.tx, resourceCommitments, id, input.expectedVersion, values).catch(
      (error) => explainConstraint(error, constraintMeanings),
    );
    await recordChange(change, before, after);
    return id;
  });
}
