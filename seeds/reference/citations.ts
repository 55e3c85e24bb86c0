import type { SourceCitation } from '../../schema/database/index';

/** The source documents, by file name (catalogued in seeds/sources/catalogue.json; DOMAIN.md lists them). */
export const sourceDocuments = {
  /** DCSF, summary of responses to the consultation on the draft children's trust guidance, 2008. */
  consultationSummary2008: '000_9363fd45c6bf64f6.txt',
  /** Leicestershire County Council, report on the 2008 statutory guidance, 3 December 2008. */
  leicestershireReport2008: '001_9a0df773a001ba1d.txt',
  /** Children England, consultation response, January 2010. */
  childrenEngland2010: '002_4be43505e852484d.txt',
  /** Audit Commission, "Are we there yet?", 2008. */
  auditCommission2008: '003_6b44b8124f27778d.txt',
  /** National evaluation of children's trust pathfinders, 2007. */
  pathfinderEvaluation2007: '004_b529969dbd0c921c.txt',
} as const;

export type SourceDocument = keyof typeof sourceDocuments;

/** One citation: the document and its own locator (¶, table, figure, box). */
export function cite(document: SourceDocument, locator: string): SourceCitation {
  return { document: sourceDocuments[document], locator };
}
