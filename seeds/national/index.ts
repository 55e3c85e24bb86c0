import { inArray } from 'drizzle-orm';
import { areas as areasTable, selfAssessmentQuestions } from '../../schema/database/index';
import type { Database } from '../../src/db';
import { selectAreas } from './areas';
import { generateNational } from './generate';
import { insertRows } from './insert';
import { selfAssessmentQuestionRows } from '../reference/self-assessment-rows';
import { insertMissing } from '../support/insert';
import { typePostsAndSeats } from '../support/typed-posts';
import { insertionOrder } from './rows';

export interface NationalOptions {
  areas: 'national' | number;
  seedNumber: number;
}

/**
 * Generated areas whose proportions follow DOMAIN.md §5: all 150 children's services authorities of 2008, or the
 * first N of them. An area already in the database is left alone, whether a real one from the sources
 * (synthetic = false) or one an earlier run generated: generating it again could only add rows that disagree with
 * what is there. The whole load is one transaction, so an area is never half there and a second run adds nothing.
 */
export async function loadNational(db: Database, options: NationalOptions): Promise<void> {
  const wanted = selectAreas(options.areas);
  const present = await db
    .select({ code: areasTable.code })
    .from(areasTable)
    .where(
      inArray(
        areasTable.code,
        wanted.map((area) => area.code),
      ),
    );
  const skip = new Set(present.map((row) => row.code));
  const rows = generateNational(
    wanted.filter((area) => !skip.has(area.code)),
    options.seedNumber,
  );
  if (rows.areas.length === 0) return;
  typePostsAndSeats(rows);
  await db.transaction(async (tx) => {
    // The boards' self-assessments answer the reference seed's questionnaire: made sure of, for a load on its own.
    await insertMissing(tx as unknown as Database, selfAssessmentQuestions, selfAssessmentQuestionRows());
    for (const [key, table] of insertionOrder) {
      await insertRows(tx as unknown as Database, table, rows[key] as never);
    }
  });
}
