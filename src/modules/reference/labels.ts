import type {
  accountabilityKind,
  areaKind,
  areaTier,
  bodyKind,
  bodyLevel,
  bodyRole,
  budgetKind,
  chairType,
  constituency,
  decisionRule,
  decisionStatus,
  documentKind,
  documentStatus,
  dutyRegime,
  dutyStatusValue,
  ecmOutcome,
  governanceModel,
  identifierScheme,
  legalBasis,
  legalStatus,
  membershipRole,
  nominationStatus,
  organisationKind,
  personCategory,
  planKind,
  postKind,
  representedSector,
  scrutinyKind,
  planLinkKind,
  planStatus,
  consulteeGroup,
  ratificationStatus,
  readResult,
  region,
  resourceType,
  sector,
  serviceArea,
  successionKind,
  termsOfReferenceItem,
  votingArrangement,
} from '../../../schema/database/index';

/**
 * How one enum code reads to people. `source` names the passage the code comes from. Where DOMAIN.md §3 quotes the
 * source's wording, the label repeats it verbatim, capitalisation included; otherwise it stays as close to the passage
 * as a one-line label allows. No `source` means the code is our own. `alternativeLabels` are other names the sources
 * (or common usage) give the same thing.
 */
export interface EnumLabel {
  label: string;
  source?: { document: string; locator: string };
  alternativeLabels?: string[];
}

// Kept here rather than imported: the GraphQL layer loads this file, and it may depend on nothing but the schema enums.
const leicestershire = '001_9a0df773a001ba1d.txt';
const auditCommission = '003_6b44b8124f27778d.txt';
const evaluation = '004_b529969dbd0c921c.txt';

const at = (document: string, locator: string) => ({ document, locator });

export const areaKindLabels: Record<(typeof areaKind.enumValues)[number], EnumLabel> = {
  COUNTY: { label: 'County' },
  DISTRICT: { label: 'District' },
  UNITARY: { label: 'Unitary authority' },
  METROPOLITAN_BOROUGH: { label: 'Metropolitan borough' },
  LONDON_BOROUGH: { label: 'London borough' },
  LOCALITY: { label: 'Locality', alternativeLabels: ['neighbourhood', 'school cluster'] },
  SUB_REGION: { label: 'Sub-region' },
};

export const areaTierLabels: Record<(typeof areaTier.enumValues)[number], EnumLabel> = {
  UPPER: { label: "Upper tier (children's services authority)" },
  LOWER: { label: 'Lower tier (district of a two-tier county)' },
  LOCAL: { label: 'Local (locality or cluster)' },
};

export const regionLabels: Record<(typeof region.enumValues)[number], EnumLabel> = {
  NORTH_EAST: { label: 'North East' },
  NORTH_WEST: { label: 'North West' },
  YORKSHIRE_AND_THE_HUMBER: { label: 'Yorkshire and the Humber' },
  EAST_MIDLANDS: { label: 'East Midlands' },
  WEST_MIDLANDS: { label: 'West Midlands' },
  EAST_OF_ENGLAND: { label: 'East of England' },
  LONDON: { label: 'London' },
  SOUTH_EAST: { label: 'South East' },
  SOUTH_WEST: { label: 'South West' },
};

