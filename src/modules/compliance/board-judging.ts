import type { BodyFact, SeatFact } from './area-facts.store';
import {
  areaSubject,
  finding,
  metUnlessMissing,
  noBoard,
  type AreaView,
  type EvidenceItem,
  type FindingRecord,
  type MissingItem,
} from './area-view';

/** The 2008 guidance's expectations apply from 2008 (DOMAIN.md §4 rule 1: "From 2008, also expect …"). */
export const guidance2008From = '2008-01-01';

/** One finding per board, or a single NOT_MET on the area where it has none. */
export function perBoard(view: AreaView, rule: string, judge: (board: BodyFact, seats: SeatFact[]) => FindingRecord) {
  if (!view.boards.length) return [finding(rule, areaSubject(view), 'NOT_MET', noBoard)];
  return view.boards.map((board) =>
    judge(
      board,
      view.boardSeats.filter((seat) => seat.bodyId === board.id),
    ),
  );
}

/** The board rules name their evidence before what is missing. */
export const expected = (
  rule: string,
  subject: Parameters<typeof finding>[1],
  evidence: EvidenceItem[],
  missing: MissingItem[],
  met: string,
  notMet: string,
) => metUnlessMissing(rule, subject, missing, met, notMet, evidence);
