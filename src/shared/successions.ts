import { sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { selectRows, type Database } from '../db';

type SuccessionTable = PgTable & { predecessorId: PgColumn; successorId: PgColumn };

/**
 * Whether `later` already follows `earlier` through recorded successions, directly or through others, in one
 * recursive statement: a succession from `later` to `earlier` would then go round in a circle.
 */
export async function followsThroughSuccessions(
  tx: Database,
  table: SuccessionTable,
  earlier: string,
  later: string,
): Promise<boolean> {
  const rows = await selectRows<{ found: boolean }>(
    tx,
    sql`
    WITH RECURSIVE followers(id) AS (
      SELECT ${earlier}::uuid
      UNION
      SELECT ${table.successorId} FROM ${table} JOIN followers ON ${table.predecessorId} = followers.id
    )
    SELECT EXISTS (SELECT 1 FROM followers WHERE id = ${later}::uuid) AS found`,
  );
  return rows[0]?.found === true;
}
