import type { IsoDate } from '../../shared/dates';
import { fromRow } from '../../shared/records';
import {
  SelfAssessment,
  SelfAssessmentAnswer,
  SelfAssessmentQuestion,
  type SelfAssessmentAnswerRow,
  type SelfAssessmentQuestionRow,
  type SelfAssessmentRow,
} from './self-assessment.type';

export const toSelfAssessment = (row: SelfAssessmentRow, asOf: IsoDate) =>
  fromRow(SelfAssessment, 'SelfAssessment', row, asOf);

export const toQuestion = (row: SelfAssessmentQuestionRow) => Object.assign(new SelfAssessmentQuestion(), row);

export function toAnswer(row: SelfAssessmentAnswerRow, asOf: IsoDate): SelfAssessmentAnswer {
  const { evidence, ...answer } = row;
  return Object.assign(new SelfAssessmentAnswer(), answer, { evidenceIds: evidence, asOf });
}
