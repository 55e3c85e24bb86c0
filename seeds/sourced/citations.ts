import type { SourceCitation } from '../../schema/database/columns';

/** The five source documents, by file name (catalogued in seeds/sources/catalogue.json, DOMAIN.md header). */
export const sourceDocuments = {
  dcsfConsultation2008: '000_9363fd45c6bf64f6.txt',
  leicestershireReport2008: '001_9a0df773a001ba1d.txt',
  childrenEngland2010: '002_4be43505e852484d.txt',
  auditCommission2008: '003_6b44b8124f27778d.txt',
  pathfinderEvaluation2007: '004_b529969dbd0c921c.txt',
} as const;

const cite =
  (document: string) =>
  (locator: string): SourceCitation => ({ document, locator });

/** DCSF consultation summary, 2008: its list of respondents names several real bodies. */
export const c000 = cite(sourceDocuments.dcsfConsultation2008);
/** Leicestershire's report on the 2008 guidance; App. 1 compares the 2005 and 2008 guidance. */
export const c001 = cite(sourceDocuments.leicestershireReport2008);
/** Children England's consultation response, January 2010. */
export const c002 = cite(sourceDocuments.childrenEngland2010);
/** Audit Commission, "Are we there yet?", October 2008: the eight case-study areas. */
export const c003 = cite(sourceDocuments.auditCommission2008);
/**
 * Pathfinder evaluation, 2007. It anonymises its sites (¶283): cite it for real areas only where it names them
 * itself (Table 4.1 Greenwich, ¶150 Nottinghamshire and Sutton), otherwise only for generic patterns.
 */
export const c004 = cite(sourceDocuments.pathfinderEvaluation2007);

/** Whether a record was read in a source, and which locators support it. */
export interface Provenance {
  sources: SourceCitation[];
  synthetic: boolean;
}

/** Stated in a source about this very area or body. */
export const sourced = (...sources: SourceCitation[]): Provenance => ({ sources, synthetic: false });

/**
 * Not read in the sources: invented sample values, or outside (background) knowledge such as real names and dates.
 * The citations say what the structure or count comes from.
 */
export const synthetic = (...sources: SourceCitation[]): Provenance => ({ sources, synthetic: true });

/** Frequently used supports for generic (synthetic) structure. */
export const generic = {
  caseStudyTable: c003('Table 3'),
  partnerKinds: c003('Table 1'),
  relevantPartners: c004('¶42'),
  reportsToLsp: c003('¶148'),
  positionedInLsp: c003('¶44'),
  mustConsultLscb: c001('App. 1'),
  worksWithCdrp: c001('App. 1'),
  fourteenNineteen: c001('App. 1'),
  feedsInto: c004('¶64'),
  levels: c003('Table 2'),
  executiveGuidedBy: c003('¶91'),
  operationalReporting: c003('¶147'),
  scrutiny: c003('¶149'),
  lscbStatutory: c003('Glossary (LSCB)'),
  lspNonStatutory: c003('Glossary (LSP)'),
  unincorporated: c003('¶3'),
  statutoryBoardPlanned: c001('¶4'),
  pooled: c003('¶107'),
  aligned: c004('¶135'),
  poolingBases: c004('¶136'),
  pooledServices: c003('¶111'),
  alignedServices: c003('¶115'),
  noNamedBudgets: c003('¶112'),
  reservedMatters: c004('¶75'),
  legalAgreementModel: c004('¶77'),
  decisionRules: c004('Table 2.3'),
  partnersFormalise: c003('¶3'),
  boardsEverywhere: c003('¶58'),
  pctMergers: c004('¶66'),
  pctCoverage: c004('¶66'),
  policeCoverage: c003('¶83'),
  mandates: c003('Summary'),
  resources: c003('¶103'),
  cyppResources: c001('¶5'),
  cyppPeriods: c004('¶110'),
  laaStatutory: c003('¶39'),
  cyppConsistent: c001('App. 1'),
  childrenConsulted: c003('¶72'),
} as const;
