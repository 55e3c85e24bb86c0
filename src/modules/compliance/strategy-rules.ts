import type { PlanFact } from './area-facts.store';
import {
  areaSubject,
  finding,
  lacking,
  metUnlessMissing,
  planSubject,
  type AreaView,
  type EvidenceItem,
  type FindingRecord,
  type MissingItem,
} from './area-view';
import { groupConsulted, type PlanRuleView } from './plan-rules';

/** The JSNA duty began in April 2008 (003 ¶43; DOMAIN.md §1). */
const jsnaDutyFrom = '2008-04-01';

/** The five ECM outcomes (003 ¶23), in the sources' order and words. */
const ecmOutcomes: [string, string][] = [
  ['BE_HEALTHY', 'Being healthy'],
  ['STAY_SAFE', 'Staying safe'],
  ['ENJOY_AND_ACHIEVE', 'Enjoying and achieving'],
  ['POSITIVE_CONTRIBUTION', 'Making a positive contribution'],
  ['ECONOMIC_WELLBEING', 'Economic well-being'],
];

const planEvidence = (plan: PlanFact, note: string | null = null): EvidenceItem => ({
  recordType: 'Plan',
  rowId: plan.id,
  label: plan.title,
  note,
});

/** One finding per CYPP in force, adopted ones judged; NOT_APPLICABLE on the area where none is. */
function perCypp(view: AreaView, rule: string, judge: (plan: PlanFact) => FindingRecord): FindingRecord[] {
  const cypps = view.plansOf('CYPP');
  if (!cypps.length) return [finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'No CYPP is in force on the date.')];
  return cypps.map((plan) =>
    plan.adoptedOn ? judge(plan) : finding(rule, planSubject(plan), 'NOT_APPLICABLE', 'The plan is not adopted yet.'),
  );
}

