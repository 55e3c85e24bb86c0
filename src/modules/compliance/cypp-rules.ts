import {
  areaSubject,
  finding,
  lacking,
  planSubject,
  type AreaView,
  type EvidenceItem,
  type FindingRecord,
  type MissingItem,
} from './area-view';

/* DOMAIN.md §4's rules on the CYPP: the LSCB consulted before adoption (3), the partners' resources committed (5),
   the plan consistent with the SCS and the LAA, the youth justice plan aligned with it (6). */

export function lscbConsulted(view: AreaView): FindingRecord[] {
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

export function partnerResources(view: AreaView): FindingRecord[] {
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

export function planConsistency(view: AreaView): FindingRecord[] {
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
