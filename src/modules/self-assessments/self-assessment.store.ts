import { and, eq, isNull } from 'drizzle-orm';
import { anyOf } from '../../shared/any-of';
import { selfAssessmentAnswers, selfAssessmentQuestions, selfAssessments } from '../../../schema/database/index';
import type { Database } from '../../db';
import { rowsById, rowsByKey } from '../../shared/loaders';
import { SelfAssessmentScoreStore } from './self-assessment-score.store';

export class SelfAssessmentStore {
  /** Scores summed per group and beside other bodies' (`self-assessment-score.store.ts`). */
  readonly scores: SelfAssessmentScoreStore;

  constructor(private readonly db: Database) {
    this.scores = new SelfAssessmentScoreStore(db);
  }

  readonly byId = rowsById((ids) => this.db.select().from(selfAssessments).where(anyOf(selfAssessments.id, ids)));

  readonly ofBody = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(selfAssessments)
        .where(anyOf(selfAssessments.bodyId, ids))
        .orderBy(selfAssessments.cycle, selfAssessments.id),
    (row) => row.bodyId,
  );

  /** In questionnaire order, whatever order they were answered in. */
  readonly answersTo = rowsByKey(
    async (ids) => {
      const rows = await this.db
        .select({ answer: selfAssessmentAnswers })
        .from(selfAssessmentAnswers)
        .innerJoin(selfAssessmentQuestions, eq(selfAssessmentQuestions.id, selfAssessmentAnswers.questionId))
        .where(anyOf(selfAssessmentAnswers.selfAssessmentId, ids))
        .orderBy(selfAssessmentQuestions.ordinal);
      return rows.map((row) => row.answer);
    },
    (row) => row.selfAssessmentId,
  );

  readonly questionsById = rowsById((ids) =>
    this.db.select().from(selfAssessmentQuestions).where(anyOf(selfAssessmentQuestions.id, ids)),
  );

  readonly subItemsOf = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(selfAssessmentQuestions)
        .where(anyOf(selfAssessmentQuestions.parentId, ids))
        .orderBy(selfAssessmentQuestions.ordinal),
    (row) => row.parentId,
  );

  /** The questions (not their sub-items) in questionnaire order, of one group or all. */
  questions(groupCode: string | null) {
    return this.db
      .select()
      .from(selfAssessmentQuestions)
      .where(
        and(
          isNull(selfAssessmentQuestions.parentId),
          groupCode ? eq(selfAssessmentQuestions.groupCode, groupCode) : undefined,
        ),
      )
      .orderBy(selfAssessmentQuestions.ordinal);
  }
}
