export {
  Plan,
  PlanLink,
  Consultation,
  ResourceCommitment,
  PlanTarget,
  PlanReview,
  PlanStatusPeriod,
  type PlanRow,
} from './plan.type';
export { PlanKind, PlanLinkKind, PlanStatus, ConsulteeGroup } from './plan.enums';
export { PlanResolver, PlanConnection } from './plan.resolver';
export {
  PlanLinkResolver,
  ConsultationResolver,
  ResourceCommitmentResolver,
  PlanTargetResolver,
  PlanReviewResolver,
} from './plan-parts.resolver';
export { AreaPlansResolver, BodyPlansResolver, OrganisationPlansResolver } from './party-plans.resolver';
export { toPlan, loadPlan } from './plan.records';
export { PlanStore } from './plan.store';
export { PlanMutations } from './plan.mutations';
export { PlanFactMutations } from './plan-facts.mutations';
export { PlanProducerMutations } from './plan-producer.mutations';
