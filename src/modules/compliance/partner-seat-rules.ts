import {
  areaSubject,
  finding,
  kindLabel,
  lacking,
  noBoard,
  type AreaView,
  type EvidenceItem,
  type FindingRecord,
  type MissingItem,
} from './area-view';

/* DOMAIN.md §4's rules on who sits on the board: the relevant partners (1), every district (2), the authority and
   the PCT with a mandate (7). */

export function relevantPartners(view: AreaView): FindingRecord {
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

export function districtsEngaged(view: AreaView): FindingRecord {
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

export function localAuthorityAndPct(view: AreaView): FindingRecord {
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
