import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { RecordPlanProducerInput, WithdrawPlanProducerInput } from './plan-producer.input';
import { recordPlanProducer, withdrawPlanProducer } from './plan-producer.service';
import { PlanPayload } from './plan.input';
import { loadPlan } from './plan.records';
import { producerWarnings } from './plan-warnings';

@Resolver()
export class PlanProducerMutations {
  @Mutation(() => PlanPayload, {
    description:
      'Names an organisation or body that produced a plan; `Plan.producers` then shows it. Where the producers ' +
      'named still break a rule on who produces the plan (a CYPP without a PCT), the payload says so in `warnings`.',
  })
  async recordPlanProducer(
    @Ctx() context: Context,
    @Arg('input', () => RecordPlanProducerInput, { description: 'The plan and its producer.' })
    input: RecordPlanProducerInput,
  ): Promise<PlanPayload> {
    const planId = await recordPlanProducer(context, input);
    return {
      plan: await loadPlan(context, planId, today()),
      clientMutationId: input.clientMutationId ?? null,
      warnings: await producerWarnings(context, planId, 'recordPlanProducer'),
    };
  }

  @Mutation(() => PlanPayload, {
    description:
      'Withdraws a producer a plan no longer names; its history keeps it. Where the producers left break a rule on ' +
      'who produces the plan (a CYPP without the authority or a PCT), the payload says so in `warnings`.',
  })
  async withdrawPlanProducer(
    @Ctx() context: Context,
    @Arg('input', () => WithdrawPlanProducerInput, { description: 'The plan and the producer.' })
    input: WithdrawPlanProducerInput,
  ): Promise<PlanPayload> {
    const planId = await withdrawPlanProducer(context, input);
    return {
      plan: await loadPlan(context, planId, today()),
      clientMutationId: null,
      warnings: await producerWarnings(context, planId, 'withdrawPlanProducer'),
    };
  }
}
