import type { plans } from '../../../schema/database/index';
import type { Context } from '../../context';
import { today, type IsoDate } from '../../shared/dates';
import { ruleCatalogue, warningsOf, type ComplianceFinding } from '../compliance/index';

type PlanRow = typeof plans.$inferSelect;

/** The rules the catalogue says warn on a write, so the catalogue and the payload cannot disagree. */
const warnedOn = (write: string) =>
  ruleCatalogue.filter((rule) => rule.warnsOn?.includes(write)).map((rule) => rule.id);

/**
 * The rules on a CYPP's making that publishing it can leave broken: those the catalogue says warn on `publishPlan`.
 * All warn: the guidance asks for each, but no statute forbids publishing a plan without them, and plans were
 * published so (003 ¶72, ¶90; 001 ¶5). The LSCB's consultation is not among them: publishing without it is refused
 * (DOMAIN.md §4 rule 3).
 */
export const publicationRules = warnedOn('publishPlan');

/**
 * The rules on who produced a plan that naming or withdrawing a producer can leave broken (a CYPP signed off by the
 * authority without a PCT, 001 App. 1). They warn rather than refuse: the guidance asks for joint sign-off but no
 * statute forbids a plan without it, and producers are named one at a time, so a plan passes through naming one.
 */
export const producerRules = {
  recordPlanProducer: warnedOn('recordPlanProducer'),
  withdrawPlanProducer: warnedOn('withdrawPlanProducer'),
} as const;

/**
 * What publishing the plan leaves broken, judged on the day it takes effect: the day of publication, or the start
 * of its period where that is later (a plan published before its period is judged once it is in force).
 */
export async function publicationWarnings(context: Context, plan: PlanRow): Promise<ComplianceFinding[]> {
  if (plan.kind !== 'CYPP' || !plan.publishedOn) return [];
  const asOf = plan.publishedOn > plan.periodStart ? plan.publishedOn : plan.periodStart;
  return warningsOf(context, { recordType: 'Plan', rowId: plan.id, areaId: plan.areaId, asOf }, publicationRules);
}

/**
 * What the plan's producers, as the write leaves them, break. Naming a producer has no date of its own, so the plan
 * is judged on a day it is in force: today where it is, else the nearest day of its period. A plan left with no
 * producer named is UNKNOWN to these rules, not broken: nothing then says who produced it.
 */
export async function producerWarnings(
  context: Context,
  planId: string,
  write: keyof typeof producerRules,
): Promise<ComplianceFinding[]> {
  const plan = await context.stores.plans.byId.load(planId);
  if (!plan) throw new Error(`Plan ${planId} vanished after it was written`);
  const asOf = dayInForce(plan, today());
  return warningsOf(context, { recordType: 'Plan', rowId: plan.id, areaId: plan.areaId, asOf }, producerRules[write]);
}

/** The day nearest `day` within the plan's period, which ends the day before `periodEnd`. */
function dayInForce(plan: PlanRow, day: IsoDate): IsoDate {
  if (day < plan.periodStart) return plan.periodStart;
  if (plan.periodEnd === null || day < plan.periodEnd) return day;
  const last = new Date(`${plan.periodEnd}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 1);
  return last.toISOString().slice(0, 10);
}
