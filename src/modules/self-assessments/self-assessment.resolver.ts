import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { decodeGlobalId } from '../../shared/global-id';
import { ArgumentBounds } from '../../shared/input-bounds';
import { Node } from '../../shared/record.type';
import { Body, loadBody } from '../bodies/index';
import { loadNode } from '../node/node-loaders';
import { toAnswer, toQuestion, toSelfAssessment } from './self-assessment.records';
import { SelfAssessment, SelfAssessmentAnswer, SelfAssessmentQuestion } from './self-assessment.type';

@Resolver(() => SelfAssessmentQuestion)
export class SelfAssessmentQuestionResolver {
  @Query(() => [SelfAssessmentQuestion], {
    description: 'The self-assessment questions in questionnaire order; their sub-items are under `subItems`.',
  })
  @ArgumentBounds({ group: { text: 'code' } })
  async selfAssessmentQuestions(
    @Ctx() { stores }: Context,
    @Arg('group', () => String, { nullable: true, description: 'Only this group, `A` to `G`.' }) group?: string | null,
  ): Promise<SelfAssessmentQuestion[]> {
    return (await stores.selfAssessments.questions(group ?? null)).map(toQuestion);
  }

  @FieldResolver(() => [SelfAssessmentQuestion], { description: 'The question’s sub-items, e.g. B5.1–B5.3, in order.' })
  async subItems(
    @Root() question: SelfAssessmentQuestion,
    @Ctx() { stores }: Context,
  ): Promise<SelfAssessmentQuestion[]> {
    return (await stores.selfAssessments.subItemsOf.load(question.id)).map(toQuestion);
  }
}

@Resolver(() => SelfAssessment)
export class SelfAssessmentResolver {
  @FieldResolver(() => Body, { description: 'The body that assessed itself.' })
  body(@Root() assessment: SelfAssessment, @Ctx() context: Context): Body | Promise<Body> {
    return loadBody(context, assessment.bodyId, assessment.asOf);
  }

  @FieldResolver(() => [SelfAssessmentAnswer], {
    nullable: true,
    description: 'The answers, in questionnaire order; until published, only for members and oversight.',
  })
  async answers(@Root() assessment: SelfAssessment, @Ctx() { stores }: Context): Promise<SelfAssessmentAnswer[]> {
    return (await stores.selfAssessments.answersTo.load(assessment.uuid)).map((row) => toAnswer(row, assessment.asOf));
  }
}

@Resolver(() => SelfAssessmentAnswer)
export class SelfAssessmentAnswerResolver {
  @FieldResolver(() => SelfAssessmentQuestion, { description: 'The question answered.' })
  async question(@Root() answer: SelfAssessmentAnswer, @Ctx() { stores }: Context): Promise<SelfAssessmentQuestion> {
    const row = await stores.selfAssessments.questionsById.load(answer.questionId);
    if (!row) throw new Error(`Question ${answer.questionId} is referenced but missing`);
    return toQuestion(row);
  }

  /**
   * Resolved through the same per-type loaders as `node(id:)`, so a page of answers costs one statement per type
   * of evidence, not one per item. An id that no longer names a record gives null in its place.
   */
  @FieldResolver(() => [Node], {
    nullable: 'items',
    description: 'The registry records offered as evidence, read as at the parent’s date; null where one is gone.',
  })
  evidence(@Root() answer: SelfAssessmentAnswer, @Ctx() context: Context): Promise<(Node | null)[]> {
    return Promise.all(
      answer.evidenceIds.map(async (id) => {
        const decoded = decodeGlobalId(id);
        if (!decoded) return null;
        return (await loadNode(context, { ...decoded, asOf: null }, answer.asOf)) ?? null;
      }),
    );
  }
}

@Resolver(() => Body)
export class BodySelfAssessmentsResolver {
  @FieldResolver(() => [SelfAssessment], {
    nullable: true,
    description: 'The body’s self-assessments, by cycle; an LSCB’s only for those who sit on it.',
  })
  async selfAssessments(@Root() body: Body, @Ctx() { stores }: Context): Promise<SelfAssessment[]> {
    return (await stores.selfAssessments.ofBody.load(body.uuid)).map((row) => toSelfAssessment(row, body.asOf));
  }
}
