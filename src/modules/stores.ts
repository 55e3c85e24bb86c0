import type { Database } from '../db';
import { AccountabilityLineStore } from './accountability/index';
import { AreaStore } from './areas/index';
import { BodyStore } from './bodies/index';
import { BudgetStore } from './budgets/index';
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
  return {
    areas: new AreaStore(db),
    organisations: new OrganisationStore(db),
    bodies: new BodyStore(db),
    posts: new PostStore(db),
    memberships: new MembershipStore(db),
    accountability: new AccountabilityLineStore(db),
    graph: new GraphStore(db),
    history: new HistoryStore(db),
    delegations: new DelegationStore(db),
    decisions: new DecisionStore(db),
    budgets: new BudgetStore(db),
    plans: new PlanStore(db),
    selfAssessments: new SelfAssessmentStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;
