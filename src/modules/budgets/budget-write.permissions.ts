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

/** Who is already party to an arrangement: its host and every organisation that has contributed in any year. */
async function partiesOf(id: string, { stores }: Context) {
  const arrangementId = rowIdOf(id, 'BudgetArrangement', 'input.arrangement');
  const [arrangement, contributions] = await Promise.all([
    stores.budgets.byId.load(arrangementId),
    stores.budgets.contributionsTo.load(arrangementId),
  ]);
  return {
    hosts: [arrangement?.hostId],
    parties: [arrangement?.hostId, ...contributions.map((c) => c.organisationId)],
  };
}

/**
 * Money belongs to its parties (DOMAIN.md §8). An arrangement is its host's and its governing body secretariat's to
 * create and end, and naming a governing body takes standing on that body. A contribution is its partner's (its
 * editors) and the host's to record, and only the host may name an organisation other than its own; a partner not
 * yet party to the arrangement is brought in by the host recording its first contribution, after which it records
 * its own. So nobody puts money into, or reads the figures of, another's pool by its own act.
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
      also: {
        action: 'budget:govern',
        when: ({ input }) => Boolean(input.governingBody),
        anchorsOf: ({ input }) => ({ bodies: [rowIdOf(input.governingBody!, 'Body', 'input.governingBody')] }),
      },
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
      also: {
        action: 'contribution:join',
        anchorsOf: ({ input }, context) => partiesOf(input.arrangement, context),
      },
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
