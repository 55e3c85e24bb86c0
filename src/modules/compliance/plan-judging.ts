import type { PlanFact } from './area-facts.store';
import {
  areaSubject,
  finding,
  lacking,
  planSubject,
  type AreaView,
  type EvidenceItem,
  type FindingRecord,
} from './area-view';

/* What the plan rules share: the JSNA duty's start, a plan as evidence, one finding per CYPP, a plan in place. */

/** The JSNA duty began in April 2008 (003 ¶43; DOMAIN.md §1). */
export const jsnaDutyFrom = '2008-04-01';

export const planEvidence = (plan: PlanFact, note: string | null = null): EvidenceItem => ({
  recordType: 'Plan',
  rowId: plan.id,
  label: plan.title,
  note,
});

/** One finding per CYPP in force, adopted ones judged; NOT_APPLICABLE on the area where none is. */
export function perCypp(view: AreaView, rule: string, judge: (plan: PlanFact) => FindingRecord): FindingRecord[] {
  const cypps = view.plansOf('CYPP');
  if (!cypps.length) return [finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'No CYPP is in force on the date.')];
  return cypps.map((plan) =>
    plan.adoptedOn ? judge(plan) : finding(rule, planSubject(plan), 'NOT_APPLICABLE', 'The plan is not adopted yet.'),
  );
}

/** A plan of the kind in force on the date, adopted (or, where its status is recorded, in place). */
export function planInPlace(view: AreaView, rule: string, kind: string, noun: string, from?: string): FindingRecord {
  const label = `A ${noun}`;
  if (from && view.asOf < from) {
    return finding(rule, areaSubject(view), 'NOT_APPLICABLE', `The duty applies from ${from}.`);
  }
  const plans = view.plansOf(kind);
  const inPlace = plans.filter((plan) => (plan.status ? plan.status === 'IN_PLACE' : plan.adoptedOn !== null));
  if (inPlace.length) {
    return finding(
      rule,
      areaSubject(view),
      'MET',
      `${label} is in place.`,
      inPlace.map((plan) => planEvidence(plan, plan.status)),
    );
  }
  const pending = plans.map((plan) => planEvidence(plan, plan.status ?? 'Not adopted'));
  return finding(
    rule,
    areaSubject(view),
    'NOT_MET',
    pending.length ? `The ${noun} is not yet in place.` : `No ${noun} is in force on the date.`,
    pending,
    [lacking(kind, label)],
  );
}
