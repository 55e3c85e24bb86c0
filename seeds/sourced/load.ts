import { inArray } from 'drizzle-orm';
import { powers } from '../../schema/database/index';
import type { Database } from '../../src/db';
import { insertMissing } from '../support/insert';
import { sourcedTables, type SourcedRows, type SourcedTableName } from './tables';

/** Rows inserted per table by one load: all of them on an empty database, none on a second run. */
export type InsertCounts = Record<SourcedTableName, number>;

/**
 * Another seed (reference data) may already hold a power under one of our codes. Powers are unique by code, so
 * point our delegations at the existing row instead of inserting a second one.
 */
async function reuseExistingPowers(db: Database, rows: SourcedRows): Promise<SourcedRows> {
  const codes = rows.powers.map((p) => p.code);
  if (codes.length === 0) return rows;
  const existing = await db
    .select({ id: powers.id, code: powers.code })
    .from(powers)
    .where(inArray(powers.code, codes));
  const byCode = new Map(existing.map((p) => [p.code, p.id]));
  const remap = new Map<string, string>();
  for (const power of rows.powers) {
    const found = byCode.get(power.code);
    if (found !== undefined && power.id !== undefined && found !== power.id) remap.set(power.id, found);
  }
  if (remap.size === 0) return rows;
  return {
    ...rows,
    powers: rows.powers.filter((p) => p.id === undefined || !remap.has(p.id)),
    delegations: rows.delegations.map((d) => ({ ...d, powerId: remap.get(d.powerId) ?? d.powerId })),
  };
}

/** Inserts the rows table by table in foreign-key order, skipping rows already present (idempotent). */
export async function insertSourcedRows(db: Database, built: SourcedRows): Promise<InsertCounts> {
  const rows = await reuseExistingPowers(db, built);
  const counts = {} as InsertCounts;
  for (const name of Object.keys(sourcedTables) as SourcedTableName[]) {
    counts[name] = await insertMissing(db, sourcedTables[name], rows[name] as never[]);
  }
  return counts;
}
