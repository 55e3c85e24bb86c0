import { guardOperation } from '../../auth/rules';
import { publicStructure, type PermissionTree } from '../../auth/tree';
import { rowIdOf } from '../../shared/global-id';
import type { AnswerSelfAssessmentQuestionInput, RecordSelfAssessmentInput } from './self-assessment.input';

/** A body's self-assessment is its secretariat's to record and answer. */
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
  },
  SelfAssessmentPayload: publicStructure(),
};
