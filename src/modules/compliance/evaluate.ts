import {
  AreaView,
  areaSubject,
  bodySubject,
  finding,
  kindLabel,
  lacking,
  noBoard,
  planSubject,
  termsOfReferenceItems,
  type EvidenceItem,
  type FindingRecord,
  type Judged,
  type MissingItem,
} from './area-view';
import { boardRules } from './board-rules';
import { budgetRules } from './budget-rules';
import { jointPlanRules } from './joint-plan-rules';
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

function relevantPartners(view: AreaView): FindingRecord {
  const rule = 'board.relevant-partners';
  if (!view.boards.length) return finding(rule, areaSubject(view), 'NOT_MET', noBoard);
  // District councils are relevant partners only where there are districts; the authority sits for itself.
  const expectedKinds = view.facts.dutyKinds.filter((kind) => kind !== 'DISTRICT_COUNCIL' || view.districts.length);
  if (!expectedKinds.length) {
    return finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'No organisation kind was under the duty on the date.');
  }
  const evidence: EvidenceItem[] = [];
  const missing: MissingItem[] = [];
  const partners = view.facts.organisations.filter((organisation) => organisation.hasDuty);
  for (const kind of expectedKinds) {
    const ofKind = partners.filter((organisation) => organisation.kind === kind);
    const registered = view.facts.organisations.some((organisation) => organisation.kind === kind);
    if (!ofKind.length && !registered) {
      missing.push(
        lacking(
          kind,
          kindLabel(kind),
          'No organisation of this kind is registered in the area, so none can sit on the board.',
        ),
      );
    }
  }
  for (const organisation of partners.filter((partner) => expectedKinds.includes(partner.kind))) {
    const seats = view.boardSeatsOf(organisation.id);
    if (seats.length) {
      evidence.push(...seats.map((seat) => view.seatEvidence(seat)));
      continue;
    }
    const elsewhere = view.otherSeatsOf(organisation.id);
    missing.push({
      code: organisation.kind,
      label: organisation.name,
      note: elsewhere.length
        ? `Sits instead on: ${elsewhere.map((body) => body.name).join('; ')}.`
        : 'Holds no seat on any body of the area.',
      recordType: 'Organisation',
      rowId: organisation.id,
    });
  }
  return missing.length
    ? finding(
        rule,
        areaSubject(view),
        'NOT_MET',
        `${missing.length} relevant partner${missing.length === 1 ? '' : 's'} (or kinds of partner) hold no board seat.`,
        evidence,
        missing,
      )
    : finding(rule, areaSubject(view), 'MET', 'Every relevant partner holds a board seat.', evidence);
}

function districtsEngaged(view: AreaView): FindingRecord {
  const rule = 'board.districts-engaged';
  if (!view.districts.length) return finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'The area has no districts.');
  if (!view.boards.length) return finding(rule, areaSubject(view), 'NOT_MET', noBoard);
  const forAll = view.boardSeats.filter((seat) => seat.constituency === 'ALL_DISTRICTS');
  const evidence: EvidenceItem[] = forAll.map((seat) => ({
    ...view.seatEvidence(seat),
    note: 'Speaks for all districts',
  }));
  const missing: MissingItem[] = [];
  for (const district of view.districts) {
    const councils = view.facts.organisations.filter(
      (organisation) => organisation.kind === 'DISTRICT_COUNCIL' && organisation.areaId === district.id,
    );
    const seats = councils.flatMap((council) => view.boardSeatsOf(council.id));
    evidence.push(...seats.map((seat) => view.seatEvidence(seat)));
    if (!seats.length && !forAll.length) {
      missing.push({
        code: 'Area',
        label: district.name,
        note: councils.length ? 'Its council holds no board seat.' : 'No district council is registered for it.',
        recordType: 'Area',
        rowId: district.id,
      });
    }
  }
  return missing.length
    ? finding(
        rule,
        areaSubject(view),
        'NOT_MET',
        `${missing.length} of ${view.districts.length} districts have no voice on the board.`,
        evidence,
        missing,
      )
    : finding(rule, areaSubject(view), 'MET', `All ${view.districts.length} districts are represented.`, evidence);
}

