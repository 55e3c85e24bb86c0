import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { DecisionPayload, RatificationPayload, RatifyDecisionInput, RecordDecisionInput } from './decision.input';
import { ratifyDecision, recordDecision } from './decision.service';
import { DelegatePowerInput, DelegationPayload, RevokeDelegationInput } from './delegation.input';
import { toDecision, toDelegation, toRatification } from './delegation.records';
import { delegatePower, revokeDelegation } from './delegation.service';
import { warningsOf } from '../compliance/index';

async function delegationPayload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<DelegationPayload> {
  const row = await context.stores.delegations.byId.load(id);
  if (!row) throw new Error(`Delegation ${id} vanished after it was written`);
  const asOf = row.validTo && row.validTo <= today() ? row.validFrom : today();
  return { delegation: toDelegation(row, asOf), clientMutationId };
}

async function decisionPayload(
  context: Context,
  id: string,
  clientMutationId: string | null,
): Promise<DecisionPayload> {
  const row = await context.stores.decisions.byId.load(id);
  if (!row) throw new Error(`Decision ${id} vanished after it was written`);
  const body = await context.stores.bodies.byId.load(row.bodyId);
  // DOMAIN.md §4 rule 9 warns: a decision "ratified" with no partner's ratification is recorded, and reported.
  const warnings = await warningsOf(
    context,
    { recordType: 'Decision', rowId: row.id, areaId: body?.areaId ?? null, asOf: row.decidedOn },
    ['decision.formalised'],
  );
  return { decision: toDecision(row, row.decidedOn), clientMutationId, warnings };
}

@Resolver()
export class DelegationMutations {
  @Mutation(() => DelegationPayload, {
    description:
      'Delegates a power for a period. Refused when the delegate would get more than the delegator holds: a body ' +
      'passes on only a power delegated to it that allows sub-delegation, within its period and financial limit, ' +
      'keeping its reserved matters reserved.',
  })
  async delegatePower(
    @Ctx() context: Context,
    @Arg('input', () => DelegatePowerInput, { description: 'The delegation.' }) input: DelegatePowerInput,
  ): Promise<DelegationPayload> {
    return delegationPayload(context, await delegatePower(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => DelegationPayload, {
    description:
      'Ends a delegation on a date. Refused while sub-delegations or decisions under it run beyond that date.',
  })
  async revokeDelegation(
    @Ctx() context: Context,
    @Arg('input', () => RevokeDelegationInput, { description: 'Which delegation, and when it ends.' })
    input: RevokeDelegationInput,
  ): Promise<DelegationPayload> {
    return delegationPayload(context, await revokeDelegation(context, input));
  }

  @Mutation(() => DecisionPayload, {
    description:
      'Records a decision of a body. One taken under delegation names a delegation to that body holding on the day.',
  })
  async recordDecision(
    @Ctx() context: Context,
    @Arg('input', () => RecordDecisionInput, { description: 'The decision.' }) input: RecordDecisionInput,
  ): Promise<DecisionPayload> {
    return decisionPayload(context, await recordDecision(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => RatificationPayload, {
    description: 'Records your organisation’s answer to a decision: it binds your organisation once ratified (003 ¶3).',
  })
  async ratifyDecision(
    @Ctx() context: Context,
    @Arg('input', () => RatifyDecisionInput, { description: 'Which decision, and your answer.' })
    input: RatifyDecisionInput,
  ): Promise<RatificationPayload> {
    const id = await ratifyDecision(context, input);
    const rows = await context.stores.decisions.ratificationsBy.load(context.viewer.organisationId);
    const row = rows.find((candidate) => candidate.id === id);
    if (!row) throw new Error(`Ratification ${id} vanished after it was written`);
    const decision = await decisionPayload(context, row.decisionId, null);
    return { ratification: toRatification(row, decision.decision.asOf), decision: decision.decision };
  }
}