/** A plan of the kind in force on the date, adopted (or, where its status is recorded, in place). */
function planInPlace(view: AreaView, rule: string, kind: string, noun: string, from?: string): FindingRecord {
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

function cyppPublished(view: AreaView): FindingRecord[] {
  return perCypp(view, 'plan.cypp-published', (plan) =>
    metUnlessMissing(
      'plan.cypp-published',
      planSubject(plan),
      plan.publishedOn ? [] : [lacking('PUBLISHED', 'Publication of the plan')],
      `Published on ${plan.publishedOn}.`,
      `Adopted on ${plan.adoptedOn}, not published by the date.`,
    ),
  );
}

function cyppOwnedByBoard(view: AreaView): FindingRecord[] {
  return perCypp(view, 'plan.cypp-owned-by-board', (plan) => {
    const owner = plan.ownerBodyId ? view.bodyById.get(plan.ownerBodyId) : undefined;
    const evidence: EvidenceItem[] = owner
      ? [{ recordType: 'Body', rowId: owner.id, label: owner.name, note: 'Owner' }]
      : [];
    return metUnlessMissing(
      'plan.cypp-owned-by-board',
      planSubject(plan),
      owner?.kind === 'CHILDRENS_TRUST_BOARD'
        ? []
        : [lacking('CHILDRENS_TRUST_BOARD', 'Ownership by the children’s trust board')],
      'The board owns the plan.',
      owner ? `The plan is owned by ${owner.name}, not the board.` : 'The plan records no owner.',
      evidence,
    );
  });
}

function jointSignOff(view: AreaView): FindingRecord[] {
  const rule = 'plan.la-pct-joint-sign-off';
  return perCypp(view, rule, (plan) => {
    if (!plan.producers.length)
      return finding(rule, planSubject(plan), 'UNKNOWN', 'The plan’s producers are not recorded.');
    const kinds = plan.producers.map((p) =>
      p.organisationId ? view.organisationById.get(p.organisationId)?.kind : undefined,
    );
    const missing = [
      ...(kinds.includes('LOCAL_AUTHORITY')
        ? []
        : [lacking('LOCAL_AUTHORITY', 'The local authority among the producers')]),
      ...(kinds.includes('PRIMARY_CARE_TRUST') || kinds.includes('CARE_TRUST')
        ? []
        : [lacking('PRIMARY_CARE_TRUST', 'A PCT among the producers')]),
    ];
    return metUnlessMissing(
      rule,
      planSubject(plan),
      missing,
      'The authority and a PCT produced the plan together.',
      'The plan was not produced by both the authority and a PCT.',
    );
  });
}

function pctContribution(view: AreaView): FindingRecord[] {
  const rule = 'plan.pct-contribution';
  const pcts = view.facts.organisations.filter((o) => o.kind === 'PRIMARY_CARE_TRUST' || o.kind === 'CARE_TRUST');
  return perCypp(view, rule, (plan) => {
    if (!pcts.length)
      return finding(rule, planSubject(plan), 'UNKNOWN', 'No PCT or care trust is registered in the area.');
    const committed = pcts.filter((pct) => plan.committedOrganisationIds.includes(pct.id));
    const evidence = committed.map((pct) => ({
      recordType: 'Organisation' as const,
      rowId: pct.id,
      label: pct.name,
      note: 'Published commitment',
    }));
    return metUnlessMissing(
      rule,
      planSubject(plan),
      committed.length
        ? []
        : pcts.map((pct) => ({
            code: pct.kind,
            label: pct.name,
            note: 'No published commitment to the plan.',
            recordType: 'Organisation' as const,
            rowId: pct.id,
          })),
      'A PCT has set out its contribution.',
      'No PCT has published its contribution to the plan.',
      evidence,
    );
  });
}

function jsnaInforms(view: AreaView): FindingRecord[] {
  const rule = 'plan.jsna-informs';
  return perCypp(view, rule, (cypp) => {
    const informed = (plan: PlanFact) =>
      plan.links.some((link) => link.linkedKind === 'JSNA' && link.kind === 'INFORMED_BY' && !link.incoming);
    const missing: MissingItem[] = [];
    const evidence: EvidenceItem[] = [];
    for (const plan of [cypp, ...view.plansOf('SCS')]) {
      if (informed(plan)) evidence.push(planEvidence(plan, 'Informed by the JSNA'));
      else
        missing.push({
          code: plan.kind,
          label: plan.title,
          note: 'Not recorded as informed by a JSNA.',
          recordType: 'Plan',
          rowId: plan.id,
        });
    }
    return metUnlessMissing(
      rule,
      planSubject(cypp),
      missing,
      'The JSNA informs the plans.',
      `${missing.length} plan${missing.length === 1 ? ' is' : 's are'} not informed by a JSNA.`,
      evidence,
    );
  });
}

function targetsOwned(view: AreaView): FindingRecord[] {
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

function outcomesCovered(view: AreaView): FindingRecord[] {
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

/** The plan rules of the guidance beyond DOMAIN.md §4, in the catalogue's order. */
export function strategyRules(view: AreaView, plans: PlanRuleView): FindingRecord[] {
  return [
    planInPlace(view, 'plan.cypp-in-place', 'CYPP', 'CYPP'),
    ...cyppPublished(view),
    ...cyppOwnedByBoard(view),
    ...jointSignOff(view),
    ...pctContribution(view),
    planInPlace(view, 'plan.jsna', 'JSNA', 'JSNA', jsnaDutyFrom),
    ...jsnaInforms(view),
    planInPlace(
      view,
      'plan.joint-commissioning-strategy',
      'JOINT_COMMISSIONING_STRATEGY',
      'joint commissioning strategy',
    ),
    ...targetsOwned(view),
    ...outcomesCovered(view),
    ...groupConsulted(plans, 'plan.front-line-providers-heard', 'FRONT_LINE_PROVIDERS', 'Front-line providers'),
  ];
}