/** 003 Table 1 names the relevant statutory partners and the other partners; a few kinds come from elsewhere. */
export const organisationKindLabels: Record<(typeof organisationKind.enumValues)[number], EnumLabel> = {
  LOCAL_AUTHORITY: {
    label: "Local authority (children's service authority)",
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ["children's services authority", 'council'],
  },
  DISTRICT_COUNCIL: { label: 'District councils (in county areas)', source: at(auditCommission, 'Table 1') },
  // Table 1's one row, "Police and police authorities", covers two codes: the force and the authority over it.
  POLICE_SERVICE: { label: 'Police', source: at(auditCommission, 'Table 6'), alternativeLabels: ['police service'] },
  POLICE_AUTHORITY: { label: 'Police authority', source: at(evaluation, '¶42') },
  PROBATION_SERVICE: {
    label: 'Probation service',
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ['local probation board'],
  },
  YOUTH_OFFENDING_TEAM: {
    label: 'Youth offending teams',
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ['YOT', 'youth offending team'],
  },
  STRATEGIC_HEALTH_AUTHORITY: {
    label: 'Strategic health authority',
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ['SHA'],
  },
  PRIMARY_CARE_TRUST: {
    label: 'Primary care trust',
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ['PCT'],
  },
  CONNEXIONS: {
    label: 'Connexions',
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ['local Connexions partnership'],
  },
  LEARNING_AND_SKILLS_COUNCIL: {
    label: 'Learning and Skills Council',
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ['LSC', 'Learning and Skills Council for England'],
  },
  CHILDREN_YOUNG_PEOPLE_AND_FAMILIES: {
    label: 'Children, young people and families',
    source: at(auditCommission, 'Table 1'),
  },
  // Table 1's row "Schools, colleges, academies, FE colleges" is split into its four kinds.
  SCHOOL: { label: 'School', source: at(auditCommission, 'Table 1') },
  ACADEMY: { label: 'Academy', source: at(auditCommission, 'Table 1') },
  SIXTH_FORM_COLLEGE: { label: 'Sixth form college', source: at(leicestershire, '¶4') },
  FE_COLLEGE: {
    label: 'FE college',
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ['further education college'],
  },
  PRIMARY_CARE_PROVIDER: {
    label: 'Primary care providers (including GPs)',
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ['general practitioners'],
  },
  NHS_TRUST: { label: 'NHS trusts and foundation trusts', source: at(auditCommission, 'Table 1') },
  CARE_TRUST: { label: 'Care trust', source: at(auditCommission, '¶15') },
  OTHER_HEALTH_BODY: { label: 'Other health bodies', source: at(auditCommission, 'Table 6') },
  VOLUNTARY_AND_COMMUNITY: {
    label: 'Voluntary and community sector',
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ['VCS', 'third sector'],
  },
  PRIVATE_SECTOR: { label: 'Private sector', source: at(auditCommission, 'Table 1') },
  JOBCENTRE_PLUS: {
    label: 'Jobcentre Plus',
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ['Job Centre Plus'],
  },
  FIRE_SERVICE: { label: 'Fire service', source: at(auditCommission, 'Table 6') },
  YOUTH_JUSTICE_BOARD: { label: 'Youth Justice Board', source: at(evaluation, 'Table 2.5') },
  OTHER: { label: 'Other organisation' },
};

export const sectorLabels: Record<(typeof sector.enumValues)[number], EnumLabel> = {
  PUBLIC: { label: 'Public sector' },
  VOLUNTARY_AND_COMMUNITY: {
    label: 'Voluntary and community sector',
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ['third sector'],
  },
  PRIVATE: { label: 'Private sector', source: at(auditCommission, 'Table 1') },
};

export const identifierSchemeLabels: Record<(typeof identifierScheme.enumValues)[number], EnumLabel> = {
  ODS: { label: 'NHS Organisation Data Service code' },
  GB_LAE: { label: 'Local authority code (GB-LAE register)' },
  URN: { label: 'School unique reference number (URN)' },
  UKPRN: { label: 'UK provider reference number (UKPRN)' },
  CHARITY_NUMBER: { label: 'Registered charity number' },
  COMPANY_NUMBER: { label: 'Companies House company number' },
  GSS: { label: 'Government Statistical Service area code' },
  OTHER: { label: 'Other identifier' },
  REGISTRY_CODE: { label: 'Former registry code', alternativeLabels: ['former organisation code'] },
};

export const successionKindLabels: Record<(typeof successionKind.enumValues)[number], EnumLabel> = {
  MERGER: { label: 'Merger', alternativeLabels: ['merged'] },
  SPLIT: { label: 'Split' },
  ABSORBED: { label: 'Absorbed into another organisation' },
  RENAMED: { label: 'Renamed' },
  REPLACED: { label: 'Replaced', alternativeLabels: ['grew out of'] },
};

export const dutyRegimeLabels: Record<(typeof dutyRegime.enumValues)[number], EnumLabel> = {
  CA2004_S10: {
    label: 'Children Act 2004 section 10 duty to cooperate',
    source: at(evaluation, '¶42'),
    alternativeLabels: ["relevant partners' duty to co-operate"],
  },
  LAA_LSP: { label: 'Local area agreement named partners', source: at(auditCommission, '¶40') },
};

