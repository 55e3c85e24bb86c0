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

/**
 * One set per request: each store owns its DataLoaders, so cached rows never cross requests or viewers. A store is
 * made when the request first uses it: a request reads through two or three of the seventeen, and making all of them,
 * with their eighty-odd loaders, was a cost of every request.
 */
export class RegistryStores {
  #areas?: AreaStore;
  #organisations?: OrganisationStore;
  #bodies?: BodyStore;
  #posts?: PostStore;
  #memberships?: MembershipStore;
  #accountability?: AccountabilityLineStore;
  #graph?: GraphStore;
  #history?: HistoryStore;
  #delegations?: DelegationStore;
  #decisions?: DecisionStore;
  #budgets?: BudgetStore;
  #plans?: PlanStore;
  #selfAssessments?: SelfAssessmentStore;
  #compliance?: AreaFactsStore;
  #statistics?: StatisticsStore;
  #search?: SearchStore;
  #changesFeed?: ChangeFeedStore;

  constructor(private readonly db: Database) {}

  /** Hands rows read alongside others to their type's by-id loader (see `PrimeById`). */
  readonly prime: PrimeById = (type, rows) => {
    const loader = byIdLoaders[type]?.(this);
    if (loader) for (const row of rows) loader.prime(row.id, row);
  };

  get areas(): AreaStore {
    return (this.#areas ??= new AreaStore(this.db));
  }
  get organisations(): OrganisationStore {
    return (this.#organisations ??= new OrganisationStore(this.db));
  }
  get bodies(): BodyStore {
    return (this.#bodies ??= new BodyStore(this.db));
  }
  get posts(): PostStore {
    return (this.#posts ??= new PostStore(this.db));
  }
  get memberships(): MembershipStore {
    return (this.#memberships ??= new MembershipStore(this.db, this.prime));
  }
  get accountability(): AccountabilityLineStore {
    return (this.#accountability ??= new AccountabilityLineStore(this.db, this.prime));
  }
  get graph(): GraphStore {
    return (this.#graph ??= new GraphStore(this.db));
  }
  get history(): HistoryStore {
    return (this.#history ??= new HistoryStore(this.db));
  }
  get delegations(): DelegationStore {
    return (this.#delegations ??= new DelegationStore(this.db));
  }
  get decisions(): DecisionStore {
    return (this.#decisions ??= new DecisionStore(this.db));
  }
  get budgets(): BudgetStore {
    return (this.#budgets ??= new BudgetStore(this.db));
  }
  get plans(): PlanStore {
    return (this.#plans ??= new PlanStore(this.db));
  }
  get selfAssessments(): SelfAssessmentStore {
    return (this.#selfAssessments ??= new SelfAssessmentStore(this.db));
  }
  get compliance(): AreaFactsStore {
    return (this.#compliance ??= new AreaFactsStore(this.db));
  }
  get statistics(): StatisticsStore {
    return (this.#statistics ??= new StatisticsStore(this.db));
  }
  get search(): SearchStore {
    return (this.#search ??= new SearchStore(this.db));
  }
  get changesFeed(): ChangeFeedStore {
    return (this.#changesFeed ??= new ChangeFeedStore(this.db));
  }
}

export function createStores(db: Database): RegistryStores {
  return new RegistryStores(db);
}

export type Stores = RegistryStores;

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
