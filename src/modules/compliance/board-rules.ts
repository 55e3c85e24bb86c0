import { areaSubject, lacking, noBoard, type AreaView, type FindingRecord } from './area-view';
import { reportingLines, scrutinised, selfReview, decisionsUnderDelegation } from './board-governance-rules';
import { expected } from './board-judging';
import {
  chaired,
  childrenAndParentsHeard,
  extendedPartners,
  groupsSeated,
  postsSeated,
  sectors,
} from './board-membership-rules';

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