export const dutyStatusValueLabels: Record<(typeof dutyStatusValue.enumValues)[number], EnumLabel> = {
  DUTY_TO_COOPERATE: {
    label: 'Relevant partner (duty to cooperate)',
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ['Relevant statutory partners (duty to cooperate)', 'duty to co-operate'],
  },
  NAMED_PARTNER: { label: 'Named partner', source: at(auditCommission, '¶40') },
  PROPOSED_DUTY: {
    label: 'Proposed relevant partner (planned extension of the duty to co-operate)',
    source: at(leicestershire, '¶4'),
  },
  NO_DUTY: {
    label: 'No duty to cooperate',
    source: at(auditCommission, 'Table 1'),
    alternativeLabels: ['Other partners (no duty to cooperate)'],
  },
};

export const bodyKindLabels: Record<(typeof bodyKind.enumValues)[number], EnumLabel> = {
  CHILDRENS_TRUST_BOARD: { label: "Children's trust board", source: at(auditCommission, '¶58') },
  LSP: { label: 'Local Strategic Partnership', source: at(auditCommission, 'Glossary'), alternativeLabels: ['LSP'] },
  LSCB: {
    label: 'Local Safeguarding Children Board',
    source: at(auditCommission, 'Glossary'),
    alternativeLabels: ['LSCB'],
  },
  CDRP: {
    label: 'Crime and Disorder Reduction Partnership',
    source: at(leicestershire, 'App. 1'),
    alternativeLabels: ['CDRP'],
  },
  FOURTEEN_NINETEEN_PARTNERSHIP: {
    label: '14-19 Partnership',
    source: at(leicestershire, 'App. 1'),
    alternativeLabels: ['14-19 strategic body'],
  },
  LOCALITY_BOARD: {
    label: 'Locality board',
    alternativeLabels: ["locality or neighbourhood Children's Trust", 'Local Change for Children Board'],
  },
  DISTRICT_BOARD: { label: "District children's trust board", source: at(auditCommission, '¶62') },
  EXECUTIVE_GROUP: {
    label: "chief officers' group",
    source: at(evaluation, '¶80'),
    alternativeLabels: ['executive group'],
  },
  THEME_SUB_GROUP: { label: 'Theme sub-group', source: at(auditCommission, 'Table 2') },
  PERFORMANCE_BOARD: { label: 'Performance board', source: at(auditCommission, 'Table 2') },
  AREA_TEAM: { label: 'Area team', source: at(auditCommission, 'Table 2') },
  AREA_CLUSTER: { label: 'Area cluster', source: at(auditCommission, 'Table 2'), alternativeLabels: ['cluster team'] },
  JOINT_COMMISSIONING_UNIT: { label: 'Joint commissioning unit', source: at(auditCommission, 'Table 2') },
  SHADOW_BOARD: {
    label: 'Shadow board',
    source: at(auditCommission, '¶62'),
    alternativeLabels: ['shadow board of children and young people'],
  },
  USER_GROUP: {
    label: 'User group',
    source: at(evaluation, '¶64'),
    alternativeLabels: ["young people's council", "parent and carers' forum"],
  },
  REFERENCE_GROUP: { label: 'Professional reference group', source: at(evaluation, '¶64') },
  CLINICAL_GOVERNANCE_COMMITTEE: { label: 'Clinical governance committee', source: at(evaluation, '¶85') },
  SCRUTINY_COMMITTEE: { label: 'Scrutiny committee', source: at(auditCommission, '¶149') },
  PATHFINDER: { label: "Children's trust pathfinder", source: at(auditCommission, '¶26') },
  AREA_CHILD_PROTECTION_COMMITTEE: {
    label: 'Area Child Protection Committee',
    source: at(evaluation, 'Box 2.1'),
    alternativeLabels: ['ACPC'],
  },
  OTHER_THEMATIC_PARTNERSHIP: { label: 'Other thematic partnership' },
};

export const bodyLevelLabels: Record<(typeof bodyLevel.enumValues)[number], EnumLabel> = {
  STRATEGIC: { label: 'Strategic', source: at(auditCommission, 'Table 2') },
  EXECUTIVE: { label: 'Executive', source: at(auditCommission, 'Table 2') },
  OPERATIONAL: { label: 'Operational', source: at(auditCommission, 'Table 2') },
};

