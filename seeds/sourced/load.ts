import { inArray } from 'drizzle-orm';
import { areas, powers } from '../../schema/database/index';
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

/**
 * A database may already hold one of our areas under another id: the national generator made West Berkshire,
 * Reading and Wokingham before the sources' Berkshire West PCT brought them here. Areas are unique by code, so
 * point our rows at the existing area instead of inserting a second one.
 */
async function reuseExistingAreas(db: Database, rows: SourcedRows): Promise<SourcedRows> {
  const existing = await db
    .select({ id: areas.id, code: areas.code })
    .from(areas)
    .where(
      inArray(
        areas.code,
        rows.areas.map((area) => area.code),
      ),
    );
  const byCode = new Map(existing.map((area) => [area.code, area.id]));
  const remap = new Map<string, string>();
  for (const area of rows.areas) {
    const found = byCode.get(area.code);
    if (found !== undefined && area.id !== undefined && found !== area.id) remap.set(area.id, found);
  }
  if (remap.size === 0) return rows;
  const pointed = (row: Record<string, unknown>) => {
    const moved = { ...row };
    for (const column of ['areaId', 'parentAreaId']) {
      const id = moved[column];
      if (typeof id === 'string' && remap.has(id)) moved[column] = remap.get(id);
    }
    return moved;
  };
  const remapped = Object.fromEntries(
    Object.entries(rows).map(([table, list]) => [table, (list as Record<string, unknown>[]).map(pointed)]),
  ) as SourcedRows;
  return { ...remapped, areas: remapped.areas.filter((area) => area.id === undefined || !remap.has(area.id)) };
}

/** Inserts the rows table by table in foreign-key order, skipping rows already present (idempotent). */
export async function insertSourcedRows(db: Database, built: SourcedRows): Promise<InsertCounts> {
  const rows = await reuseExistingAreas(db, await reuseExistingPowers(db, built));
  const counts = {} as InsertCounts;
  for (const name of Object.keys(sourcedTables) as SourcedTableName[]) {
    counts[name] = await insertMissing(db, sourcedTables[name], rows[name] as never[]);
  }
  return counts;
}
