import { finding, lacking, metUnlessMissing, planSubject, type AreaView, type FindingRecord } from './area-view';
import { perCypp } from './plan-judging';

/* The CYPP's targets: each owned by a body and tied to an ECM outcome, and the five outcomes all served. */

/** The five ECM outcomes (003 ¶23), in the sources' order and words. */
const ecmOutcomes: [string, string][] = [
  ['BE_HEALTHY', 'Being healthy'],
  ['STAY_SAFE', 'Staying safe'],
  ['ENJOY_AND_ACHIEVE', 'Enjoying and achieving'],
  ['POSITIVE_CONTRIBUTION', 'Making a positive contribution'],
  ['ECONOMIC_WELLBEING', 'Economic well-being'],
];

export function targetsOwned(view: AreaView): FindingRecord[] {
  const rule = 'plan.targets-owned';
  return perCypp(view, rule, (plan) => {
    if (!plan.targets.length)
      return finding(rule, planSubject(plan), 'UNKNOWN', 'No targets of the plan are recorded.');
    const missing = plan.targets
      .filter((target) => !target.ownerBodyId || !target.outcome)
      .map((target) =>
        lacking('PlanTarget', target.description, !target.ownerBodyId ? 'No owning body.' : 'No ECM outcome.'),
      );
    return metUnlessMissing(
      rule,
      planSubject(plan),
      missing,
      `All ${plan.targets.length} targets are owned and tied to an outcome.`,
      `${missing.length} of ${plan.targets.length} targets lack an owner or an outcome.`,
    );
  });
}

export function outcomesCovered(view: AreaView): FindingRecord[] {
  const rule = 'plan.outcomes-covered';
  return perCypp(view, rule, (plan) => {
    if (!plan.targets.length)
      return finding(rule, planSubject(plan), 'UNKNOWN', 'No targets of the plan are recorded.');
    const served = new Set(plan.targets.map((target) => target.outcome));
    const missing = ecmOutcomes
      .filter(([code]) => !served.has(code))
      .map(([code, label]) => lacking(code, label, 'No target serves it.'));
    return metUnlessMissing(
      rule,
      planSubject(plan),
      missing,
      'The targets serve all five outcomes.',
      `The targets serve ${5 - missing.length} of the five outcomes.`,
    );
  });
}