function lscbConsulted(view: AreaView): FindingRecord[] {
  const rule = 'plan.lscb-consulted';
  const plans = view.plansOf('CYPP');
  if (!plans.length) return [finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'No CYPP is in force on the date.')];
  const lscbIds = new Set(view.facts.bodies.filter((body) => body.kind === 'LSCB').map((body) => body.id));
  return plans.map((plan) => {
    if (!plan.adoptedOn) return finding(rule, planSubject(plan), 'NOT_APPLICABLE', 'The plan is not adopted yet.');
    const consulted = plan.consultations.filter(
      (consultation) => consultation.bodyId && lscbIds.has(consultation.bodyId),
    );
    const before = consulted.filter((consultation) => consultation.consultedOn < plan.adoptedOn!);
    const evidence = consulted.map((consultation) => ({
      recordType: 'Body' as const,
      rowId: consultation.bodyId!,
      label: view.bodyById.get(consultation.bodyId!)?.name ?? 'LSCB',
      note: `Consulted on ${consultation.consultedOn}`,
    }));
    if (before.length) {
      return finding(
        rule,
        planSubject(plan),
        'MET',
        `The LSCB was consulted on ${before[0]!.consultedOn}, before adoption on ${plan.adoptedOn}.`,
        evidence,
      );
    }
    return finding(
      rule,
      planSubject(plan),
      'NOT_MET',
      consulted.length
        ? `The LSCB was consulted only after the plan was adopted on ${plan.adoptedOn}.`
        : `No consultation of the LSCB is recorded before adoption on ${plan.adoptedOn}.`,
      evidence,
      [lacking('LSCB', 'Consultation of the LSCB before adoption')],
    );
  });
}

/** Lines along which one body answers to another: a path of them from the LSCB to the board subordinates it. */
const subordinating = new Set(['ACCOUNTABLE_TO', 'SUB_GROUP_OF']);

function lscbIndependence(view: AreaView): FindingRecord[] {
  const rule = 'lscb.independence';
  if (!view.lscbs.length || !view.boards.length) {
    return [finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'The area has no LSCB, or no board, on the date.')];
  }
  const boardIds = new Set(view.boards.map((board) => board.id));
  const upward = new Map<string, { line: string; to: string; kind: string }[]>();
  for (const line of view.facts.lines) {
    if (!subordinating.has(line.kind) || !line.fromBodyId || !line.toBodyId) continue;
    const list = upward.get(line.fromBodyId) ?? [];
    list.push({ line: line.id, to: line.toBodyId, kind: line.kind });
    upward.set(line.fromBodyId, list);
  }
  return view.lscbs.map((lscb) => {
    // Breadth first, so the path reported is the shortest; lines are acyclic, but a visited set bounds it anyway.
    const previous = new Map<string, { from: string; line: string; kind: string } | null>([[lscb.id, null]]);
    const queue = [lscb.id];
    let reached: string | null = null;
    while (queue.length && !reached) {
      const at = queue.shift()!;
      for (const step of upward.get(at) ?? []) {
        if (previous.has(step.to)) continue;
        previous.set(step.to, { from: at, line: step.line, kind: step.kind });
        if (boardIds.has(step.to)) {
          reached = step.to;
          break;
        }
        queue.push(step.to);
      }
    }
    if (!reached) return finding(rule, bodySubject(lscb), 'MET', 'No line makes the LSCB answer to the board.');
    const path: EvidenceItem[] = [];
    for (let at = reached; previous.get(at); at = previous.get(at)!.from) {
      const step = previous.get(at)!;
      const from = view.bodyById.get(step.from)?.name ?? 'a body';
      const to = view.bodyById.get(at)?.name ?? 'a body';
      path.unshift({ recordType: 'AccountabilityLine', rowId: step.line, label: `${from} → ${to}`, note: step.kind });
    }
    return finding(
      rule,
      bodySubject(lscb),
      'NOT_MET',
      path.length === 1
        ? 'The LSCB answers to the board directly.'
        : `The LSCB answers to the board through ${path.length - 1} other bod${path.length === 2 ? 'y' : 'ies'}.`,
      path,
    );
  });
}

function partnerResources(view: AreaView): FindingRecord[] {
  const rule = 'plan.partner-resources';
  const plans = view.plansOf('CYPP');
  if (!plans.length) return [finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'No CYPP is in force on the date.')];
  const keyPartners = view.facts.organisations.filter(
    (organisation) => organisation.hasDuty && view.boardSeatsOf(organisation.id).length > 0,
  );
  return plans.map((plan) => {
    const committed = new Set(plan.committedOrganisationIds);
    const evidence = keyPartners
      .filter((partner) => committed.has(partner.id))
      .map((partner) => ({
        recordType: 'Organisation' as const,
        rowId: partner.id,
        label: partner.name,
        note: 'Published commitment',
      }));
    const missing = keyPartners
      .filter((partner) => !committed.has(partner.id))
      .map((partner) => ({
        code: partner.kind,
        label: partner.name,
        note: 'No published resource commitment to the plan.',
        recordType: 'Organisation' as const,
        rowId: partner.id,
      }));
    if (!keyPartners.length) {
      return finding(rule, planSubject(plan), 'UNKNOWN', 'No relevant partner sits on the board to commit resources.');
    }
    return missing.length
      ? finding(
          rule,
          planSubject(plan),
          'NOT_MET',
          `${missing.length} of ${keyPartners.length} key partners have published no commitment.`,
          evidence,
          missing,
        )
      : finding(
          rule,
          planSubject(plan),
          'MET',
          `All ${keyPartners.length} key partners have published commitments.`,
          evidence,
        );
  });
}

