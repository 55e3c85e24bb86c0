import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../src/db';
import { createTestDatabase, type TestDatabase } from './support/database';

/** The repository's migrations, and a copy of them that stops before the one that dated a body's workings. */
const migrations = fileURLToPath(new URL('../schema/migrations', import.meta.url));
const tag = /_dated_body_workings/;
let earlier: string;
let database: TestDatabase;

const board = '10000000-0000-4000-8000-000000000001';
const group = '10000000-0000-4000-8000-000000000002';

beforeAll(async () => {
  earlier = mkdtempSync(join(tmpdir(), 'registry-migrations-'));
  cpSync(migrations, earlier, { recursive: true });
  const journal = JSON.parse(readFileSync(join(migrations, 'meta/_journal.json'), 'utf8'));
  const cut = journal.entries.findIndex((entry: { tag: string }) => tag.test(entry.tag));
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(join(earlier, 'meta/_journal.json'), JSON.stringify(journal));
  database = await createTestDatabase({ migrate: false });
  await database.migrate(earlier);
  // Bodies as the registry held them before: workings undated on the body, aliases without periods.
  await database.db.execute(sql`INSERT INTO areas (id, code, name, kind, tier, valid_from)
    VALUES ('10000000-0000-4000-8000-0000000000a0', 'T-MIGR', 'Migrateshire', 'COUNTY', 'UPPER', '1974-04-01')`);
  await database.db.execute(sql`INSERT INTO bodies (id, name, kind, level, area_id, chair_type, voting_arrangement,
      governance_model, role, decision_rule, valid_from, valid_to, sources)
    VALUES (${board}, 'Migrateshire board', 'CHILDRENS_TRUST_BOARD', 'STRATEGIC', '10000000-0000-4000-8000-0000000000a0',
      'LEAD_MEMBER', 'ALL_MEMBERS', 'COLLABORATIVE_STRATEGIC_PARTNERSHIP', 'ADVISORY', 'CONSENSUS', '2005-04-01', NULL,
      '[{"document": "003_6b44b8124f27778d.txt", "locator": "Table 3"}]'),
      (${group}, 'Migrateshire group', 'THEME_SUB_GROUP', 'EXECUTIVE', '10000000-0000-4000-8000-0000000000a0',
      NULL, NULL, NULL, NULL, NULL, '2006-01-01', '2009-01-01', '[]')`);
  await database.db.execute(sql`INSERT INTO body_aliases (body_id, alias) VALUES (${board}, 'Migrateshire Trust'),
    (${group}, 'The Group')`);
  // Posts, committees and sector seats typed only in their titles and names, as the registry's forms wrote them.
  await database.db.execute(sql`INSERT INTO organisations (id, name, kind, sector, valid_from) VALUES
    ('10000000-0000-4000-8000-0000000000b1', 'Migrateshire CC', 'LOCAL_AUTHORITY', 'PUBLIC', '1974-04-01'),
    ('10000000-0000-4000-8000-0000000000b2', 'Migrateshire CVS', 'VOLUNTARY_AND_COMMUNITY', 'VOLUNTARY_AND_COMMUNITY', '1990-01-01')`);
  await database.db.execute(sql`INSERT INTO posts (id, title, employer_id, valid_from) VALUES
    ('10000000-0000-4000-8000-0000000000c1', 'Lead Member for Children''s Services, Migrateshire CC',
     '10000000-0000-4000-8000-0000000000b1', '2005-01-01'),
    ('10000000-0000-4000-8000-0000000000c2', 'Head of Housing', '10000000-0000-4000-8000-0000000000b1', '2005-01-01')`);
  await database.db.execute(sql`INSERT INTO bodies (id, name, kind, level, area_id, valid_from) VALUES
    ('10000000-0000-4000-8000-0000000000d1', 'Migrateshire Health Overview and Scrutiny Committee', 'SCRUTINY_COMMITTEE',
     'STRATEGIC', '10000000-0000-4000-8000-0000000000a0', '2003-01-01')`);
  await database.db.execute(sql`INSERT INTO memberships (id, body_id, member_organisation_id, constituency, valid_from)
    VALUES ('10000000-0000-4000-8000-0000000000e1', ${board}, '10000000-0000-4000-8000-0000000000b2', 'SECTOR',
     '2005-06-01')`);
  await database.migrate();
});

afterAll(async () => {
  await database?.dispose();
  if (earlier) rmSync(earlier, { recursive: true, force: true });
});

describe('the migration that types posts, committees and sector seats', () => {
  it('reads each once from the forms the registry wrote, leaving what it cannot read untyped', async () => {
    const typed = await selectRows<Record<string, unknown>>(
      database.db,
      sql`SELECT (SELECT json_object_agg(title, kind) FROM posts) AS posts,
                 (SELECT scrutiny_kind FROM bodies WHERE kind = 'SCRUTINY_COMMITTEE') AS committee,
                 (SELECT represents FROM memberships) AS seat`,
    );
    expect(typed).toEqual([
      {
        posts: { "Lead Member for Children's Services, Migrateshire CC": 'LEAD_MEMBER', 'Head of Housing': null },
        committee: 'HEALTH',
        seat: 'VOLUNTARY_AND_COMMUNITY',
      },
    ]);
  });
});

describe('the migration that dates a body’s workings', () => {
  it('turns undated workings into one period over the body’s existence, with their sources; none where none were', async () => {
    const rows = await selectRows<Record<string, unknown>>(
      database.db,
      sql`SELECT body_id AS "bodyId", chair_type AS "chairType", voting_arrangement AS "votingArrangement",
            governance_model AS "governanceModel", role, decision_rule AS "decisionRule",
            valid_from::text AS "validFrom", valid_to::text AS "validTo", sources
          FROM body_workings ORDER BY body_id`,
    );
    expect(rows).toEqual([
      {
        bodyId: board,
        chairType: 'LEAD_MEMBER',
        votingArrangement: 'ALL_MEMBERS',
        governanceModel: 'COLLABORATIVE_STRATEGIC_PARTNERSHIP',
        role: 'ADVISORY',
        decisionRule: 'CONSENSUS',
        validFrom: '2005-04-01',
        validTo: null,
        sources: [{ document: '003_6b44b8124f27778d.txt', locator: 'Table 3' }],
      },
    ]);
  });

  it('gives each alias its body’s existence as the period it was used', async () => {
    const rows = await selectRows<Record<string, unknown>>(
      database.db,
      sql`SELECT alias, valid_from::text AS "validFrom", valid_to::text AS "validTo", version FROM body_aliases
          ORDER BY alias`,
    );
    expect(rows).toEqual([
      { alias: 'Migrateshire Trust', validFrom: '2005-04-01', validTo: null, version: 1 },
      { alias: 'The Group', validFrom: '2006-01-01', validTo: '2009-01-01', version: 1 },
    ]);
  });

  it('leaves the body without the undated columns, and refuses overlapping workings from then on', async () => {
    const columns = await selectRows<{ name: string }>(
      database.db,
      sql`SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'bodies'
            AND column_name IN ('chair_type', 'voting_arrangement', 'governance_model', 'role', 'decision_rule')`,
    );
    expect(columns).toEqual([]);
    await expect(
      database.db.execute(sql`INSERT INTO body_workings (body_id, chair_type, valid_from)
        VALUES (${board}, 'INDEPENDENT', '2008-01-01')`),
    ).rejects.toThrow();
  });
});
