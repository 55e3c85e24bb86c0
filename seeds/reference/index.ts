import { dutyStatuses, powers, selfAssessmentQuestions } from '../../schema/database/index';
import type { Database } from '../../src/db';
import { insertMissing } from '../support/insert';
import { dutyStatusRows } from './duty-statuses';
import { powerRows } from './powers';
import { selfAssessmentQuestionRows } from './self-assessment-rows';

/**
 * Reference data every environment needs: the Audit Commission's self-assessment questions, duty-to-co-operate
 * statuses by organisation kind, and the generic statutory powers. Idempotent: rows already present are left alone.
 */
export async function loadReference(db: Database): Promise<void> {
  await insertMissing(db, selfAssessmentQuestions, selfAssessmentQuestionRows());
  await insertMissing(db, dutyStatuses, dutyStatusRows());
  await insertMissing(db, powers, powerRows());
}
