import type { plans } from '../../../schema/database/index';
import type { Context } from '../../context';
import { ruleCatalogue, warningsOf, type ComplianceFinding } from '../compliance/index';

type PlanRow = typeof plans.$inferSelect;

/**
 * The rules on a CYPP's making that publishing it can leave broken: those the catalogue says warn on `publishPlan`,
 * so the catalogue and the payload cannot disagree. All warn: the guidance asks for each, but no
 * statute forbids publishing a plan without them, and plans were published so (003 ¶72, ¶90; 001 ¶5). The LSCB's
 * consultation is not among them: publishing without it is refused (DOMAIN.md §4 rule 3).
 */
export const publicationRules = ruleCatalogue
  .filter((rule) => rule.warnsOn?.includes('publishPlan'))
  .map((rule) => rule.id);

/**
 * What publishing the plan leaves broken, judged on the day it takes effect: the day of publication, or the start
 * of its period where that is later (a plan published before its period is judged once it is in force).
 */
export async function publicationWarnings(context: Context, plan: PlanRow): Promise<ComplianceFinding[]> {
  if (plan.kind !== 'CYPP' || !plan.publishedOn) return [];
  const asOf = plan.publishedOn > plan.periodStart ? plan.publishedOn : plan.periodStart;
  return warningsOf(context, { recordType: 'Plan', rowId: plan.id, areaId: plan.areaId, asOf }, publicationRules);
}
