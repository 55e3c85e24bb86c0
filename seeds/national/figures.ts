import type { SourceCitation } from '../../schema/database/index';

const doc001 = '001_9a0df773a001ba1d.txt';
const doc003 = '003_6b44b8124f27778d.txt';
const doc004 = '004_b529969dbd0c921c.txt';

const at = (document: string, locator: string): SourceCitation[] => [{ document, locator }];

/** The DOMAIN.md §5 figure (or §1 statement) each generated record follows, cited on the record it shaped. */
export const cite = {
  chairs: at(doc003, '¶84'),
  councilChairs: at(doc004, '¶87'),
  reportsToLsp: at(doc003, '¶148'),
  scrutiny: at(doc003, '¶149'),
  resources: at(doc003, 'Table 6'),
  boardMembers: at(doc003, '¶68'),
  leadMember: at(doc003, '¶70'),
  privateSector: at(doc003, '¶71'),
  youngPeople: at(doc003, '¶76'),
  boardSize: at(doc004, '¶88'),
  boardNames: at(doc003, '¶58'),
  meetings: at(doc003, '¶83'),
  policeCoverage: at(doc003, '¶83'),
  termsOfReference: at(doc003, 'Table 5'),
  legalStatus: at(doc004, '¶72'),
  statutoryBoard: at(doc001, '¶4'),
  voting: at(doc004, '¶89'),
  lscb: at(doc004, '¶84'),
  lscbStatutory: at(doc003, 'Glossary'),
  lscbJointMembers: at(doc004, '¶83'),
  lscbConsulted: at(doc001, 'App. 1'),
  acpc: at(doc004, 'Box 2.1'),
  partnerships: at(doc001, 'App. 1'),
  cdrpStrategy: at(doc004, '¶62'),
  hosted: at(doc004, 'Box 5.3'),
  boardReach: at(doc004, '¶76'),
  guidedBy: at(doc003, '¶91'),
  subGroups: at(doc003, '¶148'),
  localities: at(doc004, '¶65'),
  districtBoards: at(doc003, '¶62'),
  districtCouncillors: at(doc003, '¶140'),
  coterminousPct: at(doc004, '¶66'),
  accountableTo: at(doc004, '¶73'),
  pooled: at(doc003, '¶111'),
  aligned: at(doc003, '¶115'),
  alignedAllServices: at(doc004, '¶141'),
  poolBasis: at(doc004, '¶136'),
  pooledServices: at(doc004, 'Table 4.4'),
  jointCommissioning: at(doc003, '¶94'),
  childrenConsulted: at(doc003, '¶72'),
  cypp: at(doc001, '¶5'),
  ecmOutcomes: at(doc003, '¶23'),
  laa: at(doc003, '¶39'),
  jsna: at(doc003, '¶43'),
  jointSignOff: at(doc001, 'App. 1'),
  yotAccountability: at(doc001, 'App. 1'),
  selfAssessment: at(doc003, '¶11'),
} as const;

/** Kinds of partner 003 Table 6 reports on; "other health bodies" are the NHS trusts we generate. */
export const table6Kinds = [
  'LOCAL_AUTHORITY',
  'PRIMARY_CARE_TRUST',
  'POLICE_SERVICE',
  'YOUTH_OFFENDING_TEAM',
  'SCHOOL',
  'VOLUNTARY_AND_COMMUNITY',
  'CONNEXIONS',
  'PRIVATE_SECTOR',
  'LEARNING_AND_SKILLS_COUNCIL',
  'FIRE_SERVICE',
  'NHS_TRUST',
] as const;
export type Table6Kind = (typeof table6Kinds)[number];

/** Share of trusts in which a partner of the kind commits resources (003 Table 6). */
export const commitsResources: Record<Table6Kind, number> = {
  LOCAL_AUTHORITY: 0.97,
  PRIMARY_CARE_TRUST: 0.81,
  POLICE_SERVICE: 0.57,
  YOUTH_OFFENDING_TEAM: 0.42,
  SCHOOL: 0.38,
  VOLUNTARY_AND_COMMUNITY: 0.37,
  CONNEXIONS: 0.14,
  PRIVATE_SECTOR: 0.09,
  LEARNING_AND_SKILLS_COUNCIL: 0.09,
  FIRE_SERVICE: 0.05,
  NHS_TRUST: 0.05,
};

