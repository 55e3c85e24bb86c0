import type { BodyFact, LineFact, SeatFact } from './area-facts.store';
import {
  areaSubject,
  bodySubject,
  finding,
  lacking,
  metUnlessMissing,
  noBoard,
  type AreaView,
  type EvidenceItem,
  type FindingRecord,
  type MissingItem,
} from './area-view';

/** The 2008 guidance's expectations apply from 2008 (DOMAIN.md §4 rule 1: "From 2008, also expect …"). */
const guidance2008From = '2008-01-01';

/** One finding per board, or a single NOT_MET on the area where it has none. */
function perBoard(view: AreaView, rule: string, judge: (board: BodyFact, seats: SeatFact[]) => FindingRecord) {
  if (!view.boards.length) return [finding(rule, areaSubject(view), 'NOT_MET', noBoard)];
  return view.boards.map((board) =>
    judge(
      board,
      view.boardSeats.filter((seat) => seat.bodyId === board.id),
    ),
  );
}

/** The board rules name their evidence before what is missing. */
const expected = (
  rule: string,
  subject: Parameters<typeof finding>[1],
  evidence: EvidenceItem[],
  missing: MissingItem[],
  met: string,
  notMet: string,
) => metUnlessMissing(rule, subject, missing, met, notMet, evidence);

function lineEvidence(view: AreaView, line: LineFact): EvidenceItem {
  const end = (bodyId: string | null, organisationId: string | null) =>
    (bodyId ? view.bodyById.get(bodyId)?.name : view.organisationById.get(organisationId ?? '')?.name) ?? 'a record';
  return {
    recordType: 'AccountabilityLine',
    rowId: line.id,
    label: `${end(line.fromBodyId, line.fromOrganisationId)} → ${end(line.toBodyId, line.toOrganisationId)}`,
    note: line.kind,
  };
}

/** Seats speaking for a group: held for an organisation of one of the kinds, or representing one of the sectors. */
function seatsFor(view: AreaView, seats: SeatFact[], kinds: string[], sectors: string[], people: string[] = []) {
  return seats.filter((seat) => {
    const organisation = seat.organisationId ? view.organisationById.get(seat.organisationId) : undefined;
    return (
      (organisation && kinds.includes(organisation.kind)) ||
      (seat.represents !== null && sectors.includes(seat.represents)) ||
      (seat.personCategory !== null && people.includes(seat.personCategory))
    );
  });
}

/** What to say when each of `expectedCount` sits, and when those `missing` do not. */
function seatedSentences(expectedCount: number, missing: MissingItem[]): [string, string] {
  const met = ['It sits', 'Both sit'][expectedCount - 1] ?? `All ${expectedCount} sit`;
  const names = missing.map((item) => item.label).join('; ');
  return [
    `${met} on the board.`,
    `${missing.length} of ${expectedCount} hold${missing.length === 1 ? 's' : ''} no seat: ${names}.`,
  ];
}

/** Groups a board is expected to seat; each is met by any of its seats. */
function groupsSeated(
  view: AreaView,
  rule: string,
  groups: { code: string; label: string; kinds: string[]; sectors: string[] }[],
  asOf: string,
): FindingRecord[] {
  return perBoard(view, rule, (board, seats) => {
    if (rule === 'board.extended-partners' && asOf < guidance2008From) {
      return finding(rule, bodySubject(board), 'NOT_APPLICABLE', 'The 2008 guidance does not apply before 2008.');
    }
    const evidence: EvidenceItem[] = [];
    const missing: MissingItem[] = [];
    for (const group of groups) {
      const found = seatsFor(view, seats, group.kinds, group.sectors);
      if (found.length) evidence.push(...found.map((seat) => ({ ...view.seatEvidence(seat), note: group.label })));
      else missing.push(lacking(group.code, group.label, 'No seat is held for it, or speaks for it.'));
    }
    return expected(rule, bodySubject(board), evidence, missing, ...seatedSentences(groups.length, missing));
  });
}

const extendedPartners = [
  { code: 'SCHOOLS', label: 'Schools', kinds: ['SCHOOL', 'ACADEMY'], sectors: ['SCHOOLS'] },
  {
    code: 'COLLEGES',
    label: 'Sixth form and FE colleges',
    kinds: ['SIXTH_FORM_COLLEGE', 'FE_COLLEGE'],
    sectors: ['COLLEGES'],
  },
  { code: 'JOBCENTRE_PLUS', label: 'Jobcentre Plus', kinds: ['JOBCENTRE_PLUS'], sectors: [] },
];

