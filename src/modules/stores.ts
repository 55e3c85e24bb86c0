import type DataLoader from 'dataloader';
import type { Database } from '../db';
import type { RecordTypeName } from '../shared/global-id';
import type { PrimeById } from '../shared/loaders';
import { AccountabilityLineStore } from './accountability/index';
import { AreaStore } from './areas/index';
import { BodyStore } from './bodies/index';
import { BudgetStore } from './budgets/index';
import { AreaFactsStore } from './compliance/index';
import { ChangeFeedStore } from './changes-feed/index';
import { SearchStore } from './search/index';
import { StatisticsStore } from './statistics/index';
import { DecisionStore, DelegationStore } from './delegations/index';
import { GraphStore } from './graph/index';
import { HistoryStore } from './history/index';
import { MembershipStore } from './memberships/index';
import { OrganisationStore } from './organisations/index';
import { PostStore } from './people/index';
import { PlanStore } from './plans/index';
import { SelfAssessmentStore } from './self-assessments/index';

/** One set per request: each store owns its DataLoaders, so cached rows never cross requests or viewers. */
export function createStores(db: Database) {
  const prime: PrimeById = (type, rows) => {
    const loader = byIdLoaders[type]?.(stores);
    if (loader) for (const row of rows) loader.prime(row.id, row);
  };
  const stores = {
    areas: new AreaStore(db),
    organisations: new OrganisationStore(db),
    bodies: new BodyStore(db),
    posts: new PostStore(db),
    memberships: new MembershipStore(db, prime),
    accountability: new AccountabilityLineStore(db, prime),
    graph: new GraphStore(db),
    history: new HistoryStore(db),
    delegations: new DelegationStore(db),
    decisions: new DecisionStore(db),
    budgets: new BudgetStore(db),
    plans: new PlanStore(db),
    selfAssessments: new SelfAssessmentStore(db),
    compliance: new AreaFactsStore(db),
    statistics: new StatisticsStore(db),
    search: new SearchStore(db),
    changesFeed: new ChangeFeedStore(db),
  };
  return stores;
}

export type Stores = ReturnType<typeof createStores>;

/** The by-id loader that serves each kind of record, where there is one. */
const byIdLoaders: Partial<Record<RecordTypeName, (stores: Stores) => DataLoader<string, unknown>>> = {
  Area: (stores) => stores.areas.byId,
  Organisation: (stores) => stores.organisations.byId,
  Body: (stores) => stores.bodies.byId,
  Post: (stores) => stores.posts.byId,
  Person: (stores) => stores.posts.peopleById,
  Membership: (stores) => stores.memberships.byId,
  AccountabilityLine: (stores) => stores.accountability.byId,
  Power: (stores) => stores.delegations.powersById,
  Delegation: (stores) => stores.delegations.byId,
  Decision: (stores) => stores.decisions.byId,
  BudgetArrangement: (stores) => stores.budgets.byId,
  Contribution: (stores) => stores.budgets.contributionsById,
  Plan: (stores) => stores.plans.byId,
  ResourceCommitment: (stores) => stores.plans.commitmentsById,
  PlanLink: (stores) => stores.plans.linksById,
  PlanTarget: (stores) => stores.plans.targetsById,
  PlanStatusPeriod: (stores) => stores.plans.statusesById,
  PlanReview: (stores) => stores.plans.reviewsById,
  PlanProducer: (stores) => stores.plans.producersById,
  SelfAssessment: (stores) => stores.selfAssessments.byId,
  OrganisationIdentifier: (stores) => stores.organisations.identifierById,
  OrganisationSuccession: (stores) => stores.organisations.successionById,
  DutyStatus: (stores) => stores.organisations.dutyStatusById,
  BodyLegalStatus: (stores) => stores.bodies.legalStatusesById,
  BodyWorkings: (stores) => stores.bodies.workingsById,
  BodyAlias: (stores) => stores.bodies.aliasesById,
  BodyDocument: (stores) => stores.bodies.documentsById,
  BodySuccession: (stores) => stores.bodies.successionsById,
  PostHolding: (stores) => stores.posts.holdingsById,
  InterestDeclaration: (stores) => stores.memberships.declarationsById,
  Nomination: (stores) => stores.memberships.nominationsById,
};

export interface WrittenRow {
  recordType: RecordTypeName;
  recordId: string;
  /** The row as the write left it, or something else describing the change (then it is not primed). */
  after: Record<string, unknown> | null;
}

/**
 * Fresh stores for the rest of a request that has just written: nothing read before the write is served after it,
 * and the rows the write committed are already in their loaders, so a payload costs no further read.
 */
export function storesAfterWrite(db: Database, written: readonly WrittenRow[]): Stores {
  const stores = createStores(db);
  for (const { recordType, recordId, after } of written) {
    const loader = byIdLoaders[recordType]?.(stores);
    // Only whole rows of the record itself: some changes describe a part (a post's funders) under their owner.
    if (loader && after?.id === recordId) loader.clear(recordId).prime(recordId, after);
  }
  return stores;
}
