import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, isNull, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areas, organisationCoverage, organisationIdentifiers, organisations } from '../schema/database/index';
import { seedDatabase } from '../seeds/index';
import { rowId } from '../seeds/sourced/builder';
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
    expect(covered.map((row) => row.area).sort()).toEqual(['E06000037', 'E06000038', 'E06000041']);
  });
});
