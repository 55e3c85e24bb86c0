import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { IsoDate } from '../../shared/dates';
import { openAfter, refuseOpenDependants } from '../../shared/ending';
import type { PartTypeName } from '../../shared/global-id';
import type { Write } from './write';

type DatedPartTable = PgTable & { id: PgColumn; validFrom: PgColumn; validTo: PgColumn; version: PgColumn };

/** A kind of dated part that ends with its owner: an organisation's identifiers, a body's legal statuses. */
export interface DatedPart {
  table: DatedPartTable;
  /** The column naming the owner. */
  owner: PgColumn;
  recordType: PartTypeName;
  /** How a refusal names parts of this kind, e.g. 'identifier(s)'. */
  what: string;
}

/**
 * Ends, on the day their owner ends, the parts that would outlive it, each with its own history entry, so that what
 * the owner held (a code, a status) is free for a successor. Refuses, before writing anything, parts that would only
 * begin on or after that day: they need correcting, not ending.
 */
export async function endPartsWithOwner(
  change: Write,
  ownerId: string,
  endOn: IsoDate,
  areaId: string | null,
  parts: readonly DatedPart[],
): Promise<void> {
  const later = await Promise.all(
    parts.map(async ({ table, owner, what }): Promise<[number, string]> => {
      const [row] = await change.tx
        .select({ total: count() })
        .from(table)
        .where(and(eq(owner, ownerId), gte(table.validFrom, endOn)));
      return [row?.total ?? 0, `${what} beginning on or after it`];
    }),
  );
  refuseOpenDependants(later);
  for (const { table, owner, recordType } of parts) {
    const outliving = and(eq(owner, ownerId), openAfter(table, endOn));
    const before = (await change.tx.select().from(table).where(outliving)) as { id: string }[];
    if (before.length === 0) continue;
    const after = (await change.tx
      .update(table)
      .set({ validTo: endOn, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
      .where(outliving)
      .returning()) as { id: string }[];
    for (const row of after) {
      const earlier = before.find((candidate) => candidate.id === row.id) ?? null;
      change.record({ recordType, recordId: row.id, areaId, before: earlier, after: row });
    }
  }
}
