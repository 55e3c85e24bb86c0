import type { BodyFact, PlanFact } from './area-facts.store';
import type { EvidenceItem, FindingOutcome, FindingRecord, MissingItem } from './evaluate';
import { ruleById } from './rule-catalogue';

/** What the plan rules need of an area: its CYPPs in force on the date, its bodies, and the area as a subject. */
export interface PlanRuleView {
  asOf: string;
  cypps: PlanFact[];
  bodyById: Map<string, BodyFact>;
  area: { id: string; label: string };
}

type Subject = Pick<FindingRecord, 'subjectType' | 'subjectRowId' | 'subjectLabel'>;

const planSubject = (plan: PlanFact): Subject => ({
  subjectType: 'Plan',
  subjectRowId: plan.id,
  subjectLabel: plan.title,
});

function judged(
  ruleId: string,
  subject: Subject,
  outcome: FindingOutcome,
  explanation: string,
  evidence: EvidenceItem[] = [],
  missing: MissingItem[] = [],
): FindingRecord {
  return { rule: ruleById.get(ruleId)!, ...subject, outcome, explanation, evidence, missing };
}

const lacking = (code: string, label: string, note: string | null = null): MissingItem => ({
  code,
  label,
  note,
  recordType: null,
  rowId: null,
});

/** The same day a year earlier (29 February falls back to the 28th). */
function yearBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year - 1, month - 1, day));
  if (shifted.getUTCMonth() !== month - 1) shifted.setUTCDate(0);
  return shifted.toISOString().slice(0, 10);
}

const noCypp = (ruleId: string, view: PlanRuleView) => [
  judged(
    ruleId,
    { subjectType: 'Area', subjectRowId: view.area.id, subjectLabel: view.area.label },
    'NOT_APPLICABLE',
    'No CYPP is in force on the date.',
  ),
];

/** 001 App. 1: the CYPP's annual review is made, and published, each year after adoption. */
export function annualReview(view: PlanRuleView): FindingRecord[] {
  const rule = 'plan.annual-review';
  if (!view.cypps.length) return noCypp(rule, view);
  const since = yearBefore(view.asOf);
  return view.cypps.map((plan) => {
    const subject = planSubject(plan);
    if (!plan.adoptedOn) return judged(rule, subject, 'NOT_APPLICABLE', 'The plan is not adopted yet.');
    if (plan.adoptedOn > since) {
      return judged(rule, subject, 'NOT_APPLICABLE', `The plan was adopted on ${plan.adoptedOn}, under a year ago.`);
    }
    const evidence = (review: PlanFact['reviews'][number]): EvidenceItem => ({
      recordType: 'PlanReview',
      rowId: review.id,
      label: `Review of ${review.reviewedOn} by ${view.bodyById.get(review.reviewingBodyId)?.name ?? 'a body'}`,
      note: review.publishedOn ? `Published ${review.publishedOn}` : 'Not published',
    });
    const recent = plan.reviews.filter((review) => review.reviewedOn > since);
    const published = recent.find((review) => review.publishedOn !== null);
    if (published) {
      return judged(rule, subject, 'MET', `Reviewed on ${published.reviewedOn} and published.`, [evidence(published)]);
    }
    if (recent.length) {
      return judged(
        rule,
        subject,
        'NOT_MET',
        `Reviewed on ${recent[0]!.reviewedOn}, but the review is not published.`,
        recent.map(evidence),
        [lacking('PUBLISHED_REVIEW', `Publication of the review of ${recent[0]!.reviewedOn}`)],
      );
    }
    const last = plan.reviews[0];
    return judged(
      rule,
      subject,
      'NOT_MET',
      last ? `The last review was on ${last.reviewedOn}, over a year ago.` : 'No review of the plan is recorded.',
      last ? [evidence(last)] : [],
      [lacking('ANNUAL_REVIEW', `A review in the year to ${view.asOf}`)],
    );
  });
}

/** A CYPP consulted the group before its adoption: during its preparation. */
export function groupConsulted(view: PlanRuleView, rule: string, group: string, label: string): FindingRecord[] {
  if (!view.cypps.length) return noCypp(rule, view);
  return view.cypps.map((plan) => {
    const subject = planSubject(plan);
    if (!plan.adoptedOn) return judged(rule, subject, 'NOT_APPLICABLE', 'The plan is not adopted yet.');
    const consulted = plan.consultations.filter((consultation) => consultation.group === group);
    const evidence = consulted.map((consultation) => ({
      recordType: 'Plan' as const,
      rowId: plan.id,
      label: consultation.description ? `${label}: ${consultation.description}` : label,
      note: `Consulted on ${consultation.consultedOn}`,
    }));
    const before = consulted.find((consultation) => consultation.consultedOn < plan.adoptedOn!);
    if (before) {
      return judged(
        rule,
        subject,
        'MET',
        `${label} were consulted on ${before.consultedOn}, before adoption on ${plan.adoptedOn}.`,
        evidence,
      );
    }
    return judged(
      rule,
      subject,
      'NOT_MET',
      consulted.length
        ? `${label} were consulted only after the plan was adopted on ${plan.adoptedOn}.`
        : `No consultation of ${label.toLowerCase()} is recorded before adoption on ${plan.adoptedOn}.`,
      evidence,
      [lacking(group, `Consultation of ${label.toLowerCase()} while the plan was prepared`)],
    );
  });
}

/** 003 ¶72: the duty to consult children and young people when the CYPP is prepared. */
export const childrenConsulted = (view: PlanRuleView) =>
  groupConsulted(view, 'plan.children-consulted', 'CHILDREN_AND_YOUNG_PEOPLE', 'Children and young people');

/** 001 App. 1: "high quality consultation with parents, specifically during the preparation of the CYPP". */
export const parentsConsulted = (view: PlanRuleView) =>
  groupConsulted(view, 'plan.parents-consulted', 'PARENTS_AND_CARERS', 'Parents and carers');
