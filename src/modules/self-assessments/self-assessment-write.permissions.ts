import { guardOperation } from '../../auth/rules';
import { publicStructure, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import { rowIdOf } from '../../shared/global-id';
import type {
  AnswerSelfAssessmentQuestionInput,
  PublishSelfAssessmentInput,
  RecordSelfAssessmentInput,
} from './self-assessment.input';

const bodyOfAssessment = async (selfAssessment: string, { stores }: Context) => {
  const id = rowIdOf(selfAssessment, 'SelfAssessment', 'input.selfAssessment');
  return { bodies: [(await stores.selfAssessments.byId.load(id))?.bodyId] };
};

/** A body's self-assessment is its secretariat's to record, answer and publish. */
export const selfAssessmentWritePermissions: PermissionTree = {
  Mutation: {
    recordSelfAssessment: guardOperation<{ input: RecordSelfAssessmentInput }>({
      field: 'Mutation.recordSelfAssessment',
      action: 'self-assessment:edit',
      anchorsOf: ({ input }) => ({ bodies: [rowIdOf(input.body, 'Body', 'input.body')] }),
    }),
    answerSelfAssessmentQuestion: guardOperation<{ input: AnswerSelfAssessmentQuestionInput }>({
      field: 'Mutation.answerSelfAssessmentQuestion',
      action: 'self-assessment:edit',
      anchorsOf: async ({ input }, { stores }) => {
        const id = rowIdOf(input.selfAssessment, 'SelfAssessment', 'input.selfAssessment');
        return { bodies: [(await stores.selfAssessments.byId.load(id))?.bodyId] };
      },
    }),
    publishSelfAssessment: guardOperation<{ input: PublishSelfAssessmentInput }>({
      field: 'Mutation.publishSelfAssessment',
      action: 'self-assessment:edit',
      anchorsOf: ({ input }, context) => bodyOfAssessment(input.selfAssessment, context),
    }),
  },
  SelfAssessmentPayload: publicStructure(),
};
