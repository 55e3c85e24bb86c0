import { AreaView, areaSubject, finding, type FindingRecord, type Judged } from './area-view';
import { decisionsFormalised, mandateGaps, termsOfReference } from './board-authority-rules';
import { lscbIndependence, withinLsp } from './board-place-rules';
import { boardRules } from './board-rules';
import { budgetRules } from './budget-rules';
import { lscbConsulted, partnerResources, planConsistency } from './cypp-rules';
import { jointPlanRules } from './joint-plan-rules';
import { districtsEngaged, localAuthorityAndPct, relevantPartners } from './partner-seat-rules';
import { partnershipRules } from './partnership-rules';
import { annualReview, childrenConsulted, parentsConsulted, type PlanRuleView } from './plan-rules';
import { ruleCatalogue } from './rule-catalogue';
import { strategyRules } from './strategy-rules';
import { structureRules } from './structure-rules';

export {
  authorityBoards,
  boardSeatsOf,
  termsOfReferenceItems,
  type EvidenceItem,
  type EvidenceType,
  type FindingOutcome,
  type FindingRecord,
  type MissingItem,
} from './area-view';

/** Every reported rule of the catalogue judged on an area's facts, in the catalogue's order. */
export function evaluateArea({ facts, mandateVisible, asOf }: Judged): FindingRecord[] {
  const view = new AreaView(facts, mandateVisible, asOf);
  const plans: PlanRuleView = {
    asOf,
    cypps: view.plansOf('CYPP'),
    bodyById: view.bodyById,
    area: { id: view.root.id, label: view.root.name },
  };
  return [
    relevantPartners(view),
    districtsEngaged(view),
    ...lscbConsulted(view),
    ...lscbIndependence(view),
    ...partnerResources(view),
    ...planConsistency(view),
    localAuthorityAndPct(view),
    ...withinLsp(view),
    decisionsFormalised(view),
    ...mandateGaps(view),
    ...termsOfReference(view),
    ...annualReview(plans),
    ...childrenConsulted(plans),
    ...parentsConsulted(plans),
    ...boardRules(view, asOf),
    ...partnershipRules(view, asOf),
    ...strategyRules(view, plans),
    ...budgetRules(view),
    ...unjudged(view),
    ...structureRules(view),
    ...jointPlanRules(view),
  ];
}

/** The rules the registry records nothing to judge: UNKNOWN on the area, saying what is missing to judge them. */
function unjudged(view: AreaView): FindingRecord[] {
  return ruleCatalogue
    .filter((rule) => rule.notJudgedBecause)
    .map((rule) => finding(rule.id, areaSubject(view), 'UNKNOWN', rule.notJudgedBecause!));
}
