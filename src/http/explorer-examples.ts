/**
 * The documents the explorer opens on, one tab each. Each is a query of the README, word for word (a test holds
 * them to it), so what a newcomer reads and what the explorer shows are the same.
 */
export interface ExplorerExample {
  title: string;
  query: string;
  variables?: string;
}

export const tokenHelp = `# Every request needs credentials. In development, make a token for a seeded organisation:
#
#   npm run -s token -- --org staffordshire/county-council --role reader
#
# and paste it into the Headers tab below as {"Authorization": "Bearer <the token>"}.
# The schema and its documentation load as soon as the header is valid.
# A machine client sends an API key instead: {"X-API-Key": "prk_…"} (npm run -s api-key).
# Tokens are kept for this browser tab only (sessionStorage).
`;

export const explorerExamples: ExplorerExample[] = [
  {
    title: 'Who am I',
    query: `{ viewer { subject canWrite organisation { id code name } roles { role body { id name } oversight area { code } region } } }`,
  },
  {
    title: 'Partnership graph',
    query: `{
  partnershipGraph(areaCodes: ["E10000028"], asOf: "2008-06-01", depth: 1) {
    nodes { id kind label bodyKind level organisationKind inArea distance }
    edges { id kind source target role }
  }
}`,
  },
  {
    title: 'An area’s bodies',
    query: `{
  area(code: "E10000028", asOf: "2008-06-01") {
    name
    bodies { name bodyKind level chair { member { ... on Post { title } ... on Organisation { name } } } parentBodies { name } }
    childAreas { name bodies { name bodyKind } }
  }
}`,
  },
  {
    title: 'A body as at a date',
    query: `{
  then: bodies(filter: { nameContains: "Staffordshire Children" }, asOf: "2006-01-01", first: 1) {
    nodes { id name chair { member { ... on Organisation { name } ... on Post { title } } } }
  }
  now: bodies(filter: { nameContains: "Staffordshire Children" }, first: 1) {
    nodes { id name chair { member { ... on Organisation { name } ... on Post { title } } } }
  }
}`,
  },
];
