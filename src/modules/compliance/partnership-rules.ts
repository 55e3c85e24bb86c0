import { areaSubject, bodySubject, finding, lacking, type AreaView, type FindingRecord } from './area-view';

/** The LSCB became statutory from April 2006 (Children Act 2004 ss13–16; 003 Glossary). */
const lscbDueBy = '2006-04-01';

function lscbInPlace(view: AreaView, asOf: string): FindingRecord {
  const rule = 'lscb.in-place';
  if (view.lscbs.length) {
    const evidence = view.lscbs.map((lscb) => ({
      recordType: 'Body' as const,
      rowId: lscb.id,
      label: lscb.name,
      note: null,
    }));
    return finding(rule, areaSubject(view), 'MET', 'The area has a Local Safeguarding Children Board.', evidence);
  }
  if (asOf < lscbDueBy) {
    return finding(rule, areaSubject(view), 'NOT_APPLICABLE', `LSCBs were due by ${lscbDueBy}.`);
  }
  return finding(
    rule,
    areaSubject(view),
    'NOT_MET',
    'The area has no LSCB on the date.',
    [],
    [lacking('LSCB', 'A Local Safeguarding Children Board')],
  );
}

/** 004 ¶83: posts or people sitting on both the LSCB and the board. */
function lscbJointMembers(view: AreaView): FindingRecord[] {
  const rule = 'lscb.joint-members';
  if (!view.lscbs.length || !view.boards.length) {
    return [finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'The area has no LSCB, or no board, on the date.')];
  }
  const holder = (seat: { memberPostId: string | null; memberPersonId: string | null }) =>
    seat.memberPostId ?? seat.memberPersonId;
  const onBoard = new Set(view.boardSeats.map(holder).filter((id) => id !== null));
  return view.lscbs.map((lscb) => {
    const joint = view.facts.seats.filter(
      (seat) => seat.bodyId === lscb.id && holder(seat) && onBoard.has(holder(seat)!),
    );
    const evidence = joint.map((seat) => ({ ...view.seatEvidence(seat), note: 'Also sits on the board' }));
    return joint.length
      ? finding(
          rule,
          bodySubject(lscb),
          'MET',
          `${joint.length} of the LSCB’s members also sit${joint.length === 1 ? 's' : ''} on the board.`,
          evidence,
        )
      : finding(
          rule,
          bodySubject(lscb),
          'NOT_MET',
          'No post or person sits on both the LSCB and the board.',
          [],
          [lacking('JOINT_MEMBER', 'A member of both the LSCB and the board')],
        );
  });
}

/** 001 App. 1: each YOT's accountability formalised, as a line from it. */
function youthOffendingAccountability(view: AreaView): FindingRecord {
  const rule = 'yot.formal-accountability';
  const teams = view.facts.organisations.filter((organisation) => organisation.kind === 'YOUTH_OFFENDING_TEAM');
  if (!teams.length) {
    return finding(rule, areaSubject(view), 'UNKNOWN', 'No youth offending team is registered in the area.');
  }
  const evidence = [];
  const missing = [];
  for (const team of teams) {
    const lines = view.facts.lines.filter(
      (line) => line.fromOrganisationId === team.id && ['ACCOUNTABLE_TO', 'REPORTS_TO'].includes(line.kind),
    );
    const to = (line: (typeof lines)[number]) =>
      (line.toBodyId
        ? view.bodyById.get(line.toBodyId)?.name
        : view.organisationById.get(line.toOrganisationId ?? '')?.name) ?? 'a record';
    evidence.push(
      ...lines.map((line) => ({
        recordType: 'AccountabilityLine' as const,
        rowId: line.id,
        label: `${team.name} → ${to(line)}`,
        note: line.kind,
      })),
    );
    if (!lines.length) {
      missing.push({
        code: team.kind,
        label: team.name,
        note: 'No line says whom it is accountable to.',
        recordType: 'Organisation' as const,
        rowId: team.id,
      });
    }
  }
  return missing.length
    ? finding(
        rule,
        areaSubject(view),
        'NOT_MET',
        `${missing.length} of ${teams.length} youth offending teams ${missing.length === 1 ? 'has' : 'have'} no recorded accountability.`,
        evidence,
        missing,
      )
    : finding(rule, areaSubject(view), 'MET', 'Each youth offending team’s accountability is recorded.', evidence);
}

/** 001 App. 1: the 14-19 strategic body agrees the local vision. */
function vision1419(view: AreaView): FindingRecord {
  const rule = 'partnership.vision-14-19';
  const visions = view.plansOf('VISION_14_19').filter((plan) => plan.adoptedOn);
  const evidence = visions.map((plan) => ({
    recordType: 'Plan' as const,
    rowId: plan.id,
    label: plan.title,
    note: `Adopted ${plan.adoptedOn}${plan.ownerBodyId ? ` by ${view.bodyById.get(plan.ownerBodyId)?.name ?? 'its owner'}` : ''}`,
  }));
  return visions.length
    ? finding(rule, areaSubject(view), 'MET', 'An adopted 14-19 vision is in force.', evidence)
    : finding(
        rule,
        areaSubject(view),
        'NOT_MET',
        'No adopted 14-19 vision is in force on the date.',
        [],
        [lacking('VISION_14_19', 'An adopted 14-19 vision')],
      );
}

/** The LSCB, youth offending and 14-19 rules, in the catalogue's order. */
export function partnershipRules(view: AreaView, asOf: string): FindingRecord[] {
  return [lscbInPlace(view, asOf), ...lscbJointMembers(view), youthOffendingAccountability(view), vision1419(view)];
}
