import type { PlanFact } from './area-facts.store';
import {
  finding,
  lacking,
  metUnlessMissing,
  planSubject,
  type AreaView,
  type EvidenceItem,
  type FindingRecord,
  type MissingItem,
} from './area-view';
import { jsnaDutyFrom, perCypp, planEvidence, planInPlace } from './plan-judging';
import { groupConsulted, type PlanRuleView } from './plan-rules';
import { outcomesCovered, targetsOwned } from './plan-target-rules';

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
