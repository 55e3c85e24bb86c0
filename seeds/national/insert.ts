import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../src/db';

/** Rows per statement: each chunk travels as one JSON parameter, a few megabytes at most. */
const chunkSize = 4000;

/**
 * Bulk insert that skips rows already present (id, unique or exclusion conflicts), like `insertMissing`, but sends
 * each chunk as a single JSON document expanded by `json_populate_recordset`: binding ~30,000 parameters per
 * statement took over half the load time on PGlite. Columns a row leaves out take their defaults: rows are grouped
 * by the columns they set, and each group names only those.
 */
export async function insertRows<T extends PgTable>(
  db: Database,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  const columns = getTableColumns(table);
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const set = Object.keys(row).filter((key) => key in columns && (row as Record<string, unknown>)[key] !== undefined);
    const signature = set.sort().join(',');
    const group = groups.get(signature) ?? [];
    group.push(row as Record<string, unknown>);
    groups.set(signature, group);
  }
  for (const [signature, group] of groups) {
    const keys = signature.split(',');
    const names = keys.map((key) => columns[key]!.name);
    const list = sql.join(
      names.map((name) => sql.identifier(name)),
      sql`, `,
    );
    for (let start = 0; start < group.length; start += chunkSize) {
      const documents = group
        .slice(start, start + chunkSize)
        .map((row) => Object.fromEntries(keys.map((key, i) => [names[i], row[key]])));
      await db.execute(
        sql`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ${JSON.stringify(documents)}::json) on conflict do nothing`,
      );
    }
  }
}