export const governanceModelLabels: Record<(typeof governanceModel.enumValues)[number], EnumLabel> = {
  COLLABORATIVE_STRATEGIC_PARTNERSHIP: {
    label: 'collaborative strategic partnership',
    source: at(evaluation, '¶77'),
    alternativeLabels: ['Model A'],
  },
  PARTNERSHIP_BY_LEGAL_AGREEMENT: {
    label: 'partnership by legal agreement',
    source: at(evaluation, '¶77'),
    alternativeLabels: ['Model B', 'partnership governed by legal agreement'],
  },
};

export const bodyRoleLabels: Record<(typeof bodyRole.enumValues)[number], EnumLabel> = {
  ADVISORY: { label: 'mainly an advisory partnership', source: at(evaluation, '¶69') },
  DECISION_MAKING: { label: 'a decision-making body with delegated powers', source: at(evaluation, '¶69') },
};

export const legalStatusLabels: Record<(typeof legalStatus.enumValues)[number], EnumLabel> = {
  NON_LEGAL_PARTNERSHIP: {
    label: 'non-legal partnership',
    source: at(evaluation, '¶72'),
    alternativeLabels: ['informal', 'symbolic'],
  },
  UNINCORPORATED_ASSOCIATION: { label: 'Unincorporated association', source: at(auditCommission, 'Glossary') },
  LEGAL_ENTITY: { label: 'legal entity', source: at(evaluation, '¶72') },
  LEGAL_PARTNERSHIP: { label: 'legal partnership', source: at(evaluation, '¶72') },
  LIMITED_COMPANY: { label: 'Limited Company', source: at(evaluation, '¶72') },
  // Our code for the planned status: government was "planning to legislate to… make the Children's Trust Board a
  // statutory body" (001 ¶4).
  STATUTORY_BODY: { label: 'Statutory body', source: at(leicestershire, '¶4') },
};

export const chairTypeLabels: Record<(typeof chairType.enumValues)[number], EnumLabel> = {
  LEAD_MEMBER: { label: "Lead member for Children's Services", source: at(auditCommission, 'Table 3') },
  DIRECTOR_OF_CHILDRENS_SERVICES: {
    label: "Director of Children's Services",
    source: at(auditCommission, 'Table 3'),
    alternativeLabels: ['DCS'],
  },
  LEADER_OF_THE_COUNCIL: { label: 'Leader of the Council', source: at(auditCommission, 'Table 3') },
  CHIEF_EXECUTIVE: { label: 'Chief executive', source: at(evaluation, '¶87') },
  INDEPENDENT: { label: 'Independent chair', source: at(auditCommission, 'Table 3') },
  ALTERNATING_LA_PCT: {
    label: 'Chair alternating between the local authority and the primary care trust',
    source: at(evaluation, '¶87'),
  },
  OTHER_PARTNER: { label: 'Chair from one of the other partners', source: at(auditCommission, '¶84') },
};

export const votingArrangementLabels: Record<(typeof votingArrangement.enumValues)[number], EnumLabel> = {
  ALL_MEMBERS: { label: 'voting rights to all members', source: at(evaluation, '¶89') },
  WEIGHTED_BY_SECTOR: { label: 'weighting voting by sector', source: at(evaluation, '¶89') },
  BLOCK: { label: 'block voting', source: at(evaluation, '¶89') },
  CONSENSUS_ONLY: {
    label: 'Consensus only (no voting)',
    source: at(evaluation, '¶89'),
    alternativeLabels: ['did not use voting at all, preferring to make decisions by consensus'],
  },
};

export const decisionRuleLabels: Record<(typeof decisionRule.enumValues)[number], EnumLabel> = {
  UNANIMOUS: { label: 'must be unanimous', source: at(evaluation, 'Table 2.3') },
  MAJORITY_PRESENT: { label: 'majority of members in attendance', source: at(evaluation, 'Table 2.3') },
  CONSENSUS: { label: 'seek to achieve consensus', source: at(evaluation, 'Table 2.3') },
};

