import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { badUserInput } from '../../shared/errors';
import { ArgumentBounds } from '../../shared/input-bounds';
import { BodyKind } from '../bodies/index';
import { toComparison, toGroupScore, toNationalGroup } from './self-assessment-score.records';
import {
  QuestionComparison,
  SelfAssessmentComparison,
  SelfAssessmentGroupScore,
  SelfAssessmentScores,
} from './self-assessment-score.type';
import { toQuestion } from './self-assessment.records';
import { SelfAssessment, SelfAssessmentQuestion } from './self-assessment.type';

const cyclePattern = /^[0-9]{4}-[0-9]{2}$/;

@Resolver(() => SelfAssessment)
export class SelfAssessmentScoreResolver {
  @FieldResolver(() => [SelfAssessmentGroupScore], {
    nullable: true,
    description: 'Per group of questions, A to G, how much is answered and the mean score; as `answers` is read.',
  })
  async groupScores(
    @Root() assessment: SelfAssessment,
    @Ctx() { stores }: Context,
  ): Promise<SelfAssessmentGroupScore[]> {
    return (await stores.selfAssessments.scores.groupsOf.load(assessment.uuid)).map(toGroupScore);
  }

  @FieldResolver(() => SelfAssessmentComparison, {
    nullable: true,
    description:
      'This self-assessment beside the published ones of other bodies of its kind in the same cycle, per group and per question; as `answers` is read.',
  })
  async comparison(@Root() assessment: SelfAssessment, @Ctx() { stores }: Context): Promise<SelfAssessmentComparison> {
    return toComparison(await stores.selfAssessments.scores.comparisonsOf.load(assessment.uuid));
  }

  @Query(() => SelfAssessmentScores, {
    description:
      'The published self-assessments of one cycle and kind of body, summed per group of questions: the national distribution (003 ¶11).',
  })
  @ArgumentBounds({ cycle: { text: 'code' } })
  async selfAssessmentScores(
    @Ctx() { stores }: Context,
    @Arg('cycle', () => String, { description: 'The cycle, e.g. "2008-09".' }) cycle: string,
    @Arg('bodyKind', () => BodyKind, {
      defaultValue: 'CHILDRENS_TRUST_BOARD',
      description: 'The kind of body; an LSCB’s self-assessments are never summed.',
    })
    bodyKind: keyof typeof BodyKind,
  ): Promise<SelfAssessmentScores> {
    if (!cyclePattern.test(cycle)) throw badUserInput('cycle', `Write the cycle like "2008-09"; got "${cycle}"`);
    const rows = await stores.selfAssessments.scores.national(cycle, bodyKind);
    return Object.assign(new SelfAssessmentScores(), {
      cycle,
      assessments: rows[0]?.answering ?? 0,
      groups: rows.map(toNationalGroup),
    });
  }
}

@Resolver(() => QuestionComparison)
export class QuestionComparisonResolver {
  @FieldResolver(() => SelfAssessmentQuestion, { description: 'The question.' })
  async question(@Root() comparison: QuestionComparison, @Ctx() { stores }: Context): Promise<SelfAssessmentQuestion> {
    const row = await stores.selfAssessments.questionsById.load(comparison.questionId);
    if (!row) throw new Error(`Question ${comparison.questionId} is referenced but missing`);
    return toQuestion(row);
  }
}
