import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../src/db';

/** PostgreSQL accepts at most 65,535 parameters in one statement; stay well under it. */
const maxParameters = 30_000;

/**
 * Bulk insert that skips rows already present (same id, or a unique/exclusion conflict), in chunks sized to the
 * parameter limit. Returns how many rows were new.
 */
export async function insertMissing<T extends PgTable>(
  db: Database,
  table: T,
  rows: T['$inferInsert'][],
): Promise<number> {
  if (rows.length === 0) return 0;
  const columnCount = Object.keys(getTableColumns(table)).length;
  const chunkSize = Math.max(1, Math.floor(maxParameters / columnCount));
  let inserted = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const result = await db.insert(table).values(chunk as never).onConflictDoNothing().returning();
    inserted += (result as unknown[]).length;
  }
  return inserted;
}
