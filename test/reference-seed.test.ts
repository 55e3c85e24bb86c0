import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq, gt, isNull, lte, or } from 'drizzle-orm';
import { isPgEnum } from 'drizzle-orm/pg-core';
import * as schema from '../schema/database/index';
import { dutyStatuses, powers, selfAssessmentQuestions, type SourceCitation } from '../schema/database/index';
import { loadReference } from '../seeds/reference/index';
import { dutyStatusRows } from '../seeds/reference/duty-statuses';
import { powerDefinitions } from '../seeds/reference/powers';
import * as labels from '../src/modules/reference/labels';
import type { EnumLabel } from '../src/modules/reference/labels';
import { createTestDatabase, type TestDatabase } from './support/database';
import { cataloguedFiles, readSource, sourcesDir, withoutSources } from './support/sources';

const auditCommission = '003_6b44b8124f27778d.txt';

type OrganisationKind = (typeof schema.organisationKind.enumValues)[number];

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadReference(database.db);
});

afterAll(async () => {
  await database?.dispose();
});

/** Every reference row, in a fixed order, so two snapshots compare field by field. */
async function snapshot() {
  const { db } = database;
  return {
    questions: await db.select().from(selfAssessmentQuestions).orderBy(asc(selfAssessmentQuestions.id)),
    duties: await db.select().from(dutyStatuses).orderBy(asc(dutyStatuses.id)),
    powers: await db.select().from(powers).orderBy(asc(powers.id)),
  };
}

async function statusesAsAt(kind: OrganisationKind, date: string): Promise<string[]> {
  const rows = await database.db
    .select({ status: dutyStatuses.status })
    .from(dutyStatuses)
    .where(
      and(
        eq(dutyStatuses.organisationKind, kind),
        eq(dutyStatuses.regime, 'CA2004_S10'),
        lte(dutyStatuses.validFrom, date),
        or(isNull(dutyStatuses.validTo), gt(dutyStatuses.validTo, date)),
      ),
    );
  return rows.map((row) => row.status);
}

describe('loadReference', () => {
  it('changes nothing when loaded a second time', async () => {
    const before = await snapshot();
    await loadReference(database.db);
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(before.questions).toHaveLength(65);
    expect(before.duties.length).toBeGreaterThan(0);
    expect(before.powers.length).toBeGreaterThan(0);
  });

  it('cites only documents in the catalogue of sources', async () => {
    const { questions, duties, powers: powerRows } = await snapshot();
    const citations: SourceCitation[] = [...questions, ...duties, ...powerRows].flatMap((row) => row.sources);
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) {
      expect(cataloguedFiles.has(citation.document), citation.document).toBe(true);
      expect(citation.locator.trim()).not.toBe('');
    }
    for (const row of [...questions, ...duties, ...powerRows]) {
      expect(row.sources.length, JSON.stringify(row)).toBeGreaterThan(0);
      expect(row.synthetic).toBe(false);
    }
  });
});

