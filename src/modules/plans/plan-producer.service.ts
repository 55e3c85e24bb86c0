import { and, eq } from 'drizzle-orm';
import { planProducers, plans } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { badUserInput, notFound } from '../../shared/errors';
import { decodeGlobalId, rowIdOf } from '../../shared/global-id';
import { lockRow } from '../history/locks';
import { onceFor, write } from '../history/write';
import { assertBodyOfPlanArea } from './plan-part';
import type { RecordPlanProducerInput, WithdrawPlanProducerInput } from './plan-producer.input';

const constraintMeanings = {
  plan_producers_producer_organisation_id_organisations_id_fk: {
    field: 'input.producer',
    message: 'There is no such organisation',
  },
};

/** The producer's column and row id: an organisation or a body, as the table keeps exactly one (0011). */
function producerOf(globalId: string) {
  const rowId = rowIdOf(globalId, ['Organisation', 'Body'], 'input.producer');
  const isBody = decodeGlobalId(globalId)?.type === 'Body';
  return {
    values: { producerOrganisationId: isBody ? null : rowId, producerBodyId: isBody ? rowId : null },
    bodyId: isBody ? rowId : null,
    matches: isBody ? eq(planProducers.producerBodyId, rowId) : eq(planProducers.producerOrganisationId, rowId),
  };
}

/**
 * The plan, locked against other writes of its producers: the unique key cannot refuse a second naming of the same
 * producer (one of its columns is always null, and nulls are distinct), so the check below must not race another.
 */
async function planForProducers(tx: Context['db'], planId: string) {
  const plan = await lockRow(tx, plans, planId, 'update');
  if (!plan) throw notFound('input.plan', 'There is no such plan');
  return plan;
}

/** Names a producer of a plan; the LA–PCT sign-off rule (001 App. 1) reads them. Returns the plan's id. */
export async function recordPlanProducer(context: Context, input: RecordPlanProducerInput): Promise<string> {
  const planId = rowIdOf(input.plan, 'Plan', 'input.plan');
  const producer = producerOf(input.producer);
  await write(context, 'recordPlanProducer', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordPlanProducer', async () => {
      const plan = await planForProducers(change.tx, planId);
      if (producer.bodyId) await assertBodyOfPlanArea(change.tx, plan, producer.bodyId, 'input.producer');
      const [named] = await change.tx
        .select({ id: planProducers.id })
        .from(planProducers)
        .where(and(eq(planProducers.planId, planId), producer.matches));
      if (named) throw badUserInput('input.producer', 'The plan already names this producer');
      const [row] = await change.tx
        .insert(planProducers)
        .values({ planId, ...producer.values })
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({ recordType: 'PlanProducer', recordId: row!.id, areaId: plan.areaId, before: null, after: row! });
      return row!.id;
    }),
  );
  return planId;
}

/**
 * Withdraws a producer. Naming a producer is a statement about the plan with no period of its own (like a link
 * between plans), so one the plan no longer makes is removed; its history keeps what it said.
 */
export async function withdrawPlanProducer(context: Context, input: WithdrawPlanProducerInput): Promise<string> {
  const planId = rowIdOf(input.plan, 'Plan', 'input.plan');
  const producer = producerOf(input.producer);
  return write(context, 'withdrawPlanProducer', async (change) => {
    const plan = await planForProducers(change.tx, planId);
    const [before] = await change.tx
      .delete(planProducers)
      .where(and(eq(planProducers.planId, planId), producer.matches))
      .returning();
    if (!before) throw notFound('input.producer', 'The plan does not name this producer');
    change.record({ recordType: 'PlanProducer', recordId: before.id, areaId: plan.areaId, before, after: null });
    return planId;
  });
}