export const documentKindLabels: Record<(typeof documentKind.enumValues)[number], EnumLabel> = {
  TERMS_OF_REFERENCE: { label: 'Terms of reference', source: at(auditCommission, 'Table 5') },
  CONSTITUTION: { label: 'Constitution', source: at(auditCommission, '¶81') },
  PARTNERSHIP_AGREEMENT: { label: 'Partnership agreement', source: at(auditCommission, '¶82') },
  PROTOCOL: { label: 'Protocol', source: at(evaluation, '¶83') },
};

export const documentStatusLabels: Record<(typeof documentStatus.enumValues)[number], EnumLabel> = {
  DRAFT: { label: 'Draft' },
  ADOPTED: { label: 'Adopted' },
  SUPERSEDED: { label: 'Superseded' },
};

/** The nine items of 003 Table 5, in the table's wording. */
export const termsOfReferenceItemLabels: Record<(typeof termsOfReferenceItem.enumValues)[number], EnumLabel> = {
  CHAIR_AND_MEMBERS: { label: 'Responsibilities of chair and board members', source: at(auditCommission, 'Table 5') },
  DECISION_MAKING: { label: 'Decision making processes', source: at(auditCommission, 'Table 5') },
  MEMBERSHIP: { label: 'Rationale for membership', source: at(auditCommission, 'Table 5') },
  COMMISSIONING: { label: 'Commissioning', source: at(auditCommission, 'Table 5') },
  ALIGNMENT: { label: "Alignment of partners' budgets", source: at(auditCommission, 'Table 5') },
  RELATIONSHIPS: {
    label: 'Key relationships with other partnerships and sub-groups',
    source: at(auditCommission, 'Table 5'),
  },
  INFORMATION_SHARING: { label: 'Information sharing', source: at(auditCommission, 'Table 5') },
  PROBITY_AND_INTERESTS: { label: 'Probity and declaration of interest', source: at(auditCommission, 'Table 5') },
  POOLING: { label: 'Arrangements for pooling budgets', source: at(auditCommission, 'Table 5') },
};

export const personCategoryLabels: Record<(typeof personCategory.enumValues)[number], EnumLabel> = {
  ADULT: { label: 'Adult' },
  YOUNG_PERSON: { label: 'Young person', source: at(evaluation, 'Box 2.3'), alternativeLabels: ['under-18'] },
  PARENT_REPRESENTATIVE: { label: 'Parent or carer representative', alternativeLabels: ['Parents and carers'] },
};

export const membershipRoleLabels: Record<(typeof membershipRole.enumValues)[number], EnumLabel> = {
  CHAIR: { label: 'Chair' },
  VICE_CHAIR: { label: 'Vice-chair' },
  MEMBER: { label: 'Member' },
  CO_OPTEE: { label: 'Co-optee' },
  ASSOCIATE: { label: 'Associate member', source: at(auditCommission, 'Fig 20') },
  ATTENDEE: { label: 'Attends for specific agenda items', source: at(evaluation, '¶92') },
};

/** Whom a member speaks for; district councillors' three answers are 003 ¶140's. */
export const constituencyLabels: Record<(typeof constituency.enumValues)[number], EnumLabel> = {
  OWN_ORGANISATION: {
    label: 'Own organisation',
    source: at(auditCommission, '¶140'),
    alternativeLabels: ['only represent their own authorities'],
  },
  SECTOR: { label: 'A whole sector (shared representation)' },
  ALL_DISTRICTS: { label: 'All districts in a county', source: at(auditCommission, '¶140') },
  OTHER: { label: 'Some other arrangement', source: at(auditCommission, '¶140') },
};

