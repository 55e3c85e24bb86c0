import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Database } from '../../db';
import { rowsByKey } from '../../shared/loaders';

/** How many answers gave each score, 1 to 4. */
export interface ScoreCounts {
  score1: number;
  score2: number;
  score3: number;
  score4: number;
}

/** One group of questions in one self-assessment: how much of it is answered, and how well it scores. */
export interface GroupScoreRow extends ScoreCounts {
  selfAssessmentId: string;
  groupCode: string;
  groupQuestion: string;
  items: number;
  answered: number;
  scored: number;
  scoreSum: number;
}

/** One question of one self-assessment beside the other bodies' published answers to it in the same cycle. */
export interface QuestionComparisonRow extends ScoreCounts {
  selfAssessmentId: string;
  questionId: string;
  groupCode: string;
  groupQuestion: string;
  ordinal: number;
  score: number | null;
  othersScored: number;
  othersSum: number;
  /** Published self-assessments of the same cycle and kind of body, this one apart. */
  comparedWith: number;
}

export interface NationalGroupRow extends ScoreCounts {
  /** Self-assessments in the pool that answered anything, the same on every row. */
  answering: number;
  groupCode: string;
  groupQuestion: string;
  items: number;
  assessments: number;
  scored: number;
  scoreSum: number;
}

const counts = (column: string) =>
  sql.raw(
    [1, 2, 3, 4].map((score) => `count(*) FILTER (WHERE ${column} = ${score})::int AS "score${score}"`).join(', '),
  );

/**
 * The self-assessments others may be compared with: published ones, never an LSCB's, whose papers stay with its
 * members (004 ¶84). Only what is already public enters an aggregate, so no unpublished answer can be derived from
 * one, and the figures are the same whoever asks (003 ¶11; DOMAIN.md §8).
 */
const comparable = (alias: string, body: string) => sql.raw(`${alias}.published AND ${body}.kind <> 'LSCB'`);

/** Scores summed in SQL, each in one statement however many self-assessments or questions are asked for. */
export class SelfAssessmentScoreStore {
  constructor(private readonly db: Database) {}

  /** Per self-assessment, a row per group of the questionnaire, A to G. */
  readonly groupsOf = rowsByKey(
    (ids) =>
      selectRows<GroupScoreRow>(
        this.db,
        sql`SELECT sa.id AS "selfAssessmentId", q.group_code AS "groupCode", min(q.group_question) AS "groupQuestion",
                   count(q.id)::int AS items, count(a.id)::int AS answered, count(a.score)::int AS scored,
                   coalesce(sum(a.score), 0)::int AS "scoreSum", ${counts('a.score')}
            FROM self_assessments sa
            CROSS JOIN self_assessment_questions q
            LEFT JOIN self_assessment_answers a ON a.self_assessment_id = sa.id AND a.question_id = q.id
            WHERE sa.id = ANY(${sql.param(ids)}::uuid[])
            GROUP BY sa.id, q.group_code ORDER BY sa.id, q.group_code`,
      ),
    (row) => row.selfAssessmentId,
  );

  /** Per self-assessment, every question with its score and the others' scores for it, in questionnaire order. */
  readonly comparisonsOf = rowsByKey(
    (ids) =>
      selectRows<QuestionComparisonRow>(
        this.db,
        sql`WITH me AS (
              SELECT sa.id, sa.cycle, b.kind FROM self_assessments sa JOIN bodies b ON b.id = sa.body_id
              WHERE sa.id = ANY(${sql.param(ids)}::uuid[])
            ),
            others AS (
              SELECT me.id AS me_id, o.question_id, o.score
              FROM me
              JOIN self_assessments osa ON osa.cycle = me.cycle AND osa.id <> me.id
              JOIN bodies ob ON ob.id = osa.body_id AND ob.kind = me.kind
              JOIN self_assessment_answers o ON o.self_assessment_id = osa.id
              WHERE ${comparable('osa', 'ob')}
            )
            SELECT me.id AS "selfAssessmentId", q.id AS "questionId", q.group_code AS "groupCode",
                   q.group_question AS "groupQuestion", q.ordinal, mine.score,
                   count(others.score)::int AS "othersScored", coalesce(sum(others.score), 0)::int AS "othersSum",
                   ${counts('others.score')},
                   (SELECT count(*)::int FROM self_assessments p JOIN bodies pb ON pb.id = p.body_id
                     WHERE p.cycle = me.cycle AND pb.kind = me.kind AND p.id <> me.id AND ${comparable('p', 'pb')})
                     AS "comparedWith"
            FROM me
            CROSS JOIN self_assessment_questions q
            LEFT JOIN self_assessment_answers mine ON mine.self_assessment_id = me.id AND mine.question_id = q.id
            LEFT JOIN others ON others.me_id = me.id AND others.question_id = q.id
            GROUP BY me.id, me.cycle, me.kind, q.id, mine.score
            ORDER BY me.id, q.ordinal`,
      ),
    (row) => row.selfAssessmentId,
  );

  /** Every group of the questionnaire across the published self-assessments of one cycle and kind of body. */
  national(cycle: string, bodyKind: string): Promise<NationalGroupRow[]> {
    const pool: SQL = sql`SELECT sa.id FROM self_assessments sa JOIN bodies b ON b.id = sa.body_id
                          WHERE sa.cycle = ${cycle} AND b.kind = ${bodyKind} AND ${comparable('sa', 'b')}`;
    return selectRows<NationalGroupRow>(
      this.db,
      sql`SELECT q.group_code AS "groupCode", min(q.group_question) AS "groupQuestion",
                 count(DISTINCT q.id)::int AS items, count(DISTINCT a.self_assessment_id)::int AS assessments,
                 count(a.score)::int AS scored, coalesce(sum(a.score), 0)::int AS "scoreSum", ${counts('a.score')},
                 (SELECT count(DISTINCT x.self_assessment_id)::int FROM self_assessment_answers x
                   WHERE x.self_assessment_id IN (${pool})) AS answering
          FROM self_assessment_questions q
          LEFT JOIN self_assessment_answers a ON a.question_id = q.id AND a.self_assessment_id IN (${pool})
          GROUP BY q.group_code ORDER BY q.group_code`,
    );
  }
}
