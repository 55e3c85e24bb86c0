import {
  areaSubject,
  bodySubject,
  finding,
  lacking,
  noBoard,
  termsOfReferenceItems,
  type AreaView,
  type FindingRecord,
} from './area-view';

/* DOMAIN.md §4's rules on the board's authority to decide: its decisions formalised (9), its members' mandates (15),
   its terms of reference (16). */

export function decisionsFormalised(view: AreaView): FindingRecord {
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

export function mandateGaps(view: AreaView): FindingRecord[] {
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

export function termsOfReference(view: AreaView): FindingRecord[] {
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
