import type { Context } from '../../context';
import type { IsoDate } from '../../shared/dates';
import type { NodeTypeName } from '../../shared/global-id';
import type { Node } from '../../shared/record.type';
import { toLine } from '../accountability/index';
import { toArea } from '../areas/index';
import { toBody } from '../bodies/index';
import { toMembership } from '../memberships/index';
import { toOrganisation } from '../organisations/index';
import { toPerson, toPost } from '../people/index';

type NodeLoader = (context: Context, rowId: string, asOf: IsoDate) => Promise<Node | undefined>;

/** How `node(id:)` fetches each type: through the request's loaders, so many ids still cost one statement a type. */
export const nodeLoaders: Partial<Record<NodeTypeName, NodeLoader>> = {
  Area: async ({ stores }, id, asOf) => mapRow(await stores.areas.byId.load(id), (row) => toArea(row, asOf)),
  Organisation: async ({ stores }, id, asOf) =>
    mapRow(await stores.organisations.byId.load(id), (row) => toOrganisation(row, asOf)),
  Body: async ({ stores }, id, asOf) => mapRow(await stores.bodies.byId.load(id), (row) => toBody(row, asOf)),
  Post: async ({ stores }, id, asOf) => mapRow(await stores.posts.byId.load(id), (row) => toPost(row, asOf)),
  Person: async ({ stores }, id, asOf) => mapRow(await stores.posts.peopleById.load(id), (row) => toPerson(row, asOf)),
  Membership: async ({ stores }, id, asOf) =>
    mapRow(await stores.memberships.byId.load(id), (row) => toMembership(row, asOf)),
  AccountabilityLine: async ({ stores }, id, asOf) =>
    mapRow(await stores.accountability.byId.load(id), (row) => toLine(row, asOf)),
};

function mapRow<Row, Out>(row: Row | undefined, map: (row: Row) => Out): Out | undefined {
  return row === undefined ? undefined : map(row);
}