/**
 * Share of boards with a seat for the kind. Never below the Table 6 share, since a partner commits through its
 * seat. ¶68: Connexions and probation "rarely" sit; ¶71: VCS and schools on most, FE colleges on "barely half",
 * private sector on one in six. The rest are judgement calls.
 */
export const boardPresence: Record<Table6Kind | 'PROBATION_SERVICE' | 'FE_COLLEGE' | 'JOBCENTRE_PLUS', number> = {
  LOCAL_AUTHORITY: 1,
  PRIMARY_CARE_TRUST: 1,
  POLICE_SERVICE: 0.95,
  YOUTH_OFFENDING_TEAM: 0.85,
  SCHOOL: 1,
  VOLUNTARY_AND_COMMUNITY: 1,
  CONNEXIONS: 0.3,
  PRIVATE_SECTOR: 1 / 6,
  LEARNING_AND_SKILLS_COUNCIL: 0.5,
  FIRE_SERVICE: 0.2,
  NHS_TRUST: 0.5,
  PROBATION_SERVICE: 0.25,
  FE_COLLEGE: 0.5,
  JOBCENTRE_PLUS: 0.3,
};

export const shares = {
  chairGroup: { COUNCIL: 88, OTHER: 10, INDEPENDENT: 2 },
  /** 004 ¶87: elected member 12, DCS 10, chief executive 6 of 31; elected members split 3:1 lead member:leader. */
  councilChair: { LEAD_MEMBER: 9, DIRECTOR_OF_CHILDRENS_SERVICES: 10, LEADER_OF_THE_COUNCIL: 3, CHIEF_EXECUTIVE: 6 },
  otherChair: { OTHER_PARTNER: 13, ALTERNATING_LA_PCT: 2 },
  reportsToLsp: 0.83,
  scrutiny: { CYP_COMMITTEE: 0.63, LA_COMMITTEE: 0.5, HEALTH_COMMITTEE: 0.36, POLICE_AUTHORITY: 0.09 },
  leadMemberOnBoard: 0.92,
  youngPeopleOnBoard: 0.47,
  parentsOnBoard: 0.3,
  lscbRelation: { INDEPENDENT: 80, ACCOUNTABLE: 14, SUB_GROUP: 6 },
  coterminousPct: 25 / 31,
  pooled: 0.36,
  aligned: 0.75,
  /** 004 ¶141: four of 31 pathfinders aligned the council's and health budgets for all children's services. */
  alignedAllServices: 4 / 31,
  poolBasis: { HEALTH_ACT_1999_S31: 70, CHILDREN_ACT_2004_S10: 20, NHS_ACT_1977_S28A: 10 },
  pooledServices: {
    HEALTH: 28,
    CAMHS: 16,
    SOCIAL_CARE: 11,
    CROSS_SECTOR: 6,
    EDUCATION: 5,
    YOUTH_OFFENDING: 5,
    EARLY_YEARS: 5,
    ALL_SERVICES: 4,
    CHILDRENS_FUND: 3,
    CONNEXIONS: 2,
  },
  jointCommissioning: { IN_PLACE: 47, PLANNED: 40, NONE: 13 },
  districtConstituency: { OWN_ORGANISATION: 61, ALL_DISTRICTS: 23, OTHER: 16 },
  legalStatus: { NON_LEGAL_PARTNERSHIP: 23, LEGAL_ENTITY: 3, LEGAL_PARTNERSHIP: 2, LIMITED_COMPANY: 1 },
  voting: { ALL_MEMBERS: 18, CONSENSUS_ONLY: 8 },
  meetings: { 'every two months': 62, quarterly: 33, 'three times a year': 5 },
  termsOfReference: {
    CHAIR_AND_MEMBERS: 0.86,
    DECISION_MAKING: 0.86,
    MEMBERSHIP: 0.85,
    COMMISSIONING: 0.8,
    ALIGNMENT: 0.75,
    RELATIONSHIPS: 0.71,
    INFORMATION_SHARING: 0.7,
    PROBITY_AND_INTERESTS: 0.54,
    POOLING: 0.49,
  },
  /** 003 ¶58: 96% had a partnership by March 2008. */
  establishedLate: 0.04,
  /** Judgement: 003 ¶91 and ¶62 give single examples, no national share. */
  guidedByLsp: 0.3,
  districtBoards: 0.5,
} as const;
