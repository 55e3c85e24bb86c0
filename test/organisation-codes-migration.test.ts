import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationIdentifiers, organisations } from '../schema/database/index';
import { seedDatabase } from '../seeds/index';
import { loadNational } from '../seeds/national/index';
import { buildSourcedRows } from '../seeds/sourced/index';
import { retiredCodes } from '../seeds/sourced/codes';
import { organisationCodeStyle } from '../src/modules/organisations/organisation-code';
import { selectRows } from '../src/db';
import { toGlobalId } from '../src/shared/global-id';
import { administrationCode, startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

const migrations = fileURLToPath(new URL('../schema/migrations', import.meta.url));
const viewerQuery = '{ viewer { organisation { id code name } } }';

/**
 * A database as it stood before 0016: the migrations from 0016 on forgotten, and what those after 0016 made
 * undone, so that migrating applies 0016 and all after it again.
 */
async function undoMigrationsFrom0016(database: TestDatabase) {
  const journal = JSON.parse(readFileSync(join(migrations, 'meta/_journal.json'), 'utf8'));
  const from = journal.entries.find((entry: { tag: string }) => /_tidy_organisation_codes/.test(entry.tag)).when;
  await database.db.execute(sql`ALTER TABLE nominations DROP COLUMN represents`); // 0017
  await database.db.execute(sql`DELETE FROM drizzle.__drizzle_migrations WHERE created_at >= ${from}`);
}
describe('migration 0016 on a database holding the old codes', () => {
  let earlier: string;
  let database: TestDatabase;
  let api: TestApi;
  const trust = '10000000-0000-4000-8000-0000000001a1';
  const ended = '10000000-0000-4000-8000-0000000001a2';
  const taken = '10000000-0000-4000-8000-0000000001a3';

  beforeAll(async () => {
    earlier = mkdtempSync(join(tmpdir(), 'registry-migrations-'));
    cpSync(migrations, earlier, { recursive: true });
    const journal = JSON.parse(readFileSync(join(migrations, 'meta/_journal.json'), 'utf8'));
    const cut = journal.entries.findIndex((entry: { tag: string }) => /_tidy_organisation_codes/.test(entry.tag));
    expect(cut).toBeGreaterThan(0);
    journal.entries = journal.entries.slice(0, cut);
    writeFileSync(join(earlier, 'meta/_journal.json'), JSON.stringify(journal));
    database = await createTestDatabase({ migrate: false });
    await database.migrate(earlier);
    await database.db.execute(sql`INSERT INTO organisations (id, code, name, kind, sector, valid_from, valid_to) VALUES
      (${trust}, 'torbay/acuteTrust', 'Acute hospitals NHS trust (Torbay)', 'NHS_TRUST', 'PUBLIC', '2004-04-01', NULL),
      (${ended}, 'staffordshire/pct-before-2006/cannock-chase', 'Cannock Chase PCT', 'PRIMARY_CARE_TRUST', 'PUBLIC',
       '2002-04-01', '2006-10-01'),
      (${taken}, 'merton/police', 'A later Merton police', 'POLICE_SERVICE', 'PUBLIC', '2010-01-01', NULL),
      ('10000000-0000-4000-8000-0000000001a4', 'org/metropolitan-police', 'Metropolitan Police Service',
       'POLICE_SERVICE', 'PUBLIC', '2004-04-01', NULL)`);
    await database.db.execute(sql`INSERT INTO organisation_identifiers (organisation_id, scheme, value, valid_from)
      VALUES (${trust}, 'ODS', 'RA9', '2004-04-01')`);
    await database.migrate();
    api = await startApi(database.db);
  });

  afterAll(async () => {
    await api?.close();
    await database?.dispose();
    if (earlier) rmSync(earlier, { recursive: true, force: true });
  });

  it('renames the old codes and keeps each as a former identifier, ending when the code was retired or the organisation ended', async () => {
    const rows = await database.db
      .select({ id: organisations.id, code: organisations.code, version: organisations.version })
      .from(organisations)
      .where(ne(organisations.code, administrationCode));
    expect(new Map(rows.map((row) => [row.id, row.code]))).toEqual(
      new Map([
        [trust, 'torbay/acute-trust'],
        [ended, 'staffordshire/pct-cannock-chase'],
        [taken, 'merton/police'],
        // Its new code was taken by hand meanwhile: it keeps the old one rather than failing the migration.
        ['10000000-0000-4000-8000-0000000001a4', 'org/metropolitan-police'],
      ]),
    );
    const identifiers = await database.db
      .select({
        organisationId: organisationIdentifiers.organisationId,
        scheme: organisationIdentifiers.scheme,
        value: organisationIdentifiers.value,
        validFrom: organisationIdentifiers.validFrom,
        validTo: organisationIdentifiers.validTo,
      })
      .from(organisationIdentifiers)
      .where(eq(organisationIdentifiers.scheme, 'REGISTRY_CODE'));
    expect(identifiers).toEqual(
      expect.arrayContaining([
        {
          organisationId: trust,
          scheme: 'REGISTRY_CODE',
          value: 'torbay/acuteTrust',
          validFrom: '2004-04-01',
          validTo: '2026-12-03',
        },
        {
          organisationId: ended,
          scheme: 'REGISTRY_CODE',
          value: 'staffordshire/pct-before-2006/cannock-chase',
          validFrom: '2002-04-01',
          validTo: '2006-10-01',
        },
      ]),
    );
    expect(identifiers).toHaveLength(2);
    const [ods] = await database.db
      .select({ scheme: organisationIdentifiers.scheme })
      .from(organisationIdentifiers)
      .where(and(eq(organisationIdentifiers.organisationId, trust), eq(organisationIdentifiers.value, 'RA9')));
    expect(ods).toEqual({ scheme: 'ODS' }); // the remade enum kept the identifiers already held
  });

  it('a token issued under the old code still acts for the organisation, under its new code', async () => {
    const response = await (await api.as({ org: 'torbay/acuteTrust' })).query(viewerQuery);
    expect(response.data.viewer.organisation).toMatchObject({
      id: toGlobalId('Organisation', trust),
      code: 'torbay/acute-trust',
    });
  });
});

describe('a seeded database from before 0016, migrated and seeded again', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db);
    // Back to the codes it held before: old codes, no former identifiers, 0016 not yet applied.
    for (const [old, tidy] of Object.entries(retiredCodes)) {
      await database.db.update(organisations).set({ code: old }).where(eq(organisations.code, tidy));
    }
    await database.db.delete(organisationIdentifiers).where(eq(organisationIdentifiers.scheme, 'REGISTRY_CODE'));
    await undoMigrationsFrom0016(database);
    await database.migrate();
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it('gets the same codes and former identifiers as a new one, and a second seed adds nothing', async () => {
    const codes = await database.db.select({ code: organisations.code }).from(organisations);
    expect(codes.filter(({ code }) => code === null || !organisationCodeStyle.test(code))).toEqual([]);
    const former = await database.db
      .select({
        organisationId: organisationIdentifiers.organisationId,
        value: organisationIdentifiers.value,
        validFrom: organisationIdentifiers.validFrom,
        validTo: organisationIdentifiers.validTo,
        synthetic: organisationIdentifiers.synthetic,
      })
      .from(organisationIdentifiers)
      .where(eq(organisationIdentifiers.scheme, 'REGISTRY_CODE'))
      .orderBy(organisationIdentifiers.value);
    const seeded = buildSourcedRows()
      .organisationIdentifiers.map(({ organisationId, value, validFrom, validTo, synthetic }) => ({
        organisationId,
        value,
        validFrom,
        validTo,
        synthetic,
      }))
      .sort((a, b) => (a.value < b.value ? -1 : 1));
    expect(former).toEqual(seeded);
    expect(former.map((row) => row.value).sort()).toEqual(Object.keys(retiredCodes).sort());
    await seedDatabase(database.db);
    const again = await database.db
      .select({ value: organisationIdentifiers.value })
      .from(organisationIdentifiers)
      .where(eq(organisationIdentifiers.scheme, 'REGISTRY_CODE'));
    expect(again).toHaveLength(former.length);
    expect(await database.db.select({ id: organisations.id }).from(organisations)).toHaveLength(codes.length);
  });
});

