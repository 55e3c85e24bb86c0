import type { SeatFact } from './area-facts.store';
import {
  areaSubject,
  bodySubject,
  finding,
  lacking,
  noBoard,
  type AreaView,
  type EvidenceItem,
  type FindingRecord,
  type MissingItem,
} from './area-view';
import { expected, guidance2008From, perBoard } from './board-judging';

/* Who sits on the board: the partners, sectors and posts the guidance names, its chair, and the voices of children,
 * young people and parents. */

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
export function groupsSeated(
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

export const extendedPartners = [
  { code: 'SCHOOLS', label: 'Schools', kinds: ['SCHOOL', 'ACADEMY'], sectors: ['SCHOOLS'] },
  {
    code: 'COLLEGES',
    label: 'Sixth form and FE colleges',
    kinds: ['SIXTH_FORM_COLLEGE', 'FE_COLLEGE'],
    sectors: ['COLLEGES'],
  },
  { code: 'JOBCENTRE_PLUS', label: 'Jobcentre Plus', kinds: ['JOBCENTRE_PLUS'], sectors: [] },
];

export const sectors = [
  {
    code: 'VOLUNTARY_AND_COMMUNITY',
    label: 'The voluntary and community sector',
    kinds: ['VOLUNTARY_AND_COMMUNITY'],
    sectors: ['VOLUNTARY_AND_COMMUNITY'],
  },
  { code: 'PRIVATE_SECTOR', label: 'The private sector', kinds: ['PRIVATE_SECTOR'], sectors: ['PRIVATE_SECTOR'] },
];

/** Posts of the kinds sit on the board. */
export function postsSeated(view: AreaView, rule: string, kinds: [string, string][]): FindingRecord[] {
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

export function chaired(view: AreaView): FindingRecord[] {
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

/** Bodies of the area through which children and young people speak (003 ¶62: Staffordshire's shadow board). */
const youthBodies = new Set(['SHADOW_BOARD', 'USER_GROUP']);

export function childrenAndParentsHeard(view: AreaView): FindingRecord {
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