describe('self-assessment questions', () => {
  it('has 7 groups, 39 questions and 26 sub-items', async () => {
    const rows = await database.db.select().from(selfAssessmentQuestions);
    const questions = rows.filter((row) => row.parentId === null);
    const subItems = rows.filter((row) => row.parentId !== null);
    expect(new Set(rows.map((row) => row.groupCode))).toEqual(new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G']));
    expect(questions).toHaveLength(39);
    expect(subItems).toHaveLength(26);
    const perGroup = Object.fromEntries(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((code) => [code, questions.filter((q) => q.groupCode === code).length]),
    );
    expect(perGroup).toEqual({ A: 6, B: 11, C: 2, D: 4, E: 4, F: 9, G: 3 });
  });

  it('links each sub-item to a question of its own group, and orders rows as the source does', async () => {
    const rows = await database.db.select().from(selfAssessmentQuestions).orderBy(asc(selfAssessmentQuestions.ordinal));
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(rows.map((row) => row.ordinal)).toEqual(rows.map((_, index) => index + 1));
    expect(rows[0]?.id).toBe('A1');
    expect(rows.at(-1)?.id).toBe('G3');
    for (const row of rows.filter((r) => r.parentId !== null)) {
      const parent = byId.get(row.parentId!);
      expect(parent?.parentId, row.id).toBeNull();
      expect(parent?.groupCode).toBe(row.groupCode);
      expect(parent!.ordinal).toBeLessThan(row.ordinal);
    }
    expect(byId.get('E1a')?.parentId).toBe('E1');
    expect(byId.get('B10.3')?.parentId).toBe('B10');
    expect(byId.get('F6.3')?.text).toBe(
      'Clarify which partners are responsible for managing specific risks at strategic, executive, and operational levels?',
    );
  });

  it.skipIf(!sourcesDir)(`quotes every question and group heading word for word from 003`, async () => {
    const source = readSource(auditCommission);
    const rows = await database.db.select().from(selfAssessmentQuestions);
    for (const row of rows) {
      expect(source.includes(row.text), row.id).toBe(true);
      expect(source.includes(row.groupQuestion), row.groupCode).toBe(true);
      expect(row.sources).toEqual([{ document: auditCommission, locator: 'Ch.6 ¶161' }]);
    }
    // The source's own spelling survives.
    expect(rows.find((row) => row.id === 'A4')?.text).toContain("Children's and Young Peoples' Plan");
  });
});

if (!sourcesDir) console.warn(withoutSources);

describe('duty-to-co-operate statuses', () => {
  it('stores every period, none lost to the no-overlap constraint', async () => {
    const [row] = await database.db.select({ total: count() }).from(dutyStatuses);
    expect(row?.total).toBe(dutyStatusRows().length);
  });

  it.each([
    ['PRIMARY_CARE_TRUST', '2006-01-01', 'DUTY_TO_COOPERATE'],
    ['PRIMARY_CARE_TRUST', '2010-01-01', 'DUTY_TO_COOPERATE'],
    ['SCHOOL', '2006-01-01', 'NO_DUTY'],
    ['SCHOOL', '2010-01-01', 'PROPOSED_DUTY'],
    ['JOBCENTRE_PLUS', '2006-01-01', 'NO_DUTY'],
    ['JOBCENTRE_PLUS', '2010-01-01', 'PROPOSED_DUTY'],
    ['FE_COLLEGE', '2010-01-01', 'PROPOSED_DUTY'],
    ['STRATEGIC_HEALTH_AUTHORITY', '2006-01-01', 'DUTY_TO_COOPERATE'],
    ['PRIVATE_SECTOR', '2010-01-01', 'NO_DUTY'],
  ] as const)('gives %s as at %s the status %s', async (kind, date, status) => {
    expect(await statusesAsAt(kind, date)).toEqual([status]);
  });

  it('has no status before section 10 came into force', async () => {
    expect(await statusesAsAt('PRIMARY_CARE_TRUST', '2005-03-31')).toEqual([]);
  });

  it('keeps the SHA conflict visible by citing the contrary footnote', async () => {
    const rows = await database.db
      .select()
      .from(dutyStatuses)
      .where(eq(dutyStatuses.organisationKind, 'STRATEGIC_HEALTH_AUTHORITY'));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.sources.map((source) => source.locator)).toEqual(
      expect.arrayContaining(['Table 1', '¶101 note I (contrary)']),
    );
  });
});

describe('powers', () => {
  it('loads each power once under its stable code', async () => {
    const rows = await database.db.select().from(powers).orderBy(asc(powers.code));
    expect(rows.map((row) => row.code)).toEqual(powerDefinitions.map((power) => power.code).sort());
    expect(rows.every((row) => row.legalSource)).toBe(true);
  });
});

describe('label catalogue', () => {
  const pgEnums = Object.entries(schema).flatMap(([name, value]) =>
    isPgEnum(value) ? [[name, value.enumValues as readonly string[]] as const] : [],
  );
  const catalogue = labels as unknown as Record<string, Record<string, EnumLabel> | undefined>;

  it('has a record for every enum in the schema, covering exactly its codes', () => {
    expect(pgEnums.length).toBeGreaterThanOrEqual(33);
    for (const [name, codes] of pgEnums) {
      const record = catalogue[`${name}Labels`];
      expect(record, name).toBeDefined();
      expect(Object.keys(record!).sort(), name).toEqual([...codes].sort());
      for (const entry of Object.values(record!)) {
        expect(entry.label.trim(), name).not.toBe('');
        if (entry.source) expect(cataloguedFiles.has(entry.source.document), entry.source.document).toBe(true);
      }
    }
  });

  it("uses the sources' own wording where DOMAIN.md quotes it", () => {
    expect(labels.organisationKindLabels.PRIMARY_CARE_TRUST).toMatchObject({
      label: 'Primary care trust',
      source: { document: auditCommission, locator: 'Table 1' },
    });
    expect(labels.ecmOutcomeLabels.BE_HEALTHY).toEqual({
      label: 'being healthy',
      source: { document: auditCommission, locator: '¶23' },
      alternativeLabels: ['be healthy'],
    });
    expect(labels.decisionRuleLabels.MAJORITY_PRESENT.label).toBe('majority of members in attendance');
    expect(labels.regionLabels.YORKSHIRE_AND_THE_HUMBER.source).toBeUndefined();
  });
});
