import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../db';

/**
 * How a write holds a record it checks against until it commits:
 * - `share`, by a write that adds or changes a dependant after checking it against its parent (a seat against its
 *   body's existence). Such writes do not wait for each other, only for a write that changes the parent.
 * - `update`, by the write that ends or changes the parent, before it reads what depends on the parent. It waits
 *   for every dependant being written and then sees it; a dependant written after it waits and then sees the end.
 * Without these, each side reads the other's state from before it committed, and both pass their checks. Locks are
 * taken parent first, before any row of a dependant is written, so that two writes never wait for each other.
 */
export type LockMode = 'share' | 'update';

/**
 * `update` is PostgreSQL's FOR NO KEY UPDATE, the lock an UPDATE that keeps the key takes anyway: it waits for share
 * locks but not for the key-share locks of foreign key checks, so rows that merely refer to the record (every change
 * in `changes` names its writer's organisation) are not held up while it ends.
 */
const strength = { share: 'share', update: 'no key update' } as const;

type Keyed = PgTable & { id: PgColumn };

/** The record with that id, locked in the write's transaction; undefined when there is none. */
export async function lockRow<Table extends Keyed>(
  tx: Database,
  table: Table,
  id: string,
  mode: LockMode,
): Promise<Table['$inferSelect'] | undefined> {
  const rows = await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))
    .for(strength[mode]);
  return rows[0] as Table['$inferSelect'] | undefined;
}
