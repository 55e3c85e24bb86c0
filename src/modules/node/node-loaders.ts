import type { Context } from '../../context';
import { today, type IsoDate } from '../../shared/dates';
import { isNodeType, type DecodedId, type NodeTypeName } from '../../shared/global-id';
import type { Node } from '../../shared/record.type';
import { toLine } from '../accountability/index';
import { toArea } from '../areas/index';
import { toBody } from '../bodies/index';
import { toArrangement, toContribution } from '../budgets/index';
import { toDecision, toDelegation, toPower } from '../delegations/index';
import { toMembership } from '../memberships/index';
import { toOrganisation } from '../organisations/index';
import { toPerson, toPost } from '../people/index';
import { toPlan } from '../plans/index';
import { toSelfAssessment } from '../self-assessments/index';

type NodeLoader = (context: Context, rowId: string, asOf: IsoDate) => Promise<Node | undefined>;

/** How `node(id:)` fetches each type: through the request's loaders, so many ids still cost one statement a type. */
export const nodeLoaders: Record<NodeTypeName, NodeLoader> = {
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
  Power: async ({ stores }, id, asOf) =>
    mapRow(await stores.delegations.powersById.load(id), (row) => toPower(row, asOf)),
  Delegation: async ({ stores }, id, asOf) =>
    mapRow(await stores.delegations.byId.load(id), (row) => toDelegation(row, asOf)),
  Decision: async ({ stores }, id, asOf) =>
    mapRow(await stores.decisions.byId.load(id), (row) => toDecision(row, asOf)),
  BudgetArrangement: async ({ stores }, id, asOf) =>
    mapRow(await stores.budgets.byId.load(id), (row) => toArrangement(row, asOf)),
  Contribution: async ({ stores }, id, asOf) =>
    mapRow(await stores.budgets.contributionsById.load(id), (row) => toContribution(row, asOf)),
  Plan: async ({ stores }, id, asOf) => mapRow(await stores.plans.byId.load(id), (row) => toPlan(row, asOf)),
  SelfAssessment: async ({ stores }, id, asOf) =>
    mapRow(await stores.selfAssessments.byId.load(id), (row) => toSelfAssessment(row, asOf)),
};

/**
 * The Node a decoded id names, as at the date a dated id carries (else `asOf`, else today); undefined when there is
 * none or the id names a part, not a Node.
 */
export async function loadNode(context: Context, { type, rowId, asOf: dated }: DecodedId, asOf?: IsoDate) {
  return isNodeType(type) ? nodeLoaders[type](context, rowId, dated ?? asOf ?? today()) : undefined;
}

function mapRow<Row, Out>(row: Row | undefined, map: (row: Row) => Out): Out | undefined {
  return row === undefined ? undefined : map(row);
}