describe('a national data set loaded before 0016, migrated', () => {
  let database: TestDatabase;
  let loaded: { id: string; code: string | null }[];
  let formerly: { organisationId: string; value: string; validFrom: string; validTo: string | null }[];
  const formerCodes = () =>
    database.db
      .select({
        organisationId: organisationIdentifiers.organisationId,
        value: organisationIdentifiers.value,
        validFrom: organisationIdentifiers.validFrom,
        validTo: organisationIdentifiers.validTo,
      })
      .from(organisationIdentifiers)
      // Not a parameter: postgres.js would keep the type of the scheme the migration below makes again.
      .where(sql`${organisationIdentifiers.scheme}::text = 'REGISTRY_CODE'`)
      .orderBy(organisationIdentifiers.value);
  const codes = () =>
    database.db
      .select({ id: organisations.id, code: organisations.code })
      .from(organisations)
      .orderBy(organisations.id);

  beforeAll(async () => {
    database = await createTestDatabase();
    // Eight areas, two of each kind: London boroughs (its fire brigade, the Metropolitan force) and two-tier counties.
    await loadNational(database.db, { areas: 8, seedNumber: 1 });
    loaded = await codes();
    formerly = await formerCodes();
    // Back to the codes the generator gave before: its keys, no former identifiers, 0016 not yet applied.
    await database.db.execute(sql`UPDATE organisations o SET code = i.value FROM organisation_identifiers i
      WHERE i.organisation_id = o.id AND i.scheme = 'REGISTRY_CODE'`);
    await database.db.delete(organisationIdentifiers).where(eq(organisationIdentifiers.scheme, 'REGISTRY_CODE'));
    await undoMigrationsFrom0016(database);
    await database.migrate();
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it('gives every generated organisation the code and former code a fresh load gives it', async () => {
    expect(loaded.length).toBeGreaterThan(200);
    expect(loaded.filter(({ code }) => code === null || !organisationCodeStyle.test(code))).toEqual([]);
    expect(formerly.map((row) => row.value)).toEqual(
      expect.arrayContaining(['E10000001|la', 'cafcass', 'fire|London']),
    );
    expect(await codes()).toEqual(loaded);
    expect(await formerCodes()).toEqual(formerly);
    expect(formerly).toHaveLength(loaded.length);
  });
});

describe('a database whose national data set generated the Berkshire unitaries before the sources named them', () => {
  let database: TestDatabase;
  const generated = {
    E06000037: '10000000-0000-4000-8000-0000000002a1',
    E06000038: '10000000-0000-4000-8000-0000000002a2',
    E06000041: '10000000-0000-4000-8000-0000000002a3',
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.execute(sql`INSERT INTO areas (id, code, name, kind, tier, valid_from, synthetic) VALUES
      (${generated.E06000037}, 'E06000037', 'West Berkshire', 'UNITARY', 'UPPER', '1998-04-01', true),
      (${generated.E06000038}, 'E06000038', 'Reading', 'UNITARY', 'UPPER', '1998-04-01', true),
      (${generated.E06000041}, 'E06000041', 'Wokingham', 'UNITARY', 'UPPER', '1998-04-01', true)`);
    await seedDatabase(database.db);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it('seeds Berkshire West PCT into the areas already there, rather than failing on their codes', async () => {
    const [pct] = await database.db
      .select({ areaId: organisations.areaId })
      .from(organisations)
      .where(eq(organisations.code, 'reading/pct'));
    expect(pct).toEqual({ areaId: generated.E06000038 });
    const covered = await selectRows<{ area_id: string }>(
      database.db,
      sql`SELECT c.area_id FROM organisation_coverage c JOIN organisations o ON o.id = c.organisation_id
          WHERE o.code = 'reading/pct' ORDER BY c.area_id`,
    );
    // The three unitaries it served: Reading, where it is based, West Berkshire and Wokingham.
    expect(covered.map((row) => row.area_id)).toEqual([generated.E06000037, generated.E06000038, generated.E06000041]);
    const berkshire = await selectRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM areas WHERE code IN ('E06000037', 'E06000038', 'E06000041')`,
    );
    expect(berkshire[0]!.n).toBe(3);
  });
});