const sectors = [
  {
    code: 'VOLUNTARY_AND_COMMUNITY',
    label: 'The voluntary and community sector',
    kinds: ['VOLUNTARY_AND_COMMUNITY'],
    sectors: ['VOLUNTARY_AND_COMMUNITY'],
  },
  { code: 'PRIVATE_SECTOR', label: 'The private sector', kinds: ['PRIVATE_SECTOR'], sectors: ['PRIVATE_SECTOR'] },
];

/** Posts of the kinds sit on the board. */
function postsSeated(view: AreaView, rule: string, kinds: [string, string][]): FindingRecord[] {
  return perBoard(view, rule, (board, seats) => {
    const evidence: EvidenceItem[] = [];
    const missing: MissingItem[] = [];
    for (const [kind, label] of kinds) {
      const found = seats.filter((seat) => seat.postKind === kind);
      if (found.length) evidence.push(...found.map((seat) => ({ ...view.seatEvidence(seat), note: label })));
      else missing.push(lacking(kind, label, 'No post of this kind holds a seat.'));
    }
    return expected(rule, bodySubject(board), evidence, missing, ...seatedSentences(kinds.length, missing));
  });
}

function chaired(view: AreaView): FindingRecord[] {
  return perBoard(view, 'board.chaired', (board, seats) => {
    const chairs = seats.filter((seat) => seat.role === 'CHAIR');
    return chairs.length
      ? finding(
          'board.chaired',
          bodySubject(board),
          'MET',
          'The board has a chair.',
          chairs.map((seat) => view.seatEvidence(seat)),
        )
      : finding(
          'board.chaired',
          bodySubject(board),
          'NOT_MET',
          'No seat is held in the chair on the date.',
          [],
          [lacking('CHAIR', 'A chair')],
        );
  });
}

/** Lines from the board whose kind is one of `kinds` and whose far end passes `to`. */
function linesFrom(view: AreaView, board: BodyFact, kinds: string[], to: (line: LineFact) => boolean) {
  return view.facts.lines.filter((line) => line.fromBodyId === board.id && kinds.includes(line.kind) && to(line));
}

function reportingLines(view: AreaView): FindingRecord[] {
  const rule = 'board.reporting-lines';
  return perBoard(view, rule, (board) => {
    const toAuthority = (line: LineFact) =>
      view.facts.organisations.some((o) => o.id === line.toOrganisationId && o.kind === 'LOCAL_AUTHORITY');
    const lines = linesFrom(view, board, ['ACCOUNTABLE_TO', 'REPORTS_TO', 'HELD_TO_ACCOUNT_BY'], toAuthority);
    return expected(
      rule,
      bodySubject(board),
      lines.map((line) => lineEvidence(view, line)),
      lines.length ? [] : [lacking('LOCAL_AUTHORITY', 'A line from the board to the local authority')],
      'The board’s line to the authority is recorded.',
      'No line says how the board answers to the authority.',
    );
  });
}

function scrutinised(view: AreaView): FindingRecord[] {
  const rule = 'board.scrutinised';
  return perBoard(view, rule, (board) => {
    const lines = linesFrom(view, board, ['SCRUTINISED_BY', 'HELD_TO_ACCOUNT_BY'], () => true);
    return expected(
      rule,
      bodySubject(board),
      lines.map((line) => lineEvidence(view, line)),
      lines.length ? [] : [lacking('SCRUTINISED_BY', 'A scrutiny committee or partner holding the board to account')],
      `${lines.length} line${lines.length === 1 ? ' holds' : 's hold'} the board to account.`,
      'Nobody is recorded as scrutinising the board.',
    );
  });
}

/** Bodies of the area through which children and young people speak (003 ¶62: Staffordshire's shadow board). */
const youthBodies = new Set(['SHADOW_BOARD', 'USER_GROUP']);

