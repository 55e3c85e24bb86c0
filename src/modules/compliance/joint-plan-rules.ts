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
} from './area-view';
import { jsnaDutyFrom } from './plan-judging';

/* The plans the sources ask the partners to make together: the JSNA, and one CYPP for all services. */

/** Adopted, or where its status is recorded, in place: a plan in preparation or superseded does not count. */
const inPlace = (plan: PlanFact) => (plan.status ? plan.status === 'IN_PLACE' : plan.adoptedOn !== null);

function jsnaProducedJointly(view: AreaView): FindingRecord[] {
  const rule = 'plan.jsna-produced-jointly';
  if (view.asOf < jsnaDutyFrom) {
    return [finding(rule, areaSubject(view), 'NOT_APPLICABLE', `The duty applies from ${jsnaDutyFrom}.`)];
  }
  // An unfinished JSNA is judged too: the duty is to produce it together, not only to sign it off.
  const jsnas = view.plansOf('JSNA');
  if (!jsnas.length) {
    return [finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'No JSNA is in force on the date.')];
  }
  return jsnas.map((plan) => {
    if (!plan.producers.length) {
      return finding(rule, planSubject(plan), 'UNKNOWN', 'The JSNA’s producers are not recorded.');
    }
    const producers = plan.producers
      .map((producer) => view.organisationById.get(producer.organisationId ?? ''))
      .filter((organisation) => organisation !== undefined);
    const has = (...kinds: string[]) => producers.some((organisation) => kinds.includes(organisation.kind));
    return metUnlessMissing(
      rule,
      planSubject(plan),
      [
        ...(has('LOCAL_AUTHORITY') ? [] : [lacking('LOCAL_AUTHORITY', 'The local authority among the producers')]),
        ...(has('PRIMARY_CARE_TRUST', 'CARE_TRUST')
          ? []
          : [lacking('PRIMARY_CARE_TRUST', 'A PCT among the producers')]),
      ],
      'The authority and a PCT produced the JSNA together.',
      'The JSNA was not produced by both the authority and a PCT.',
      producers.map((organisation) => ({
        recordType: 'Organisation' as const,
        rowId: organisation.id,
        label: organisation.name,
        note: 'Producer',
      })),
    );
  });
}

function singleCypp(view: AreaView): FindingRecord {
  const rule = 'plan.single-cypp';
  const cypps = view.plansOf('CYPP').filter(inPlace);
  if (!cypps.length) {
    return finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'No CYPP is in place on the date.');
  }
  const evidence: EvidenceItem[] = cypps.map((plan) => ({
    recordType: 'Plan',
    rowId: plan.id,
    label: plan.title,
    note: plan.adoptedOn ? `Adopted ${plan.adoptedOn}` : plan.status,
  }));
  return metUnlessMissing(
    rule,
    areaSubject(view),
    cypps.length === 1
      ? []
      : [lacking('SINGLE_CYPP', 'A single CYPP in place', `${cypps.length} are in place at once.`)],
    'One CYPP is in place.',
    `${cypps.length} CYPPs are in place at once, where one should cover all services.`,
    evidence,
  );
}

/** The rules on the plans made together, in the catalogue's order. */
export function jointPlanRules(view: AreaView): FindingRecord[] {
  return [...jsnaProducedJointly(view), singleCypp(view)];
}
