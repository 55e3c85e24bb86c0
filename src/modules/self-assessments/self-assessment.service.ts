import { eq } from 'drizzle-orm';
import {
  bodies,
  selfAssessmentAnswers,
  selfAssessmentQuestions,
  selfAssessments,
} from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate } from '../../shared/dates';
import { badUserInput, notFound } from '../../shared/errors';
import { decodeGlobalId, recordIdOf, rowIdOf } from '../../shared/global-id';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import type {
  AnswerSelfAssessmentQuestionInput,
  PublishSelfAssessmentInput,
  RecordSelfAssessmentInput,
} from './self-assessment.input';

const constraintMeanings = {
  self_assessments_body_cycle_key: {
    field: 'input.cycle',
    message: 'The body already has a self-assessment for that cycle',
  },
  self_assessments_body_id_bodies_id_fk: { field: 'input.body', message: 'There is no such body' },
};

export async function recordSelfAssessment(context: Context, input: RecordSelfAssessmentInput): Promise<string> {
  const match = /^([0-9]{4})-([0-9]{2})$/.exec(input.cycle);
  if (!match || Number(match[2]) !== (Number(match[1]) + 1) % 100) {
    throw badUserInput('input.cycle', `Write the cycle like "2008-09"; got "${input.cycle}"`);
  }
  const values = {
    bodyId: rowIdOf(input.body, 'Body', 'input.body'),
    cycle: input.cycle,
    completedOn: input.completedOn ? isoDate(input.completedOn) : null,
  };
  return write(context, 'recordSelfAssessment', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordSelfAssessment', async () => {
      const [body] = await change.tx.select().from(bodies).where(eq(bodies.id, values.bodyId));
      if (!body) throw notFound('input.body', 'There is no such body');
      const [row] = await change.tx
        .insert(selfAssessments)
        .values(values)
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({
        recordType: 'SelfAssessment',
        recordId: row!.id,
        areaId: body.areaId,
        before: null,
        after: row!,
      });
      return row!.id;
    }),
  );
}

/** Answers are part of their self-assessment: each answer moves its version on and joins its history. */
export async function answerSelfAssessmentQuestion(
  context: Context,
  input: AnswerSelfAssessmentQuestionInput,
): Promise<string> {
  const id = rowIdOf(input.selfAssessment, 'SelfAssessment', 'input.selfAssessment');
  const narrative = input.narrative.trim();
  if (!narrative) throw badUserInput('input.narrative', 'Give an answer');
  const score = input.score ?? null;
  if (score !== null && !(Number.isInteger(score) && score >= 1 && score <= 4)) {
    throw badUserInput('input.score', `A score is 1, 2, 3 or 4 on the registry’s scale; got ${score}`);
  }
  const unknown = input.evidence.find((evidence) => !decodeGlobalId(evidence));
  if (unknown !== undefined) throw badUserInput('input.evidence', `"${unknown}" is not an id this API gave out`);
  // Evidence names records, not the dated views a client happened to read them in.
  const evidence = input.evidence.map(recordIdOf);
  return write(context, 'answerSelfAssessmentQuestion', async (change) => {
    const [assessment] = await change.tx.select().from(selfAssessments).where(eq(selfAssessments.id, id));
    if (!assessment) throw notFound('input.selfAssessment', 'There is no such self-assessment');
    assertVersion(assessment, input.expectedVersion);
    const [question] = await change.tx
      .select({ id: selfAssessmentQuestions.id })
      .from(selfAssessmentQuestions)
      .where(eq(selfAssessmentQuestions.id, input.question));
    if (!question) throw badUserInput('input.question', 'There is no such question in the Audit Commission’s tool');
    const [body] = await change.tx
      .select({ areaId: bodies.areaId })
      .from(bodies)
      .where(eq(bodies.id, assessment.bodyId));
    const key = { selfAssessmentId: id, questionId: input.question };
    const [before] = await change.tx
      .select()
      .from(selfAssessmentAnswers)
      .where(eq(selfAssessmentAnswers.selfAssessmentId, id))
      .then((rows) => rows.filter((row) => row.questionId === input.question));
    await updateVersioned(change.tx, selfAssessments, id, input.expectedVersion, {});
    const [after] = await change.tx
      .insert(selfAssessmentAnswers)
      .values({ ...key, narrative, evidence, score })
      .onConflictDoUpdate({
        target: [selfAssessmentAnswers.selfAssessmentId, selfAssessmentAnswers.questionId],
        set: { narrative, evidence, score, updatedAt: new Date() },
      })
      .returning()
      .catch((error) => explainConstraint(error, constraintMeanings));
    change.record({
      recordType: 'SelfAssessment',
      recordId: id,
      areaId: body?.areaId ?? null,
      before: before ?? null,
      after: after!,
    });
    return id;
  });
}

/**
 * Makes a self-assessment public: until then its answers are for the body's members and oversight (003 ¶11). Only
 * published ones are compared with others, so publishing is also what enters it in the national distribution.
 */
export async function publishSelfAssessment(context: Context, input: PublishSelfAssessmentInput): Promise<string> {
  const id = rowIdOf(input.selfAssessment, 'SelfAssessment', 'input.selfAssessment');
  return write(context, 'publishSelfAssessment', async (change) => {
    const [before] = await change.tx.select().from(selfAssessments).where(eq(selfAssessments.id, id));
    if (!before) throw notFound('input.selfAssessment', 'There is no such self-assessment');
    assertVersion(before, input.expectedVersion);
    if (before.published) throw badUserInput('input.selfAssessment', 'The self-assessment is already published');
    const [body] = await change.tx
      .select({ areaId: bodies.areaId, kind: bodies.kind })
      .from(bodies)
      .where(eq(bodies.id, before.bodyId));
    // An LSCB's papers are for its members only (004 ¶84): its self-assessment is never made public.
    if (body?.kind === 'LSCB') {
      throw badUserInput('input.selfAssessment', 'An LSCB’s self-assessment stays with its members (004 ¶84)');
    }
    const after = await updateVersioned(change.tx, selfAssessments, id, input.expectedVersion, { published: true });
    change.record({ recordType: 'SelfAssessment', recordId: id, areaId: body?.areaId ?? null, before, after });
    return id;
  });
}
