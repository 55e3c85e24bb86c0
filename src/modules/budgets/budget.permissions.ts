import { guard } from '../../auth/rules';
import { publicQueries, publicStructure, publicTypes, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import type { Contribution } from './budget.type';

/** A contribution is its partner's, its arrangement's host's, the governing body secretariat's and auditors'. */
async function contributionDecision(contribution: Contribution, { stores }: Context) {
  const arrangement = await stores.budgets.byId.load(contribution.arrangementId);
  return {
    action: 'contribution:read' as const,
    anchors: {
      owners: [contribution.organisationId],
      hosts: [arrangement?.hostId],
      bodies: [arrangement?.governingBodyId],
      areas: [arrangement?.areaId],
    },
  };
}

const confidential = (field: string) =>
  guard<Contribution>({
    field: `Contribution.${field}`,
    actions: ['contribution:read'],
    decide: contributionDecision,
    recordId: (contribution) => contribution.uuid,
  });

export const budgetPermissions: PermissionTree[] = [
  publicQueries('budgetArrangements'),
  publicTypes('BudgetArrangement', 'BudgetArrangementConnection', 'BudgetArrangementEdge'),
  { Contribution: { ...publicStructure(), amount: confidential('amount'), shareBand: confidential('shareBand') } },
];
