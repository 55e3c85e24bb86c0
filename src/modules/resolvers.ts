import type { NonEmptyArray } from 'type-graphql';
import {
  AccountabilityLineMutations,
  AccountabilityLineResolver,
  BodyLinesResolver,
  OrganisationLinesResolver,
} from './accountability/index';
import { AreaResolver } from './areas/index';
import { AreaBodiesResolver, BodyResolver, BodySuccessionResolver } from './bodies/index';
import {
  AreaBudgetsResolver,
  BodyBudgetsResolver,
  BudgetArrangementResolver,
  ContributionResolver,
  OrganisationBudgetsResolver,
} from './budgets/index';
import {
  BodyDelegationsResolver,
  DecisionResolver,
  DelegationResolver,
  OrganisationDelegationsResolver,
  PowerResolver,
  RatificationResolver,
} from './delegations/index';
import { HistoryResolver } from './history/index';
import { GraphEdgeResolver, GraphNodeResolver, PartnershipGraphResolver } from './graph/index';
import {
  BodyMembershipsResolver,
  MembershipMutations,
  MembershipResolver,
  OrganisationMembershipsResolver,
  PersonMembershipsResolver,
  PostMembershipsResolver,
} from './memberships/index';
import { NodeResolver } from './node/node.resolver';
import { OrganisationResolver, OrganisationSuccessionResolver } from './organisations/index';
import {
  BodyPostsResolver,
  OrganisationPostsResolver,
  PersonResolver,
  PostFunderResolver,
  PostHoldingResolver,
  PostResolver,
} from './people/index';
import {
  AreaPlansResolver,
  BodyPlansResolver,
  ConsultationResolver,
  OrganisationPlansResolver,
  PlanLinkResolver,
  PlanResolver,
  PlanTargetResolver,
  ResourceCommitmentResolver,
} from './plans/index';
import {
  BodySelfAssessmentsResolver,
  SelfAssessmentAnswerResolver,
  SelfAssessmentQuestionResolver,
  SelfAssessmentResolver,
} from './self-assessments/index';

/** Every resolver class of the schema. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  AreaResolver,
  OrganisationResolver,
  OrganisationSuccessionResolver,
  BodyResolver,
  BodySuccessionResolver,
  AreaBodiesResolver,
  PostResolver,
  PersonResolver,
  PostHoldingResolver,
  PostFunderResolver,
  OrganisationPostsResolver,
  BodyPostsResolver,
  MembershipResolver,
  MembershipMutations,
  BodyMembershipsResolver,
  OrganisationMembershipsResolver,
  PostMembershipsResolver,
  PersonMembershipsResolver,
  AccountabilityLineResolver,
  AccountabilityLineMutations,
  BodyLinesResolver,
  OrganisationLinesResolver,
  PartnershipGraphResolver,
  GraphNodeResolver,
  GraphEdgeResolver,
  PowerResolver,
  DelegationResolver,
  DecisionResolver,
  RatificationResolver,
  BodyDelegationsResolver,
  OrganisationDelegationsResolver,
  BudgetArrangementResolver,
  ContributionResolver,
  AreaBudgetsResolver,
  OrganisationBudgetsResolver,
  BodyBudgetsResolver,
  PlanResolver,
  PlanLinkResolver,
  ConsultationResolver,
  ResourceCommitmentResolver,
  PlanTargetResolver,
  AreaPlansResolver,
  BodyPlansResolver,
  OrganisationPlansResolver,
  SelfAssessmentQuestionResolver,
  SelfAssessmentResolver,
  SelfAssessmentAnswerResolver,
  BodySelfAssessmentsResolver,
  HistoryResolver,
];