function planConsistency(view: AreaView): FindingRecord[] {
  const rule = 'plan.consistency';
  const plans = view.plansOf('CYPP');
  if (!plans.length) return [finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'No CYPP is in force on the date.')];
  const youthJustice = view.plansOf('YOUTH_JUSTICE_PLAN');
  return plans.map((plan) => {
    const linked = (kind: string, linkKind: string, incoming: boolean) =>
      plan.links.find((link) => link.linkedKind === kind && link.kind === linkKind && link.incoming === incoming);
    const evidence: EvidenceItem[] = [];
    const missing: MissingItem[] = [];
    for (const kind of ['SCS', 'LAA']) {
      const link = linked(kind, 'CONSISTENT_WITH', false);
      if (link) evidence.push({ recordType: 'Plan', rowId: link.linkedPlanId, label: kind, note: 'Consistent with' });
      else missing.push(lacking(kind, `Consistency with the ${kind}`));
    }
    if (youthJustice.length) {
      const link = linked('YOUTH_JUSTICE_PLAN', 'ALIGNED_WITH', true);
      if (link)
        evidence.push({
          recordType: 'Plan',
          rowId: link.linkedPlanId,
          label: 'Youth justice plan',
          note: 'Aligned with the CYPP',
        });
      else missing.push(lacking('YOUTH_JUSTICE_PLAN', 'The youth justice plan aligned with the CYPP'));
    }
    return missing.length
      ? finding(
          rule,
          planSubject(plan),
          'NOT_MET',
          `${missing.length} expected link${missing.length === 1 ? ' is' : 's are'} not recorded.`,
          evidence,
          missing,
        )
      : finding(rule, planSubject(plan), 'MET', 'The plan is linked as the guidance expects.', evidence);
  });
}

function localAuthorityAndPct(view: AreaView): FindingRecord {
  const rule = 'board.la-pct-relationship';
  if (!view.boards.length) return finding(rule, areaSubject(view), 'NOT_MET', noBoard);
  const evidence: EvidenceItem[] = [];
  const missing: MissingItem[] = [];
  let hidden = false;
  for (const kind of ['LOCAL_AUTHORITY', 'PRIMARY_CARE_TRUST']) {
    const seats = view.facts.organisations
      .filter((organisation) => organisation.kind === kind)
      .flatMap((organisation) => view.boardSeatsOf(organisation.id));
    if (!seats.length) {
      missing.push(lacking(kind, kindLabel(kind), 'Holds no board seat.'));
      continue;
    }
    const visible = seats.filter(view.mandateVisible);
    const mandated = visible.filter((seat) => seat.canCommitResources === true);
    evidence.push(...(mandated.length ? mandated : seats).map((seat) => view.seatEvidence(seat)));
    if (mandated.length) continue;
    if (visible.length < seats.length) hidden = true;
    else missing.push(lacking(kind, kindLabel(kind), 'Its seats carry no mandate to commit resources.'));
  }
  // A lead GP is to be sought for the board (001 ¶5, ¶9): shown where one sits, said where none does.
  const leadGps = view.boardSeats.filter((seat) => seat.postKind === 'LEAD_GP');
  evidence.push(...leadGps.map((seat) => ({ ...view.seatEvidence(seat), note: 'Lead GP' })));
  const gp = leadGps.length ? '' : ' No lead GP sits on the board.';
  if (missing.length)
    return finding(
      rule,
      areaSubject(view),
      'NOT_MET',
      `The authority and the PCT do not both sit with a mandate.${gp}`,
      evidence,
      missing,
    );
  if (hidden)
    return finding(
      rule,
      areaSubject(view),
      'UNKNOWN',
      `Both sit on the board; their mandates are not yours to read.${gp}`,
      evidence,
    );
  return finding(
    rule,
    areaSubject(view),
    'MET',
    `The authority and the PCT both sit with a mandate to commit resources.${gp}`,
    evidence,
  );
}

