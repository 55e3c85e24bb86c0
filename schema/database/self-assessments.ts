import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { bodies } from './bodies';
import { id, provenance, recorded } from './columns';

/** The Audit Commission's self-assessment questions, word for word (003 Ch.6); ids as in DOMAIN.md §6. */
export const selfAssessmentQuestions = pgTable('self_assessment_questions', {
  id: text('id').primaryKey(),
  groupCode: text('group_code').notNull(),
  groupQuestion: text('group_question').notNull(),
  parentId: text('parent_id'),
  ordinal: integer('ordinal').notNull(),
  text: text('text').notNull(),
  ...provenance(),
});

/** One cycle of a body's self-assessment. The source gives no scoring scale; the answers' scores are the registry's. */
export const selfAssessments = pgTable(
  'self_assessments',
  {
    id: id(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    cycle: text('cycle').notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    published: boolean('published').notNull().default(false),
    ...provenance(),
    ...recorded(),
  },
  (t) => [unique('self_assessments_body_cycle_key').on(t.bodyId, t.cycle)],
);

export const selfAssessmentAnswers = pgTable(
  'self_assessment_answers',
  {
    id: id(),
    selfAssessmentId: uuid('self_assessment_id')
      .notNull()
      .references(() => selfAssessments.id, { onDelete: 'cascade' }),
    questionId: text('question_id')
      .notNull()
      .references(() => selfAssessmentQuestions.id, { onDelete: 'restrict' }),
    narrative: text('narrative').notNull(),
    /** Global ids of registry records offered as evidence. */
    evidence: jsonb('evidence').$type<string[]>().notNull().default([]),
    /**
     * The body's own rating of where it stands on the question, on the registry's scale of 1 to 4 (not in place,
     * developing, established, embedded): the tool is a "self-help questionnaire" with no scale (003 ¶161), so any
     * rating is ours (DOMAIN.md §2). Null where the body gave none.
     */
    score: integer('score'),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    check('self_assessment_answers_score_on_scale', sql`score IS NULL OR score BETWEEN 1 AND 4`),
    index('self_assessment_answers_question_id_idx').on(t.questionId),
    unique('self_assessment_answers_key').on(t.selfAssessmentId, t.questionId),
  ],
);
