export { BudgetArrangement, Contribution, type BudgetArrangementRow, type ContributionRow } from './budget.type';
export { BudgetKind, LegalBasis, ServiceArea, ResourceType, EcmOutcome } from './budget.enums';
export { BudgetArrangementResolver, ContributionResolver, BudgetArrangementConnection } from './budget.resolver';
export { AreaBudgetsResolver, OrganisationBudgetsResolver, BodyBudgetsResolver } from './party-budgets.resolver';
export { toArrangement, toContribution, loadArrangement } from './budget.records';
export { BudgetStore } from './budget.store';
export { BudgetMutations } from './budget.mutations';
export { assertPartyFitsLegalBasis } from './arrangement-parties';
