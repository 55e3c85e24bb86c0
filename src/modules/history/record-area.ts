import type { RecordTypeName } from '../../shared/global-id';
import type { Stores } from '../stores';

type AreaIds = (string | null | undefined)[];
type AreasOf = (stores: Stores, rowId: string) => Promise<AreaIds>;

const organisationArea = async (stores: Stores, id: string | null | undefined): Promise<AreaIds> =>
  id ? [(await stores.organisations.byId.load(id))?.areaId] : [];
const bodyArea = async (stores: Stores, id: string | null | undefined): Promise<AreaIds> =>
  id ? [(await stores.bodies.byId.load(id))?.areaId] : [];
const partyArea = async (stores: Stores, bodyId: string | null, organisationId: string | null) =>
  bodyId ? bodyArea(stores, bodyId) : organisationArea(stores, organisationId);
const planArea = async (stores: Stores, id: string | null | undefined): Promise<AreaIds> =>
  id ? [(await stores.plans.byId.load(id))?.areaId] : [];
const postArea = async (stores: Stores, id: string | null | undefined): Promise<AreaIds> =>
  id ? organisationArea(stores, (await stores.posts.byId.load(id))?.employerId) : [];
const seatArea = async (stores: Stores, id: string | null | undefined): Promise<AreaIds> =>
  id ? bodyArea(stores, (await stores.memberships.byId.load(id))?.bodyId) : [];

/**
 * The area each kind of record belongs to, worked out from the record as it stands: the same area its services
 * file its changes under, so that a record loaded by the seeds, which has no history, still belongs to its area
 * and an auditor of that area may ask for its (empty) history. A person belongs to the areas of the organisations
 * whose posts they hold and of the bodies they sit on in person; a power, to no area.
 */
const areasOfRecord: Record<RecordTypeName, AreasOf> = {
  Area: async (_stores, id) => [id],
  Organisation: (stores, id) => organisationArea(stores, id),
  OrganisationIdentifier: async (stores, id) =>
    organisationArea(stores, (await stores.organisations.identifierById.load(id))?.organisationId),
  OrganisationCoverage: async (stores, id) =>
    organisationArea(stores, (await stores.organisations.coverageById.load(id))?.coverage.organisationId),
  OrganisationSuccession: async (stores, id) =>
    organisationArea(stores, (await stores.organisations.successionById.load(id))?.successorId),
  DutyStatus: async (stores, id) =>
    organisationArea(stores, (await stores.organisations.dutyStatusById.load(id))?.organisationId),
  Body: (stores, id) => bodyArea(stores, id),
  BodyLegalStatus: async (stores, id) => bodyArea(stores, (await stores.bodies.legalStatusesById.load(id))?.bodyId),
  BodyWorkings: async (stores, id) => bodyArea(stores, (await stores.bodies.workingsById.load(id))?.bodyId),
  BodyAlias: async (stores, id) => bodyArea(stores, (await stores.bodies.aliasesById.load(id))?.bodyId),
  BodyDocument: async (stores, id) => bodyArea(stores, (await stores.bodies.documentsById.load(id))?.bodyId),
  BodySuccession: async (stores, id) => bodyArea(stores, (await stores.bodies.successionsById.load(id))?.successorId),
  Post: (stores, id) => postArea(stores, id),
  PostHolding: async (stores, id) => postArea(stores, (await stores.posts.holdingsById.load(id))?.postId),
  Person: async (stores, id) => {
    const holdings = await stores.posts.holdingsOfPerson.load(id);
    const seats = await stores.posts.bodiesSatOnInPerson.load(id);
    const areas = await Promise.all([
      ...holdings.map((holding) => postArea(stores, holding.postId)),
      ...seats.map((seat) => bodyArea(stores, seat.bodyId)),
    ]);
    return areas.flat();
  },
  Membership: (stores, id) => seatArea(stores, id),
  InterestDeclaration: async (stores, id) =>
    seatArea(stores, (await stores.memberships.declarationsById.load(id))?.membershipId),
  Nomination: async (stores, id) => bodyArea(stores, (await stores.memberships.nominationsById.load(id))?.bodyId),
  AccountabilityLine: async (stores, id) => {
    const line = await stores.accountability.byId.load(id);
    return line ? partyArea(stores, line.fromBodyId, line.fromOrganisationId) : [];
  },
  Power: async () => [],
  Delegation: async (stores, id) => {
    const delegation = await stores.delegations.byId.load(id);
    if (!delegation) return [];
    const [delegator] = await partyArea(stores, delegation.delegatorBodyId, delegation.delegatorOrganisationId);
    return delegator ? [delegator] : partyArea(stores, delegation.delegateBodyId, delegation.delegateOrganisationId);
  },
  Decision: async (stores, id) => bodyArea(stores, (await stores.decisions.byId.load(id))?.bodyId),
  BudgetArrangement: async (stores, id) => [(await stores.budgets.byId.load(id))?.areaId],
  Contribution: async (stores, id) => {
    const contribution = await stores.budgets.contributionsById.load(id);
    return contribution ? [(await stores.budgets.byId.load(contribution.arrangementId))?.areaId] : [];
  },
  Plan: async (stores, id) => [(await stores.plans.byId.load(id))?.areaId],
  ResourceCommitment: async (stores, id) => {
    const commitment = await stores.plans.commitmentsById.load(id);
    return commitment ? [(await stores.plans.byId.load(commitment.planId))?.areaId] : [];
  },
  PlanLink: async (stores, id) => planArea(stores, (await stores.plans.linksById.load(id))?.planId),
  PlanTarget: async (stores, id) => planArea(stores, (await stores.plans.targetsById.load(id))?.planId),
  PlanStatusPeriod: async (stores, id) => planArea(stores, (await stores.plans.statusesById.load(id))?.planId),
  PlanReview: async (stores, id) => planArea(stores, (await stores.plans.reviewsById.load(id))?.planId),
  PlanProducer: async (stores, id) => planArea(stores, (await stores.plans.producersById.load(id))?.planId),
  SelfAssessment: async (stores, id) => bodyArea(stores, (await stores.selfAssessments.byId.load(id))?.bodyId),
};

export function recordAreas(stores: Stores, type: RecordTypeName, rowId: string): Promise<AreaIds> {
  return areasOfRecord[type](stores, rowId);
}