function withinLsp(view: AreaView): FindingRecord[] {
  const rule = 'board.within-lsp';
  if (!view.boards.length) return [finding(rule, areaSubject(view), 'NOT_MET', noBoard)];
  return view.boards.map((board) => {
    const evidence: EvidenceItem[] = [];
    const missing: MissingItem[] = [];
    const kindOf = (id: string | null) => (id ? view.bodyById.get(id)?.kind : undefined);
    const reports = view.facts.lines.filter(
      (line) => line.kind === 'REPORTS_TO' && line.fromBodyId === board.id && kindOf(line.toBodyId) === 'LSP',
    );
    const works = view.facts.lines.filter(
      (line) =>
        line.kind === 'WORKS_WITH' &&
        ((line.fromBodyId === board.id && kindOf(line.toBodyId) === 'CDRP') ||
          (line.toBodyId === board.id && kindOf(line.fromBodyId) === 'CDRP')),
    );
    const lineEvidence = (line: (typeof reports)[number]) => ({
      recordType: 'AccountabilityLine' as const,
      rowId: line.id,
      label: `${view.bodyById.get(line.fromBodyId!)?.name} → ${view.bodyById.get(line.toBodyId!)?.name}`,
      note: line.kind,
    });
    evidence.push(...reports.map(lineEvidence), ...works.map(lineEvidence));
    if (!reports.length) missing.push(lacking('REPORTS_TO', 'A reports-to line to the LSP'));
    if (!works.length) missing.push(lacking('WORKS_WITH', 'A works-with line to the CDRP'));
    return missing.length
      ? finding(
          rule,
          bodySubject(board),
          'NOT_MET',
          'The board’s place among the area’s partnerships is not recorded in full.',
          evidence,
          missing,
        )
      : finding(rule, bodySubject(board), 'MET', 'The board reports to the LSP and works with the CDRP.', evidence);
  });
}

function decisionsFormalised(view: AreaView): FindingRecord {
  const rule = 'decision.formalised';
  // An LSCB's decisions are its members' alone (004 ¶84): they are not counted for anyone.
  const decisions = view.facts.decisions.filter((decision) => view.bodyById.get(decision.bodyId)?.kind !== 'LSCB');
  if (!decisions.length)
    return finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'No published decision on or before the date.');
  const unratified = decisions.filter((decision) => decision.status === 'RATIFIED' && decision.ratified === 0);
  const evidence = unratified.map((decision) => ({
    recordType: 'Decision' as const,
    rowId: decision.id,
    label: view.bodyById.get(decision.bodyId)?.name ?? 'A body',
    note: 'Recorded as ratified, with no partner’s ratification',
  }));
  return unratified.length
    ? finding(
        rule,
        areaSubject(view),
        'NOT_MET',
        `${unratified.length} of ${decisions.length} published decisions are ratified by no partner.`,
        evidence,
      )
    : finding(rule, areaSubject(view), 'MET', `All ${decisions.length} published decisions are formalised.`);
}

function mandateGaps(view: AreaView): FindingRecord[] {
  const rule = 'board.mandates';
  if (!view.boards.length) return [finding(rule, areaSubject(view), 'NOT_MET', noBoard)];
  return view.boards.map((board) => {
    const seats = view.boardSeats.filter((seat) => seat.bodyId === board.id);
    const visible = seats.filter(view.mandateVisible);
    const gaps = visible.filter((seat) => seat.canCommitResources !== true);
    const evidence = gaps.map((seat) => ({
      ...view.seatEvidence(seat),
      note: seat.canCommitResources === false ? 'No mandate' : 'Mandate unknown',
    }));
    if (gaps.length) {
      return finding(
        rule,
        bodySubject(board),
        'NOT_MET',
        `${gaps.length} of ${seats.length} members lack a known mandate.`,
        evidence,
      );
    }
    if (visible.length < seats.length) {
      return finding(
        rule,
        bodySubject(board),
        'UNKNOWN',
        `${seats.length - visible.length} members’ mandates are not yours to read.`,
      );
    }
    return finding(
      rule,
      bodySubject(board),
      'MET',
      `All ${seats.length} members may commit their organisations’ resources.`,
    );
  });
}

function termsOfReference(view: AreaView): FindingRecord[] {
  const rule = 'board.terms-of-reference';
  if (!view.boards.length) return [finding(rule, areaSubject(view), 'NOT_MET', noBoard)];
  return view.boards.map((board) => {
    const latest = view.facts.termsOfReference.find((document) => document.bodyId === board.id);
    const all = Object.keys(termsOfReferenceItems);
    const toMissing = (item: string) => lacking(item, termsOfReferenceItems[item]!);
    if (!latest) {
      return finding(
        rule,
        bodySubject(board),
        'NOT_MET',
        'No adopted terms of reference on the date.',
        [],
        all.map(toMissing),
      );
    }
    const evidence = [
      { recordType: 'Body' as const, rowId: board.id, label: latest.title, note: `Adopted ${latest.adoptedOn}` },
    ];
    const missing = all.filter((item) => !latest.covers.includes(item)).map(toMissing);
    return missing.length
      ? finding(
          rule,
          bodySubject(board),
          'NOT_MET',
          `The terms of reference miss ${missing.length} of the nine items.`,
          evidence,
          missing,
        )
      : finding(rule, bodySubject(board), 'MET', 'The terms of reference cover all nine items.', evidence);
  });
}

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
