import { cite } from '../../../seeds/reference/citations';

/** Citations of the five sources, by the document's own locator (¶, table, figure, question). */
export const guidance2008 = (locator: string) => cite('leicestershireReport2008', locator);
export const auditCommission = (locator: string) => cite('auditCommission2008', locator);
export const pathfinders = (locator: string) => cite('pathfinderEvaluation2007', locator);
export const consultation = (locator: string) => cite('consultationSummary2008', locator);
export const childrenEngland = (locator: string) => cite('childrenEngland2010', locator);

export const reported =
  'No statute forbids the state and areas were found in it, so a registry that refused it could not record them: ' +
  'a write that breaks it succeeds, and its payload says so in `warnings`.';