export const accountabilityKindLabels: Record<(typeof accountabilityKind.enumValues)[number], EnumLabel> = {
  ACCOUNTABLE_TO: { label: 'Accountable to', source: at(evaluation, '¶73') },
  REPORTS_TO: { label: 'Reports to', source: at(auditCommission, '¶148') },
  SUB_GROUP_OF: { label: 'Sub-group of', source: at(evaluation, '¶84') },
  GUIDED_BY: { label: 'Guided by', source: at(auditCommission, '¶91') },
  ADVISES: { label: 'Advises', source: at(leicestershire, 'App. 1') },
  FEEDS_INTO: { label: 'Feeds into', source: at(evaluation, '¶64') },
  MUST_CONSULT: { label: 'Must consult', source: at(leicestershire, 'App. 1') },
  CONSULTS: { label: 'Consults', source: at(leicestershire, 'App. 1') },
  WORKS_WITH: { label: 'Works with', source: at(leicestershire, 'App. 1'), alternativeLabels: ['work together'] },
  SCRUTINISED_BY: { label: 'Scrutinised by', source: at(auditCommission, '¶149') },
  HOSTED_BY: { label: 'Hosted by', source: at(evaluation, 'Box 5.3') },
  COMMISSIONED_BY: { label: 'Commissioned by', source: at(evaluation, 'Box 5.3') },
  HELD_TO_ACCOUNT_BY: { label: 'Held to account by', source: at(auditCommission, 'Ch.6 ¶161') },
};

export const decisionStatusLabels: Record<(typeof decisionStatus.enumValues)[number], EnumLabel> = {
  RECOMMENDATION: { label: 'Recommendation to partner agencies', source: at(evaluation, 'Table 2.3') },
  DECIDED_UNDER_DELEGATION: { label: 'Decided under delegated powers', source: at(evaluation, '¶79') },
  RATIFIED: { label: 'Ratified by partners', source: at(evaluation, '¶75') },
  REJECTED_BY_PARTNER: { label: 'Rejected by a partner' },
};

export const ratificationStatusLabels: Record<(typeof ratificationStatus.enumValues)[number], EnumLabel> = {
  PENDING: { label: 'Awaiting ratification' },
  RATIFIED: { label: 'Ratified' },
  REJECTED: { label: 'Rejected' },
};

export const nominationStatusLabels: Record<(typeof nominationStatus.enumValues)[number], EnumLabel> = {
  PROPOSED: { label: 'Proposed, awaiting the body’s secretariat' },
  CONFIRMED: { label: 'Confirmed: the seat was made' },
  DECLINED: { label: 'Declined by the body’s secretariat' },
  WITHDRAWN: { label: 'Withdrawn by the proposer' },
};

export const budgetKindLabels: Record<(typeof budgetKind.enumValues)[number], EnumLabel> = {
  POOLED: { label: 'Pooled budget', source: at(auditCommission, '¶107') },
  ALIGNED: { label: 'Aligned budget', source: at(evaluation, '¶135') },
  LAA: { label: 'Local Area Agreement', source: at(evaluation, '¶135'), alternativeLabels: ['LAA'] },
  SERVICE_LEVEL_AGREEMENT: { label: 'Service level agreement', source: at(evaluation, '¶143') },
  JOINT_FUND: { label: "Joint fund (such as the Children's Fund)", source: at(auditCommission, '¶98') },
};

/** The three bases for pooling are 004 ¶135's wording; s75 is background knowledge that no source mentions. */
export const legalBasisLabels: Record<(typeof legalBasis.enumValues)[number], EnumLabel> = {
  NHS_ACT_1977_S28A: { label: 'Section 28a of the NHS Act 1977', source: at(evaluation, '¶135') },
  HEALTH_ACT_1999_S31: {
    label: 'Section 31 Partnership Arrangements of the Health Act 1999',
    source: at(evaluation, '¶135'),
    alternativeLabels: ['Section 31 agreement'],
  },
  CHILDREN_ACT_2004_S10: { label: 'Section 10 of the Children Act 2004', source: at(evaluation, '¶135') },
  NHS_ACT_2006_S75: { label: 'Section 75 of the NHS Act 2006 (successor to Section 31)' },
  NONE: { label: 'No statutory basis' },
};