function childrenAndParentsHeard(view: AreaView): FindingRecord {
  const rule = 'board.children-and-parents-heard';
  if (!view.boards.length) return finding(rule, areaSubject(view), 'NOT_MET', noBoard);
  const evidence: EvidenceItem[] = [];
  const missing: MissingItem[] = [];
  const youth = seatsFor(
    view,
    view.boardSeats,
    ['CHILDREN_YOUNG_PEOPLE_AND_FAMILIES'],
    ['CHILDREN_AND_YOUNG_PEOPLE'],
    ['YOUNG_PERSON'],
  );
  const groups = view.facts.bodies.filter((body) => youthBodies.has(body.kind));
  evidence.push(...youth.map((seat) => view.seatEvidence(seat)));
  evidence.push(
    ...groups.map((body) => ({ recordType: 'Body' as const, rowId: body.id, label: body.name, note: body.kind })),
  );
  if (!youth.length && !groups.length) missing.push(lacking('CHILDREN_AND_YOUNG_PEOPLE', 'Children and young people'));
  const parents = seatsFor(
    view,
    view.boardSeats,
    ['CHILDREN_YOUNG_PEOPLE_AND_FAMILIES'],
    ['PARENTS_AND_CARERS'],
    ['PARENT_REPRESENTATIVE'],
  );
  evidence.push(...parents.map((seat) => view.seatEvidence(seat)));
  if (!parents.length) missing.push(lacking('PARENTS_AND_CARERS', 'Parents and carers'));
  return expected(
    rule,
    areaSubject(view),
    evidence,
    missing,
    'Children, young people and parents each have a voice.',
    `${missing
      .map((item) => item.label)
      .join(', and ')
      .replace(', and P', ', and p')} have no seat or group of their own.`,
  );
}

/** The same day a year earlier. */
const yearBefore = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;

function selfReview(view: AreaView, asOf: string): FindingRecord[] {
  const rule = 'board.self-review';
  return perBoard(view, rule, (board) => {
    const on = board.selfAssessedOn;
    if (on && on > yearBefore(asOf)) {
      return finding(rule, bodySubject(board), 'MET', `The board published a self-assessment completed on ${on}.`);
    }
    return finding(
      rule,
      bodySubject(board),
      'NOT_MET',
      on
        ? `The last published self-assessment was completed on ${on}, over a year ago.`
        : 'No published self-assessment is recorded.',
      [],
      [lacking('SELF_ASSESSMENT', `A self-assessment completed in the year to ${asOf}`)],
    );
  });
}

function decisionsUnderDelegation(view: AreaView): FindingRecord[] {
  const rule = 'board.decisions-under-delegation';
  return perBoard(view, rule, (board) => {
    const decides = board.role === 'DECISION_MAKING' || board.governanceModel === 'PARTNERSHIP_BY_LEGAL_AGREEMENT';
    if (!decides) {
      return finding(
        rule,
        bodySubject(board),
        'NOT_APPLICABLE',
        'The board is not recorded as deciding under delegated powers.',
      );
    }
    const held = view.facts.delegations.filter((delegation) => delegation.delegateBodyId === board.id);
    const evidence = held.map((delegation) => ({
      recordType: 'Delegation' as const,
      rowId: delegation.id,
      label: delegation.scope,
      note: 'Delegated to the board',
    }));
    return expected(
      rule,
      bodySubject(board),
      evidence,
      held.length ? [] : [lacking('DELEGATION', 'A delegation from a partner to the board')],
      `The board holds ${held.length} delegation${held.length === 1 ? '' : 's'}.`,
      'The board is recorded as deciding, but holds no delegation: it can only recommend.',
    );
  });
}

/** The board rules of the guidance beyond DOMAIN.md §4, in the catalogue's order. */
export function boardRules(view: AreaView, asOf: string): FindingRecord[] {
  const board = view.boards.length ? [] : [lacking('CHILDRENS_TRUST_BOARD', 'A children’s trust board')];
  return [
    expected(
      'board.in-place',
      areaSubject(view),
      view.boards.map((b) => ({ recordType: 'Body' as const, rowId: b.id, label: b.name, note: null })),
      board,
      'The area has a children’s trust board.',
      noBoard,
    ),
    ...groupsSeated(view, 'board.extended-partners', extendedPartners, asOf),
    ...groupsSeated(view, 'board.third-and-private-sectors', sectors, asOf),
    ...postsSeated(view, 'board.lead-member-and-director', [
      ['LEAD_MEMBER', 'Lead member for children’s services'],
      ['DIRECTOR_OF_CHILDRENS_SERVICES', 'Director of children’s services'],
    ]),
    ...postsSeated(view, 'board.lead-gp', [['LEAD_GP', 'Lead GP']]),
    ...chaired(view),
    ...reportingLines(view),
    ...scrutinised(view),
    childrenAndParentsHeard(view),
    ...selfReview(view, asOf),
    ...decisionsUnderDelegation(view),
  ];
}
