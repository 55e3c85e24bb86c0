import type { Database } from '../db';
import { AccountabilityLineStore } from './accountability/index';
import { AreaStore } from './areas/index';
import { BodyStore } from './bodies/index';
import { GraphStore } from './graph/index';
import { MembershipStore } from './memberships/index';
import { OrganisationStore } from './organisations/index';
import { PostStore } from './people/index';

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
  };
}

export type Stores = ReturnType<typeof createStores>;
