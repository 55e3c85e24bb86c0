import { selfAssessmentAnswers, selfAssessmentQuestions, selfAssessments } from '../../schema/database/index';
import type { Database } from '../../src/db';
import { insertMissing } from '../support/insert';
import { seedId } from '../support/ids';
import { c003 } from './citations';
import { rowId } from './builder';

/** The eight case-study trusts of 003 Table 3, by the slug their board's key starts with. */
const caseStudies = [
  'barnsley',
  'cambridgeshire',
  'lancashire',
  'merton',
  'staffordshire',
  'sunderland',
  'torbay',
  'walsall',
];

/**
 * The Audit Commission meant its tool to let boards "compare where they are with other areas" (003 ¶11) and to
 * "challenge themselves" (003 ¶92); no source gives any board's answers. So each case-study board has one sample
 * self-assessment for 2008-09, every answer and score synthetic and saying so; half are published, so that the
 * national distribution has something to sum and the unpublished half shows what stays with a board's members.
 */
const prov = { sources: [c003('¶11'), c003('¶92'), c003('Ch.6 ¶161')], synthetic: true };

/** A score from 1 to 4, the same on every run: drawn from the row's id. */
const scoreOf = (id: string) => (parseInt(id.slice(0, 8), 16) % 4) + 1;

/**
 * Loads the samples; needs the questionnaire (reference seed) and the sourced boards, so it runs after both.
 * Idempotent, as every seed is.
 */
export async function loadSampleSelfAssessments(db: Database): Promise<number> {
  const questions = await db.select({ id: selfAssessmentQuestions.id }).from(selfAssessmentQuestions);
  if (!questions.length) return 0;
  const assessments = caseStudies.map((slug, index) => ({
    id: seedId('self_assessments', `${slug}|2008-09`),
    bodyId: rowId('bodies', `${slug}/trust-board`),
    cycle: '2008-09',
    completedOn: '2009-03-01',
    published: index % 2 === 0,
    ...prov,
  }));
  const answers = assessments.flatMap((assessment) =>
    questions.map(({ id: questionId }) => {
      const id = seedId('self_assessment_answers', `${assessment.id}|${questionId}`);
      return {
        id,
        selfAssessmentId: assessment.id,
        questionId,
        narrative: 'Sample answer (synthetic): no source gives this board’s answer.',
        score: scoreOf(id),
        ...prov,
      };
    }),
  );
  return (
    (await insertMissing(db, selfAssessments, assessments)) + (await insertMissing(db, selfAssessmentAnswers, answers))
  );
}
