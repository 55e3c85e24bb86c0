import { selfAssessmentQuestionRows } from '../reference/self-assessment-rows';
import type { AreaContext } from './context';
import { dayBetween } from './dates';
import { cite } from './figures';
import type { Body } from './posts';
import { generated, nationalId } from './rows';

/** Every question and sub-item of the Audit Commission's tool (003 Ch.6 ¶161), answered in the source's order. */
const questionIds = selfAssessmentQuestionRows().map((row) => row.id);

/** The cycles a board may have completed by the national data set's date, with the window each was completed in. */
const cycles: [cycle: string, from: string, to: string][] = [
  ['2007-08', '2007-10-01', '2008-03-31'],
  ['2008-09', '2008-06-01', '2009-02-28'],
];

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * The Audit Commission meant its tool to let boards "compare where they are with other areas" (003 ¶11); no source
 * gives any board's answers or how many boards used it. So about half the boards answer the 2008-09 cycle and a
 * fifth the 2007-08 one too, most of them publishing, every answer and score synthetic. A board's scores cluster
 * round a level of its own, so boards differ as areas do rather than all averaging 2.5.
 */
export function buildSelfAssessments(ctx: AreaContext, board: Body): void {
  const { area, rows } = ctx;
  const random = ctx.random('self-assessments');
  const level = 1 + random.next() * 3;
  const took = { '2007-08': random.chance(0.2), '2008-09': random.chance(0.5) };
  for (const [cycle, from, to] of cycles) {
    if (!took[cycle as keyof typeof took] || board.validFrom >= to) continue;
    const id = nationalId('self_assessments', `${area.code}|board|${cycle}`);
    rows.selfAssessments.push({
      id,
      bodyId: board.id,
      cycle,
      completedOn: dayBetween(random, later(from, board.validFrom), to),
      published: random.chance(0.75),
      ...generated(cite.selfAssessment),
    });
    for (const questionId of questionIds) {
      const score = Math.min(4, Math.max(1, Math.round(level + (random.next() - 0.5) * 2)));
      rows.selfAssessmentAnswers.push({
        id: nationalId('self_assessment_answers', `${id}|${questionId}`),
        selfAssessmentId: id,
        questionId,
        narrative: 'Synthetic answer: no source gives this board’s answer.',
        score,
        ...generated(cite.selfAssessment),
      });
    }
  }
}
