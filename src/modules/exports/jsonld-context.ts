/**
 * The published `@context` of the JSON-LD export (`/export/context.jsonld`): the W3C Organization Ontology (ORG) for
 * organisations, bodies, their units, seats, posts and successions, OWL-Time for the periods seats and lines hold,
 * and the registry's own small vocabulary (`reg:`) for what ORG has no terms for: accountability lines and their
 * kinds, delegations, budget arrangements and contributions, plans, areas.
 */
export const registryVocabulary = 'https://partnership-registry.example/vocab#';
export const recordBase = 'https://partnership-registry.example/id/';

const reference = (id: string) => ({ '@id': id, '@type': '@id' });
const code = (id: string) => ({ '@id': id, '@type': '@vocab' });
const date = (id: string) => ({ '@id': id, '@type': 'xsd:date' });
const decimal = (id: string) => ({ '@id': id, '@type': 'xsd:decimal' });
const boolean = (id: string) => ({ '@id': id, '@type': 'xsd:boolean' });

export const jsonLdContext = {
  '@context': {
    '@version': 1.1,
    '@vocab': registryVocabulary,
    org: 'http://www.w3.org/ns/org#',
    time: 'http://www.w3.org/2006/time#',
    skos: 'http://www.w3.org/2004/02/skos/core#',
    dcterms: 'http://purl.org/dc/terms/',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    reg: registryVocabulary,
    record: recordBase,
    id: '@id',
    type: '@type',
    Organization: 'org:Organization',
    FormalOrganization: 'org:FormalOrganization',
    OrganizationalUnit: 'org:OrganizationalUnit',
    Membership: 'org:Membership',
    Post: 'org:Post',
    ChangeEvent: 'org:ChangeEvent',
    Interval: 'time:Interval',
    Instant: 'time:Instant',
    name: 'skos:prefLabel',
    altName: 'skos:altLabel',
    identifier: 'org:identifier',
    classification: code('org:classification'),
    member: reference('org:member'),
    organization: reference('org:organization'),
    role: code('org:role'),
    memberDuring: 'org:memberDuring',
    hasSubOrganization: reference('org:hasSubOrganization'),
    subOrganizationOf: reference('org:subOrganizationOf'),
    postIn: reference('org:postIn'),
    originalOrganization: reference('org:originalOrganization'),
    resultingOrganization: reference('org:resultingOrganization'),
    hasBeginning: 'time:hasBeginning',
    hasEnd: 'time:hasEnd',
    inXSDDate: date('time:inXSDDate'),
    date: date('dcterms:date'),
    title: 'dcterms:title',
    area: reference('reg:area'),
    parentArea: reference('reg:parentArea'),
    gssCode: 'reg:gssCode',
    level: code('reg:level'),
    onBehalfOf: reference('reg:onBehalfOf'),
    votingRight: boolean('reg:votingRight'),
    canCommitResources: boolean('reg:canCommitResources'),
    commitScope: 'reg:commitScope',
    redacted: 'reg:redacted',
    from: reference('reg:from'),
    to: reference('reg:to'),
    lineKind: code('reg:lineKind'),
    during: 'reg:during',
    successionKind: code('reg:successionKind'),
    delegator: reference('reg:delegator'),
    delegate: reference('reg:delegate'),
    power: 'reg:power',
    scope: 'reg:scope',
    financialLimit: decimal('reg:financialLimit'),
    reservedMatter: 'reg:reservedMatter',
    budgetKind: code('reg:budgetKind'),
    legalBasis: code('reg:legalBasis'),
    host: reference('reg:host'),
    governingBody: reference('reg:governingBody'),
    arrangement: reference('reg:arrangement'),
    contributor: reference('reg:contributor'),
    financialYear: 'reg:financialYear',
    resourceType: code('reg:resourceType'),
    amount: decimal('reg:amount'),
    shareBand: 'reg:shareBand',
    planKind: code('reg:planKind'),
    ownerBody: reference('reg:ownerBody'),
    periodStart: date('reg:periodStart'),
    periodEnd: date('reg:periodEnd'),
  },
};

/** The registry's own classes and properties, as the README lists them. */
export const registryTerms = {
  classes: [
    'reg:Area',
    'reg:AccountabilityLine',
    'reg:Delegation',
    'reg:BudgetArrangement',
    'reg:Contribution',
    'reg:Plan',
  ],
};
