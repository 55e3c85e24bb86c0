import type { NonEmptyArray } from 'type-graphql';
import {
  AccountabilityLineMutations,
  AccountabilityLineResolver,
  BodyLinesResolver,
  OrganisationLinesResolver,
} from './accountability/index';
import { AreaResolver } from './areas/index';
import { AreaBodiesResolver, BodyMutations, BodyResolver, BodySuccessionResolver } from './bodies/index';
import {
  AreaBudgetsResolver,
  BodyBudgetsResolver,
  BudgetArrangementResolver,
  BudgetMutations,
  ContributionResolver,
  OrganisationBudgetsResolver,
} from './budgets/index';
import {
  BodyDelegationsResolver,
  DecisionResolver,
  DelegationMutations,
  DelegationResolver,
  OrganisationDelegationsResolver,
  PowerResolver,
  RatificationResolver,
} from './delegations/index';
import { ComplianceResolver } from './compliance/index';
import { SearchResolver } from './search/index';
import { StatisticsResolver } from './statistics/index';
import { ChangeResolver, HistoryResolver } from './history/index';
import { ChangeFeedResolver } from './changes-feed/index';
import { GraphEdgeResolver, GraphNodeResolver, PartnershipGraphResolver } from './graph/index';
import {
  BodyMembershipsResolver,
  BodyNominationsResolver,
  MembershipMutations,
  MembershipResolver,
  NominationMutations,
  NominationResolver,
  OrganisationMembershipsResolver,
  PersonMembershipsResolver,
  PostMembershipsResolver,
} from './memberships/index';
import { NodeResolver } from './node/node.resolver';
import { ViewerResolver } from './viewer/index';
import {
  AreaCoterminosityResolver,
  DutyStatusMutations,
  OrganisationMutations,
  OrganisationResolver,
  OrganisationSuccessionResolver,
} from './organisations/index';
import {
  BodyPostsResolver,
  OrganisationPostsResolver,
  PersonResolver,
  PostFunderResolver,
  PostHoldingResolver,
  PostMutations,
  PostResolver,
} from './people/index';
import {
  AreaPlansResolver,
  BodyPlansResolver,
  ConsultationResolver,
  OrganisationPlansResolver,
  PlanFactMutations,
  PlanLinkResolver,
  PlanMutations,
  PlanResolver,
  PlanReviewResolver,
  PlanTargetResolver,
  ResourceCommitmentResolver,
} from './plans/index';
import {
  QuestionComparisonResolver,
  SelfAssessmentScoreResolver,
  BodySelfAssessmentsResolver,
  SelfAssessmentAnswerResolver,
  SelfAssessmentMutations,
  SelfAssessmentQuestionResolver,
  SelfAssessmentResolver,
} from './self-assessments/index';

/** Every resolver class of the schema. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  ViewerResolver,
  ChangeFeedResolver,
  AreaResolver,
  OrganisationResolver,
  OrganisationSuccessionResolver,
  OrganisationMutations,
  DutyStatusMutations,
  AreaCoterminosityResolver,
  BodyResolver,
  BodyMutations,
  BodySuccessionResolver,
  AreaBodiesResolver,
  PostResolver,
  PostMutations,
  PersonResolver,
  PostHoldingResolver,
  PostFunderResolver,
  OrganisationPostsResolver,
  BodyPostsResolver,
  MembershipResolver,
  MembershipMutations,
  NominationResolver,
  NominationMutations,
  BodyNominationsResolver,
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
  DelegationMutations,
  DecisionResolver,
  RatificationResolver,
  BodyDelegationsResolver,
  OrganisationDelegationsResolver,
  BudgetArrangementResolver,
  BudgetMutations,
  ContributionResolver,
  AreaBudgetsResolver,
  OrganisationBudgetsResolver,
  BodyBudgetsResolver,
  PlanResolver,
  PlanMutations,
  PlanLinkResolver,
  ConsultationResolver,
  ResourceCommitmentResolver,
  PlanTargetResolver,
  PlanReviewResolver,
  PlanFactMutations,
  AreaPlansResolver,
  BodyPlansResolver,
  OrganisationPlansResolver,
  SelfAssessmentQuestionResolver,
  SelfAssessmentResolver,
  SelfAssessmentMutations,
  SelfAssessmentAnswerResolver,
  BodySelfAssessmentsResolver,
  SelfAssessmentScoreResolver,
  QuestionComparisonResolver,
  HistoryResolver,
  ChangeResolver,
  ComplianceResolver,
  StatisticsResolver,
  SearchResolver,
];
