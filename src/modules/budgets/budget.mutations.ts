import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import {
  BudgetArrangementPayload,
  ContributionPayload,
  CreateBudgetArrangementInput,
  EndBudgetArrangementInput,
  RecordContributionInput,
  UpdateContributionInput,
} from './budget.input';
import { toArrangement, toContribution } from './budget.records';
import { createBudgetArrangement, endBudgetArrangement } from './budget.service';
import { recordContribution, updateContribution } from './contribution.service';

async function arrangementPayload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<BudgetArrangementPayload> {
  const row = await context.stores.budgets.byId.load(id);
  if (!row) throw new Error(`Budget arrangement ${id} vanished after it was written`);
  const asOf = row.validTo && row.validTo <= today() ? row.validFrom : today();
  return { budgetArrangement: toArrangement(row, asOf), clientMutationId };
}

async function contributionPayload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<ContributionPayload> {
  const row = await context.stores.budgets.contributionsById.load(id);
  if (!row) throw new Error(`Contribution ${id} vanished after it was written`);
  return { contribution: toContribution(row, today()), clientMutationId };
}

@Resolver()
export class BudgetMutations {
  @Mutation(() => BudgetArrangementPayload, {
    description:
      'Creates a budget arrangement. A pooled fund needs exactly one host and an aligned budget none; under s31 the host must be a local authority or health body, and under s10 an organisation with the duty to co-operate on the day the arrangement starts (004 ¶136).',
  })
  async createBudgetArrangement(
    @Ctx() context: Context,
    @Arg('input', () => CreateBudgetArrangementInput, { description: 'The arrangement.' })
    input: CreateBudgetArrangementInput,
  ): Promise<BudgetArrangementPayload> {
    return arrangementPayload(context, await createBudgetArrangement(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => BudgetArrangementPayload, {
    description:
      'Ends a budget arrangement on a date. Refused while a contribution is recorded for a financial year beginning on or after that date. It stays answerable with asOf.',
  })
  async endBudgetArrangement(
    @Ctx() context: Context,
    @Arg('input', () => EndBudgetArrangementInput, { description: 'Which arrangement, and when it ends.' })
    input: EndBudgetArrangementInput,
  ): Promise<BudgetArrangementPayload> {
    return arrangementPayload(context, await endBudgetArrangement(context, input));
  }

  @Mutation(() => ContributionPayload, {
    description:
      'Records a partner’s contribution to an arrangement for a financial year: by default the caller’s own organisation’s. Under s31 only local authorities and health bodies may contribute; under s10 only organisations with the duty to co-operate when they join (004 ¶136).',
  })
  async recordContribution(
    @Ctx() context: Context,
    @Arg('input', () => RecordContributionInput, { description: 'The contribution.' }) input: RecordContributionInput,
  ): Promise<ContributionPayload> {
    return contributionPayload(context, await recordContribution(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => ContributionPayload, { description: 'Changes the amount or share of a contribution.' })
  async updateContribution(
    @Ctx() context: Context,
    @Arg('input', () => UpdateContributionInput, { description: 'Which contribution, and its new amount or share.' })
    input: UpdateContributionInput,
  ): Promise<ContributionPayload> {
    return contributionPayload(context, await updateContribution(context, input));
  }
}