/** 004 Table 4.4's service types, in its wording. */
export const serviceAreaLabels: Record<(typeof serviceArea.enumValues)[number], EnumLabel> = {
  HEALTH: { label: 'Health', source: at(evaluation, 'Table 4.4') },
  CAMHS: {
    label: 'child and adolescent mental health',
    source: at(evaluation, 'Table 4.4'),
    alternativeLabels: ['CAMHS', 'Child and adolescent mental health services'],
  },
  SOCIAL_CARE: { label: 'Social Care', source: at(evaluation, 'Table 4.4') },
  CROSS_SECTOR: { label: 'Cross sector initiatives', source: at(evaluation, 'Table 4.4') },
  EDUCATION: { label: 'Education', source: at(evaluation, 'Table 4.4') },
  YOUTH_OFFENDING: { label: 'Youth Offending Services', source: at(evaluation, 'Table 4.4') },
  EARLY_YEARS: { label: 'Early years', source: at(evaluation, 'Table 4.4') },
  ALL_SERVICES: { label: 'All services for children', source: at(evaluation, 'Table 4.4') },
  CHILDRENS_FUND: { label: "Children's Fund", source: at(evaluation, 'Table 4.4') },
  CONNEXIONS: { label: 'Connexions service', source: at(evaluation, 'Table 4.4') },
  OTHER: { label: 'Other services' },
};

/** Resources are "more than money" (003 ¶103); Table 6's note lists the first four. */
export const resourceTypeLabels: Record<(typeof resourceType.enumValues)[number], EnumLabel> = {
  MONEY: { label: 'Money', source: at(auditCommission, 'Table 6 note') },
  STAFF_TIME: { label: 'Staff time', source: at(auditCommission, 'Table 6 note') },
  BUILDINGS: { label: 'Buildings', source: at(auditCommission, 'Table 6 note') },
  EQUIPMENT: { label: 'Equipment', source: at(auditCommission, 'Table 6 note') },
  SECONDMENT: { label: 'Staff secondment', source: at(auditCommission, '¶105') },
  CO_LOCATION: { label: 'Co-location of multi-agency teams', source: at(auditCommission, '¶105') },
  JOINT_POST: { label: 'Joint post', source: at(auditCommission, '¶98') },
};

export const planKindLabels: Record<(typeof planKind.enumValues)[number], EnumLabel> = {
  CYPP: {
    label: "Children and Young People's Plan",
    source: at(leicestershire, '¶4'),
    alternativeLabels: ['CYPP', 'Children and Young People Plan'],
  },
  SCS: { label: 'Sustainable Community Strategy', source: at(auditCommission, 'Glossary'), alternativeLabels: ['SCS'] },
  LAA: { label: 'Local Area Agreement', source: at(auditCommission, 'Glossary'), alternativeLabels: ['LAA'] },
  JSNA: {
    label: 'Joint Strategic Needs Assessment',
    source: at(auditCommission, 'Glossary'),
    alternativeLabels: ['JSNA'],
  },
  JOINT_COMMISSIONING_STRATEGY: { label: 'Joint commissioning strategy', source: at(auditCommission, '¶102') },
  YOUTH_JUSTICE_PLAN: { label: 'Youth Justice Plan', source: at(leicestershire, 'App. 1') },
  VISION_14_19: { label: 'Local vision for 14-19', source: at(leicestershire, 'App. 1') },
};

export const planLinkKindLabels: Record<(typeof planLinkKind.enumValues)[number], EnumLabel> = {
  CONSISTENT_WITH: { label: 'Consistent with', source: at(leicestershire, 'App. 1') },
  ALIGNED_WITH: { label: 'Aligned with', source: at(leicestershire, 'App. 1') },
  INFORMED_BY: { label: 'Informed by', source: at(auditCommission, 'Glossary') },
};

/** Where a plan stands: 003 ¶94's "planning to develop" and "have", 001's "preparation" and "in place". */
export const planStatusLabels: Record<(typeof planStatus.enumValues)[number], EnumLabel> = {
  PLANNED: { label: 'planning to develop', source: at(auditCommission, '¶94'), alternativeLabels: ['planned'] },
  IN_PREPARATION: { label: 'preparation', source: at(leicestershire, 'App. 1'), alternativeLabels: ['in draft'] },
  IN_PLACE: { label: 'in place', source: at(leicestershire, '¶8') },
  SUPERSEDED: { label: 'Superseded' },
};

/** Consultees who are not organisations, in the sources' words; groups, never named people. */
export const consulteeGroupLabels: Record<(typeof consulteeGroup.enumValues)[number], EnumLabel> = {
  CHILDREN_AND_YOUNG_PEOPLE: { label: 'children and young people', source: at(auditCommission, '¶72') },
  PARENTS_AND_CARERS: {
    label: 'parents/carers',
    source: at(auditCommission, 'Ch.6 D3'),
    alternativeLabels: ['parents'],
  },
  FRONT_LINE_PROVIDERS: { label: 'front line providers', source: at(leicestershire, 'App. 1') },
  LOCAL_COMMUNITIES: { label: 'local communities', source: at(auditCommission, 'Ch.6 D2') },
};

