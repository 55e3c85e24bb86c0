import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import {
  AnswerSelfAssessmentQuestionInput,
  PublishSelfAssessmentInput,
  RecordSelfAssessmentInput,
  SelfAssessmentPayload,
} from './self-assessment.input';
import { toSelfAssessment } from './self-assessment.records';
import { answerSelfAssessmentQuestion, publishSelfAssessment, recordSelfAssessment } from './self-assessment.service';

async function payload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<SelfAssessmentPayload> {
  const row = await context.stores.selfAssessments.byId.load(id);
  if (!row) throw new Error(`Self-assessment ${id} vanished after it was written`);
  return { selfAssessment: toSelfAssessment(row, today()), clientMutationId };
}

@Resolver()
export class SelfAssessmentMutations {
  @Mutation(() => SelfAssessmentPayload, {
    description: 'Records a cycle of a body’s self-assessment against the Audit Commission’s questions.',
  })
  async recordSelfAssessment(
    @Ctx() context: Context,
    @Arg('input', () => RecordSelfAssessmentInput, { description: 'The self-assessment.' })
    input: RecordSelfAssessmentInput,
  ): Promise<SelfAssessmentPayload> {
    return payload(context, await recordSelfAssessment(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => SelfAssessmentPayload, {
    description: 'Answers one question of a self-assessment, replacing any earlier answer to it.',
  })
  async answerSelfAssessmentQuestion(
    @Ctx() context: Context,
    @Arg('input', () => AnswerSelfAssessmentQuestionInput, { description: 'The answer.' })
    input: AnswerSelfAssessmentQuestionInput,
  ): Promise<SelfAssessmentPayload> {
    return payload(context, await answerSelfAssessmentQuestion(context, input));
  }

  @Mutation(() => SelfAssessmentPayload, {
    description: 'Publishes a self-assessment: its answers become public and count in the national distribution.',
  })
  async publishSelfAssessment(
    @Ctx() context: Context,
    @Arg('input', () => PublishSelfAssessmentInput, { description: 'Which self-assessment.' })
    input: PublishSelfAssessmentInput,
  ): Promise<SelfAssessmentPayload> {
    return payload(context, await publishSelfAssessment(context, input));
  }
}
