import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../../db';
import type { AnyExportKind, ExportScope } from './export-kind';

/** How many rows the export of `kinds` will write: one statement, for a progress bar. */
export async function countRows(db: Database, kinds: readonly AnyExportKind[], scope: ExportScope): Promise<number> {
  const counts = kinds.map((kind) => sql`(SELECT count(*) FROM (${kind.select(db, scope)}) export_rows)`);
  const [row] = await selectRows<{ total: number }>(db, sql`SELECT (${sql.join(counts, sql` + `)})::int AS total`);
  return Number(row?.total ?? 0);
}
