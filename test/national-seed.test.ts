import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areas } from '../schema/database/index';
import { loadNational } from '../seeds/national/index';
import { seedId } from '../seeds/support/ids';
import { selectRows, type Database } from '../src/db';
import { createTestDatabase, type TestDatabase } from './support/database';

/** Staffordshire, inserted by hand as a real area (as the sourced seed would) before the generator runs. */
const realArea = { code: 'E10000028', id: seedId('areas', 'E10000028') };
const asAt = '2009-03-01';
const tables = [
  'areas',
  'organisations',
  'organisation_coverage',
  'organisation_identifiers',
  'organisation_successions',
  'bodies',
  'body_legal_statuses',
  'body_aliases',
  'body_documents',
  'body_successions',
  'posts',
  'memberships',
  'accountability_lines',
  'budget_arrangements',
  'contributions',
  'plans',
  'plan_links',
  'consultations',
  'resource_commitments',
  'plan_targets',
];

let national: TestDatabase;
let firstCounts: Record<string, number>;
let secondCounts: Record<string, number>;

async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  return selectRows<T>(db, query);
}

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await rows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`));
    counts[table] = row!.n;
  }
  return counts;
}

/** Percentage of boards for which `condition` (SQL over board `b`) holds. */
async function shareOfBoards(condition: SQL): Promise<number> {
  const [row] = await rows<{ share: number }>(
    national.db,
    sql`select 100.0 * count(*) filter (where ${condition}) / count(*) as share
        from bodies b where b.kind = 'CHILDRENS_TRUST_BOARD'`,
  );
  return Number(row!.share);
}

beforeAll(async () => {
  national = await createTestDatabase();
  await national.db.insert(areas).values({
    id: realArea.id,
    code: realArea.code,
    name: 'Staffordshire',
    kind: 'COUNTY',
    tier: 'UPPER',
    region: 'WEST_MIDLANDS',
    validFrom: '1974-04-01',
    synthetic: false,
    sources: [{ document: '003_6b44b8124f27778d.txt', locator: '¶62' }],
  });
  await loadNational(national.db, { areas: 'national', seedNumber: 1 });
  firstCounts = await rowCounts(national.db);
  await loadNational(national.db, { areas: 'national', seedNumber: 1 });
  secondCounts = await rowCounts(national.db);
});

afterAll(async () => {
  await national?.dispose();
});

describe('national seed: shape and idempotency', () => {
  it('inserts nothing new when run a second time', () => {
    expect(secondCounts).toEqual(firstCounts);
    expect(firstCounts.memberships! + firstCounts.accountability_lines!).toBeGreaterThan(20_000);
  });

  it('has the 150 upper-tier authorities of 2008 with distinct codes', async () => {
    const [row] = await rows<{
      upper: number;
      codes: number;
      e10: number;
      e06: number;
      e08: number;
      e09: number;
      lower: number;
    }>(
      national.db,
      sql`select count(*)::int as upper, count(distinct code)::int as codes,
            count(*) filter (where code like 'E10%')::int as e10, count(*) filter (where code like 'E06%')::int as e06,
            count(*) filter (where code like 'E08%')::int as e08, count(*) filter (where code like 'E09%')::int as e09,
            (select count(*)::int from areas where tier = 'LOWER' and code like 'E07%') as lower
          from areas where tier = 'UPPER'`,
    );
    // Staffordshire's eight districts are not generated: the real area is skipped whole.
    expect(row).toEqual({ upper: 150, codes: 150, e10: 34, e06: 47, e08: 36, e09: 33, lower: 238 - 8 });
  });

  it('leaves an area already loaded from the sources untouched', async () => {
    const [row] = await rows<{ synthetic: boolean; name: string; bodies: number; children: number }>(
      national.db,
      sql`select a.synthetic, a.name,
            (select count(*)::int from bodies where area_id = a.id) as bodies,
            (select count(*)::int from areas where parent_area_id = a.id) as children
          from areas a where a.id = ${realArea.id}`,
    );
    expect(row).toEqual({ synthetic: false, name: 'Staffordshire', bodies: 0, children: 0 });
  });

  it('marks every generated record synthetic', async () => {
    for (const table of tables) {
      const [row] = await rows<{ n: number }>(
        national.db,
        sql.raw(`select count(*)::int as n from ${table} where not synthetic`),
      );
      expect(row!.n, table).toBe(table === 'areas' ? 1 : 0);
    }
  });
});
