import type { selfAssessmentQuestions } from '../../schema/database/index';
import { cite } from './citations';
import { selfAssessmentGroups, type SelfAssessmentGroup } from './self-assessment-questions';

export type SelfAssessmentQuestionRow = typeof selfAssessmentQuestions.$inferInsert;

/** The whole questionnaire sits in ¶161, the chapter's last paragraph. */
const citation = [cite('auditCommission2008', 'Ch.6 ¶161')];

/**
 * One row per question and per sub-item. `ordinal` runs through the questionnaire in the source's order, so sorting
 * by it alone reproduces the document; sub-items point at their question through `parentId`.
 */
export function selfAssessmentQuestionRows(
  groups: readonly SelfAssessmentGroup[] = selfAssessmentGroups,
): SelfAssessmentQuestionRow[] {
  const rows: SelfAssessmentQuestionRow[] = [];
  for (const group of groups) {
    const common = { groupCode: group.code, groupQuestion: group.question, sources: citation, synthetic: false };
    for (const question of group.questions) {
      rows.push({ ...common, id: question.id, parentId: null, ordinal: rows.length + 1, text: question.text });
      for (const item of question.subItems ?? []) {
        rows.push({ ...common, id: item.id, parentId: question.id, ordinal: rows.length + 1, text: item.text });
      }
    }
  }
  return rows;
}
