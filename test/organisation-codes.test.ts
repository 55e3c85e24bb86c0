import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areas, organisationCoverage, organisationIdentifiers, organisations } from '../schema/database/index';
import { seedDatabase } from '../seeds/index';
import { loadNational } from '../seeds/national/index';
import { rowId } from '../seeds/sourced/builder';
import { buildSourcedRows } from '../seeds/sourced/index';
import { retiredCodes } from '../seeds/sourced/codes';
import { selectRows } from '../src/db';
import { OrganisationStore } from '../src/modules/organisations/organisation.store';
import { organisationCodeStyle } from '../src/modules/organisations/organisation-code';
import { toGlobalId } from '../src/shared/global-id';
import { administrationCode, startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

const migrations = fileURLToPath(new URL('../schema/migrations', import.meta.url));
const viewerQuery = '{ viewer { organisation { id code name } } }';
const byCodes = `query($codes: [String!]) { organisations(filter: { codes: $codes }, asOf: "2008-06-01", first: 10) {
  nodes { code identifiers { scheme value validFrom validTo } } } }`;

describe('organisation codes in a newly seeded database', () => {
  let database: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db);
    api = await startApi(database.db);
  });

  afterAll(async () => {
    await api?.close();
    await database?.dispose();
  });

  it('every seeded code has the one style, {area}/{kind}[-{qualifier}]', async () => {
    const rows = await database.db.select({ code: organisations.code }).from(organisations);
    const seeded = rows.map((row) => row.code).filter((code) => code !== administrationCode);
    expect(seeded.length).toBeGreaterThan(100);
    expect(seeded.filter((code) => code === null || !organisationCodeStyle.test(code))).toEqual([]);
  });

  it('the migration renames exactly the codes the seed retires', () => {
    const text = readFileSync(join(migrations, '0016_tidy_organisation_codes.sql'), 'utf8');
    const retired = text.slice(text.indexOf('"retired"'), text.indexOf('"renamed"'));
    const pairs = [...retired.matchAll(/\('([^']+)', '([^']+)'\)/g)].map(([, old, tidy]) => [old, tidy]);
    expect(Object.fromEntries(pairs)).toEqual(retiredCodes);
    expect(new Set(Object.values(retiredCodes)).size).toBe(Object.keys(retiredCodes).length);
  });

  it('keeps each retired code as a former REGISTRY_CODE identifier, so filters by the old code still find it', async () => {
    const response = await api.query(byCodes, { codes: ['torbay/acuteTrust'] });
    expect(response.data.organisations.nodes).toEqual([
      {
        code: 'torbay/acute-trust',
        identifiers: [
          { scheme: 'REGISTRY_CODE', value: 'torbay/acuteTrust', validFrom: '2004-04-01', validTo: '2026-12-03' },
        ],
      },
    ]);
    const both = await api.query(byCodes, { codes: ['torbay/acute-trust', 'torbay/acuteTrust', 'torbay/council'] });
    expect(both.data.organisations.nodes.map((node: { code: string }) => node.code)).toEqual([
      'torbay/acute-trust',
      'torbay/council',
    ]);
    const ended = await api.query(byCodes, { codes: ['staffordshire/pct-before-2006/cannock-chase'] });
    expect(ended.data.organisations.nodes).toEqual([]); // it ended in 2006: not in a list as at 2008
    const [identifier] = await database.db
      .select()
      .from(organisationIdentifiers)
      .where(eq(organisationIdentifiers.value, 'staffordshire/pct-before-2006/cannock-chase'));
    expect(identifier).toMatchObject({ scheme: 'REGISTRY_CODE', validTo: '2006-10-01' });
  });

  it('a token naming a retired code acts for its organisation, which answers with its code now', async () => {
    const old = await api.as({ org: 'org/metropolitan-police' });
    const response = await old.query(viewerQuery);
    expect(response.data.viewer.organisation).toEqual({
      id: toGlobalId('Organisation', rowId('organisations', 'org/metropolitan-police')),
      code: 'merton/police',
      name: 'Metropolitan Police Service',
    });
    const current = await (await api.as({ org: 'merton/police' })).query(viewerQuery);
    expect(current.data.viewer.organisation).toEqual(response.data.viewer.organisation);
  });

  it('only a retirement records a REGISTRY_CODE identifier, since credentials honour one', async () => {
    const response = await api.query(
      `mutation($input: RecordOrganisationIdentifierInput!) { recordOrganisationIdentifier(input: $input) {
        identifier { value } } }`,
      {
        input: {
          organisation: toGlobalId('Organisation', rowId('organisations', 'torbay/council')),
          scheme: 'REGISTRY_CODE',
          value: 'torbay/police',
          validFrom: '2027-01-01',
        },
      },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scheme' });
  });

  it('every organisation is reachable from some area’s filter, Berkshire West PCT among them', async () => {
    const store = new OrganisationStore(database.db);
    const tops = await database.db.select({ id: areas.id }).from(areas).where(isNull(areas.parentAreaId));
    const starts = await selectRows<{ day: string }>(
      database.db,
      sql`SELECT DISTINCT valid_from::text AS day FROM organisations
          UNION SELECT DISTINCT valid_from::text FROM organisation_coverage`,
    );
    const reached = new Set<string>();
    for (const { day } of starts) {
      for (const area of tops) {
        const rows = await database.db
          .select({ code: organisations.code })
          .from(organisations)
          .where(store.conditions({ areaId: area.id, asOf: day }));
        for (const row of rows) reached.add(row.code!);
      }
    }
    const all = await database.db
      .select({ code: organisations.code })
      .from(organisations)
      .where(ne(organisations.code, administrationCode));
    expect(all.map((row) => row.code).filter((code) => !reached.has(code!))).toEqual([]);
    const [berkshireWest] = await database.db
      .select({ code: organisations.code, area: areas.code })
      .from(organisations)
      .innerJoin(areas, eq(areas.id, organisations.areaId))
      .where(eq(organisations.name, 'Berkshire West PCT'));
    expect(berkshireWest).toEqual({ code: 'reading/pct', area: 'E06000038' });
    const covered = await database.db
      .select({ area: areas.code })
      .from(organisationCoverage)
      .innerJoin(areas, eq(areas.id, organisationCoverage.areaId))
      .where(eq(organisationCoverage.organisationId, rowId('organisations', 'org/berkshire-west-pct')));
    expect(covered.map((row) => row.area).sort()).toEqual(['E06000037', 'E06000041']);
  });
});

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
    await database.db.execute(sql`DELETE FROM drizzle.__drizzle_migrations
      WHERE created_at = (SELECT max(created_at) FROM drizzle.__drizzle_migrations)`);
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
    // Eight areas of each kind, London among them (its fire brigade, the Metropolitan force) and two-tier counties.
    await loadNational(database.db, { areas: 8, seedNumber: 1 });
    loaded = await codes();
    formerly = await formerCodes();
    // Back to the codes the generator gave before: its keys, no former identifiers, 0016 not yet applied.
    await database.db.execute(sql`UPDATE organisations o SET code = i.value FROM organisation_identifiers i
      WHERE i.organisation_id = o.id AND i.scheme = 'REGISTRY_CODE'`);
    await database.db.delete(organisationIdentifiers).where(eq(organisationIdentifiers.scheme, 'REGISTRY_CODE'));
    await database.db.execute(sql`DELETE FROM drizzle.__drizzle_migrations
      WHERE created_at = (SELECT max(created_at) FROM drizzle.__drizzle_migrations)`);
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
