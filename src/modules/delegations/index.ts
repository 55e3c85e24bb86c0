export { Power, Delegation, type PowerRow, type DelegationRow } from './delegation.type';
export { Decision, Ratification, type DecisionRow, type RatificationRow } from './decision.type';
export { DecisionStatus, RatificationStatus } from './delegation.enums';
export { PowerResolver, DelegationResolver, DelegationConnection } from './delegation.resolver';
export { DecisionResolver, RatificationResolver, DecisionConnection } from './decision.resolver';
export { BodyDelegationsResolver, OrganisationDelegationsResolver } from './party-delegations.resolver';
export { toPower, toDelegation, toDecision, loadDelegation, loadDecision } from './delegation.records';
export { DelegationStore } from './delegation.store';
export { DecisionStore } from './decision.store';
