import { guardOperation } from '../../auth/rules';
import { publicStructure, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import { rowIdOf } from '../../shared/global-id';
import type {
  CreateBudgetArrangementInput,
  EndBudgetArrangementInput,
  RecordContributionInput,
  UpdateContributionInput,
} from './budget.input';
import { contributorOf } from './contribution.service';

async function arrangementAnchors(id: string, { stores }: Context) {
  const arrangement = await stores.budgets.byId.load(rowIdOf(id, 'BudgetArrangement', 'input.arrangement'));
  return { hosts: [arrangement?.hostId], bodies: [arrangement?.governingBodyId] };
}

/**
 * An arrangement is its host's and its governing body secretariat's to create and end; a contribution is its
 * partner's (its editors) and the host's to record, and only they may name an organisation other than their own.
 */
export const budgetWritePermissions: PermissionTree = {
  Mutation: {
    createBudgetArrangement: guardOperation<{ input: CreateBudgetArrangementInput }>({
      field: 'Mutation.createBudgetArrangement',
      action: 'budget:edit',
      anchorsOf: ({ input }) => ({
        hosts: [input.host ? rowIdOf(input.host, 'Organisation', 'input.host') : null],
        bodies: [input.governingBody ? rowIdOf(input.governingBody, 'Body', 'input.governingBody') : null],
      }),
    }),
    endBudgetArrangement: guardOperation<{ input: EndBudgetArrangementInput }>({
      field: 'Mutation.endBudgetArrangement',
      action: 'budget:edit',
      anchorsOf: ({ input }, context) => arrangementAnchors(input.arrangement, context),
    }),
    recordContribution: guardOperation<{ input: RecordContributionInput }>({
      field: 'Mutation.recordContribution',
      action: 'contribution:edit',
      anchorsOf: async ({ input }, context) => ({
        owners: [contributorOf(context, input)],
        hosts: (await arrangementAnchors(input.arrangement, context)).hosts,
      }),
    }),
    updateContribution: guardOperation<{ input: UpdateContributionInput }>({
      field: 'Mutation.updateContribution',
      action: 'contribution:edit',
      anchorsOf: async ({ input }, { stores }) => {
        const id = rowIdOf(input.contribution, 'Contribution', 'input.contribution');
        const contribution = await stores.budgets.contributionsById.load(id);
        const arrangement = contribution ? await stores.budgets.byId.load(contribution.arrangementId) : undefined;
        return { owners: [contribution?.organisationId], hosts: [arrangement?.hostId] };
      },
    }),
  },
  BudgetArrangementPayload: publicStructure(),
  ContributionPayload: publicStructure(),
};
