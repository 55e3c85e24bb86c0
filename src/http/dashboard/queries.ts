/**
 * The page's GraphQL documents, written with their values in place rather than as variables, so that the link to
 * the explorer opens exactly the query the page ran.
 */
const text = (value: string) => JSON.stringify(value);

export interface GraphArguments {
  areaCode: string;
  asOf: string;
  depth: number;
  /** Body kinds to keep; null for all. */
  kinds: string[] | null;
}

export function graphQuery({ areaCode, asOf, depth, kinds }: GraphArguments): string {
  const kindFilter = kinds ? `, kinds: [${kinds.filter((kind) => /^[A-Z_]+$/.test(kind)).join(', ')}]` : '';
  return `query DashboardGraph {
  area(code: ${text(areaCode)}, asOf: ${text(asOf)}) { code name kind }
  partnershipGraph(areaCodes: [${text(areaCode)}], asOf: ${text(asOf)}, depth: ${depth}${kindFilter}) {
    asOf depth
    nodes { id recordId kind label bodyKind level organisationKind inArea distance }
    edges { id recordId kind source target role }
  }
}`;
}

export function areaSearchQuery(search: string): string {
  return `query DashboardAreas {
  search(text: ${text(search)}, kinds: [AREA], first: 12) { matched node { ... on Area { code name kind } } }
}`;
}

const party = `__typename ... on Body { recordId name bodyKind } ... on Organisation { recordId name organisationKind }`;
const member = `__typename ... on Organisation { name } ... on Person { personName: name category }
  ... on Post { title employer { name } }`;
const seat = `role votingRight canCommitResources commitScope validFrom validTo member { ${member} }
  onBehalfOf { name }`;
const delegation = `scope financialLimit reservedMatters validFrom power { code description }`;

export function bodyQuery(recordId: string, asOf: string, areaCode: string): string {
  return `query DashboardBody {
  body(id: ${text(recordId)}, asOf: ${text(asOf)}) {
    recordId name bodyKind level established meetingFrequency governanceModel validFrom validTo
    area { code name }
    chair { ${seat} }
    memberships { ${seat} }
    linesOut { kind validFrom to { ${party} } }
    linesIn { kind validFrom from { ${party} } }
    delegationsGranted { ${delegation} delegate { ${party} } }
    delegationsReceived { ${delegation} delegator { ${party} } }
  }
  compliance(areaCode: ${text(areaCode)}, asOf: ${text(asOf)}) {
    findings { outcome subjectId explanation rule { id title severity } missing { label } }
  }
}`;
}

export function organisationQuery(recordId: string, asOf: string): string {
  return `query DashboardOrganisation {
  organisation(id: ${text(recordId)}, asOf: ${text(asOf)}) {
    recordId name organisationKind sector code validFrom validTo
    area { code name }
    membershipsConnection(first: 50, asOf: ${text(asOf)}) { nodes { ${seat} body { recordId name } } }
    linesOut { kind to { ${party} } }
    linesIn { kind from { ${party} } }
    delegationsGranted { ${delegation} delegate { ${party} } }
    delegationsReceived { ${delegation} delegator { ${party} } }
  }
}`;
}

/** The record behind an edge: a seat, an accountability line or a delegation. */
export function edgeQuery(recordId: string): string {
  return `query DashboardEdge {
  node(id: ${text(recordId)}) {
    __typename
    ... on Membership { ${seat} body { name } }
    ... on AccountabilityLine { kind note basisDocument validFrom validTo from { ${party} } to { ${party} } }
    ... on Delegation { ${delegation} validTo instrument subDelegationAllowed delegator { ${party} }
      delegate { ${party} } }
  }
}`;
}

export const changeSubscription = `subscription DashboardChanges($areaCode: String!) {
  registryChanged(areaCode: $areaCode) { kind action recordId bodyIds areaCodes effectiveFrom committedAt }
}`;

/** The explorer, opened on the same query: it reads `?query=` into its editor. */
export function explorerLink(query: string): string {
  return `/graphql?query=${encodeURIComponent(query)}`;
}
