export {
  SelfAssessment,
  SelfAssessmentAnswer,
  SelfAssessmentQuestion,
  type SelfAssessmentRow,
} from './self-assessment.type';
export {
  SelfAssessmentQuestionResolver,
  SelfAssessmentResolver,
  SelfAssessmentAnswerResolver,
  BodySelfAssessmentsResolver,
} from './self-assessment.resolver';
export { toSelfAssessment } from './self-assessment.records';
export { SelfAssessmentStore } from './self-assessment.store';
export { SelfAssessmentMutations } from './self-assessment.mutations';
export { QuestionComparisonResolver, SelfAssessmentScoreResolver } from './self-assessment-score.resolver';