/** 003 ¶23's noun forms; its Glossary's verb forms ("be healthy…") are kept as alternatives. */
export const ecmOutcomeLabels: Record<(typeof ecmOutcome.enumValues)[number], EnumLabel> = {
  BE_HEALTHY: { label: 'being healthy', source: at(auditCommission, '¶23'), alternativeLabels: ['be healthy'] },
  STAY_SAFE: { label: 'staying safe', source: at(auditCommission, '¶23'), alternativeLabels: ['stay safe'] },
  ENJOY_AND_ACHIEVE: {
    label: 'enjoying and achieving',
    source: at(auditCommission, '¶23'),
    alternativeLabels: ['enjoy and achieve'],
  },
  POSITIVE_CONTRIBUTION: {
    label: 'making a positive contribution',
    source: at(auditCommission, '¶23'),
    alternativeLabels: ['make a positive contribution'],
  },
  ECONOMIC_WELLBEING: {
    label: 'economic well-being',
    source: at(auditCommission, '¶23'),
    alternativeLabels: ['achieve economic well-being'],
  },
};

/** The read audit's outcomes: our own codes. */
export const readResultLabels: Record<(typeof readResult.enumValues)[number], EnumLabel> = {
  GRANTED: { label: 'read allowed' },
  DENIED: { label: 'read refused' },
};

export const scrutinyKindLabels: Record<(typeof scrutinyKind.enumValues)[number], EnumLabel> = {
  CHILDREN_AND_YOUNG_PEOPLE: { label: 'CYP scrutiny committee', source: at(auditCommission, '¶149') },
  LOCAL_AUTHORITY: { label: 'LA scrutiny committee', source: at(auditCommission, '¶149') },
  HEALTH: { label: 'health scrutiny committee', source: at(auditCommission, '¶149') },
};

export const postKindLabels: Record<(typeof postKind.enumValues)[number], EnumLabel> = {
  LEAD_MEMBER: { label: "Lead member for Children's Services", source: at(auditCommission, '¶70') },
  DIRECTOR_OF_CHILDRENS_SERVICES: {
    label: "Director of Children's Services",
    source: at(auditCommission, 'Table 3'),
    alternativeLabels: ['DCS'],
  },
  LEADER_OF_THE_COUNCIL: { label: 'Leader of the Council', source: at(auditCommission, 'Table 3') },
  CHIEF_EXECUTIVE: { label: 'Chief executive', source: at(evaluation, '¶87') },
  LEAD_GP: { label: 'Lead GP', source: at(leicestershire, '¶9') },
  INDEPENDENT_CHAIR: { label: 'Independent chair', source: at(auditCommission, 'Table 3') },
  SECTOR_REPRESENTATIVE: { label: 'Representative of a sector', source: at(auditCommission, 'Table 1') },
  OTHER: { label: 'Other post' },
};

export const representedSectorLabels: Record<(typeof representedSector.enumValues)[number], EnumLabel> = {
  SCHOOLS: { label: 'Schools, colleges, academies, FE colleges', source: at(auditCommission, 'Table 1') },
  COLLEGES: { label: 'sixth form and FE colleges', source: at(leicestershire, '¶4') },
  VOLUNTARY_AND_COMMUNITY: { label: 'Voluntary and community sector', source: at(auditCommission, 'Table 1') },
  PRIVATE_SECTOR: { label: 'Private sector', source: at(auditCommission, 'Table 1') },
  PRIMARY_CARE: { label: 'Primary care providers (including GPs)', source: at(auditCommission, 'Table 1') },
  DISTRICT_COUNCILS: { label: 'All districts', source: at(auditCommission, '¶140') },
  PARENTS_AND_CARERS: { label: 'Parents and carers', source: at(evaluation, 'Box 2.3') },
  CHILDREN_AND_YOUNG_PEOPLE: {
    label: 'Children, young people and families',
    source: at(auditCommission, 'Table 1'),
  },
};
