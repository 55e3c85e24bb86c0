import { and, eq, getTableName, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceCitation } from '../schema/database/columns';
import {
  accountabilityLines,
  areas,
  bodies,
  bodyDocuments,
  bodyWorkings,
  consultations,
  delegations,
  memberships,
  organisationCoverage,
  people,
  planProducers,
  plans,
  planStatuses,
  postHoldings,
  posts,
  powers,
  resourceCommitments,
  selfAssessmentAnswers,
  selfAssessments,
} from '../schema/database/index';
import { loadReference } from '../seeds/reference/index';
import { loadSampleSelfAssessments } from '../seeds/sourced/self-assessments';
import {
  buildSourcedRows,
  loadSourcedAreas,
  seedSourcedAreas,
  sourcedAreaCodes,
  type InsertCounts,
} from '../seeds/sourced/index';
import { tableThreeAsAt } from '../seeds/sourced/dates';
import { powerCodes } from '../seeds/sourced/powers';
import { countedRoles } from '../seeds/sourced/seats';
import { sourcedTables, type SourcedTableName } from '../seeds/sourced/tables';
import { seedId } from '../seeds/support/ids';
import { organisations as organisationsTable } from '../schema/database/index';
import { selectRows, type Database } from '../src/db';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { cataloguedFiles } from './support/sources';

const tableNames = Object.keys(sourcedTables) as SourcedTableName[];
/** 003 publishes in October 2008; Table 3's sizes are compared as at then. */
const asAt = tableThreeAsAt;

async function rowCounts(db: Database): Promise<Record<SourcedTableName, number>> {
  const counts = {} as Record<SourcedTableName, number>;
  for (const name of tableNames) {
    const table = sql.identifier(getTableName(sourcedTables[name]));
    const [row] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from ${table}`);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

const validAt = (from: string, to: string | null) => from <= asAt && (to === null || to > asAt);

let database: TestDatabase;
let db: Database;
let firstRun: InsertCounts;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  firstRun = await seedSourcedAreas(db);
});

afterAll(async () => {
  await database?.dispose();
});

describe('sourced areas seed', () => {
  it('inserts every declared row once, and a second run changes nothing', async () => {
    const built = buildSourcedRows();
    for (const name of tableNames) expect([name, firstRun[name]]).toEqual([name, built[name].length]);
    const before = await rowCounts(db);
    const secondRun = await seedSourcedAreas(db);
    await loadSourcedAreas(db);
    expect(Object.values(secondRun).every((n) => n === 0)).toBe(true);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('cites only documents in the catalogue of sources, and every row is cited or synthetic', async () => {
    const files = cataloguedFiles;
    for (const name of tableNames) {
      const table = sql.identifier(getTableName(sourcedTables[name]));
      const rows = await selectRows<{ sources: SourceCitation[]; synthetic: boolean }>(
        db,
        sql`select sources, synthetic from ${table}`,
      );
      for (const row of rows) {
        expect(row.sources.length > 0 || row.synthetic, `${name}: uncited, unsynthetic row`).toBe(true);
        for (const citation of row.sources) {
          expect(files.has(citation.document), `${name} cites ${citation.document}`).toBe(true);
          expect(citation.locator.trim().length, `${name}: empty locator`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('attaches 004 alone to a real area only where 004 names the area itself', () => {
    const built = buildSourcedRows();
    const named = new Set(['E09000011', 'E10000024', 'E09000029'].map((code) => seedId('areas', code)));
    const only004 = (sources: SourceCitation[] | undefined) =>
      (sources ?? []).every((s) => s.document.startsWith('004_'));
    const located = [
      ...built.areas.map((r) => ({ area: r.id, ...r })),
      ...built.organisations.map((r) => ({ area: r.areaId, ...r })),
      ...built.bodies.map((r) => ({ area: r.areaId, ...r })),
      ...built.plans.map((r) => ({ area: r.areaId, ...r })),
    ];
    for (const row of located) {
      if (row.synthetic || !only004(row.sources) || row.area === undefined || row.area === null) continue;
      expect(named.has(row.area)).toBe(true);
    }
  });

  it('seeds the upper-tier areas under their GSS codes with ids seedId("areas", code)', async () => {
    expect(new Set(sourcedAreaCodes).size).toBe(sourcedAreaCodes.length);
    const rows = await db.select().from(areas).where(inArray(areas.code, sourcedAreaCodes));
    expect(rows).toHaveLength(sourcedAreaCodes.length);
    const prefixes = { COUNTY: 'E10', UNITARY: 'E06', METROPOLITAN_BOROUGH: 'E08', LONDON_BOROUGH: 'E09' } as const;
    for (const area of rows) {
      expect(area.id).toBe(seedId('areas', area.code));
      expect(area.tier).toBe('UPPER');
      expect(area.code.slice(0, 3)).toBe(prefixes[area.kind as keyof typeof prefixes]);
    }
  });

  it('gives Staffordshire eight district boards and 50 locality groups advising them (003 ¶62)', async () => {
    const staffordshire = seedId('areas', 'E10000028');
    const districts = await db.select().from(areas).where(eq(areas.parentAreaId, staffordshire));
    expect(districts.map((d) => d.code.slice(0, 3))).toEqual(Array(8).fill('E07'));
    const districtBoards = await db
      .select()
      .from(bodies)
      .where(
        and(
          eq(bodies.kind, 'DISTRICT_BOARD'),
          inArray(
            bodies.areaId,
            districts.map((d) => d.id),
          ),
        ),
      );
    expect(districtBoards).toHaveLength(8);
    expect(new Set(districtBoards.map((d) => d.areaId)).size).toBe(8);
    const advice = await db
      .select({ group: bodies })
      .from(accountabilityLines)
      .innerJoin(bodies, eq(bodies.id, accountabilityLines.fromBodyId))
      .where(
        and(
          eq(accountabilityLines.kind, 'ADVISES'),
          inArray(
            accountabilityLines.toBodyId,
            districtBoards.map((d) => d.id),
          ),
        ),
      );
    const groups = new Set(advice.filter((a) => a.group.kind === 'LOCALITY_BOARD').map((a) => a.group.id));
    expect(groups.size).toBe(50);
    expect(advice.every((a) => a.group.synthetic)).toBe(true);
  });

  it.each([
    ["Barnsley Children and Young People's Trust", 2005, 'LEAD_MEMBER', "Lead Member for Children's Services", 13],
    [
      'Cambridgeshire Children and Young People Strategic Partnership',
      2006,
      'DIRECTOR_OF_CHILDRENS_SERVICES',
      "Director of Children's Services",
      24,
    ],
    ["Merton Children's Trust", 2005, 'DIRECTOR_OF_CHILDRENS_SERVICES', "Director of Children's Services", 19],
    [
      'Lancashire Children and Young People Strategic Partnership',
      2008,
      'DIRECTOR_OF_CHILDRENS_SERVICES',
      "Director of Children's Services",
      30,
    ],
    ["Staffordshire Children's Trust", 2005, 'DIRECTOR_OF_CHILDRENS_SERVICES', "Director of Children's Services", 9],
    ["Sunderland Children's Trust", 2004, 'LEADER_OF_THE_COUNCIL', 'Leader of the Council', 20],
    ["Torbay Children's Partnership Trust", 2006, 'LEAD_MEMBER', "Lead Member for Children's Services", 30],
    ["Walsall Children and Young People's Trust", 2005, 'INDEPENDENT', 'Independent Chair', 14],
  ] as const)(
    '%s matches 003 Table 3: %i, %s chair (%s), %i members',
    async (name, year, chairType, chairTitle, size) => {
      const [board] = await db
        .select()
        .from(bodies)
        .where(and(eq(bodies.name, name), eq(bodies.kind, 'CHILDRENS_TRUST_BOARD')));
      expect(board?.established?.slice(0, 4)).toBe(String(year));
      const workings = await db
        .select()
        .from(bodyWorkings)
        .where(eq(bodyWorkings.bodyId, board?.id ?? ''));
      expect(workings.map((row) => row.chairType)).toEqual([chairType]);
      const seats = await db
        .select({ seat: memberships, post: posts })
        .from(memberships)
        .leftJoin(posts, eq(posts.id, memberships.memberPostId))
        .where(eq(memberships.bodyId, board?.id ?? ''));
      const current = seats.filter((s) => validAt(s.seat.validFrom, s.seat.validTo));
      const counted = current.filter((s) => countedRoles.includes(s.seat.role));
      expect(counted).toHaveLength(size);
      const chairs = current.filter((s) => s.seat.role === 'CHAIR');
      expect(chairs).toHaveLength(1);
      expect(chairs[0]?.post?.title.startsWith(chairTitle)).toBe(true);
      expect(chairs[0]?.seat.synthetic).toBe(false);
    },
  );

  it('has a reporting path from Torbay’s Paignton cluster team to the Torbay LSP', async () => {
    const torbay = seedId('areas', 'E06000027');
    const [cluster] = await db.select().from(bodies).where(eq(bodies.name, 'Paignton cluster team'));
    const [lsp] = await db
      .select()
      .from(bodies)
      .where(and(eq(bodies.kind, 'LSP'), eq(bodies.areaId, torbay)));
    const lines = await db
      .select()
      .from(accountabilityLines)
      .where(inArray(accountabilityLines.kind, ['REPORTS_TO', 'SUB_GROUP_OF', 'ADVISES']));
    const next = new Map<string, string[]>();
    for (const line of lines.filter((l) => l.fromBodyId && l.toBodyId && validAt(l.validFrom, l.validTo))) {
      next.set(line.fromBodyId!, [...(next.get(line.fromBodyId!) ?? []), line.toBodyId!]);
    }
    const seen = new Set<string>([cluster!.id]);
    const queue = [cluster!.id];
    while (queue.length > 0)
      for (const to of next.get(queue.shift()!) ?? []) if (!seen.has(to)) seen.add(to) && queue.push(to);
    expect(seen.has(lsp!.id)).toBe(true);
  });

  it('labels every budget and contribution amount synthetic', async () => {
    const contributions = await selectRows<{ amount: string | null; synthetic: boolean }>(
      db,
      sql`select amount, synthetic from contributions`,
    );
    expect(contributions.length).toBeGreaterThan(0);
    expect(contributions.every((c) => c.synthetic)).toBe(true);
    const arrangements = await selectRows<{ kind: string; host_id: string | null; synthetic: boolean }>(
      db,
      sql`select kind, host_id, synthetic from budget_arrangements`,
    );
    expect(arrangements.every((a) => a.synthetic)).toBe(true);
    expect(arrangements.some((a) => a.kind === 'POOLED' && a.host_id !== null)).toBe(true);
    expect(arrangements.some((a) => a.kind === 'ALIGNED' && a.host_id === null)).toBe(true);
    const commitments = await selectRows<{ amount: string | null; synthetic: boolean }>(
      db,
      sql`select amount, synthetic from resource_commitments where amount is not null`,
    );
    expect(commitments.every((c) => c.synthetic)).toBe(true);
  });

  it('records an LSCB consultation on a CYPP before the plan was adopted', async () => {
    const rows = await db
      .select({ consultedOn: consultations.consultedOn, adoptedOn: plans.adoptedOn })
      .from(consultations)
      .innerJoin(plans, eq(plans.id, consultations.planId))
      .innerJoin(bodies, eq(bodies.id, consultations.consulteeBodyId))
      .where(and(eq(plans.kind, 'CYPP'), eq(bodies.kind, 'LSCB')));
    expect(rows.some((r) => r.adoptedOn !== null && r.consultedOn < r.adoptedOn)).toBe(true);
  });
});

describe('sourced areas seed: the facts the rules and figures need', () => {
  const held = (from: string, to: string | null, on: string) => from <= on && (to === null || to > on);
  const seatsOf = async (bodyKey: string) =>
    db
      .select({ member: memberships.memberOrganisationId, post: memberships.memberPostId, m: memberships })
      .from(memberships)
      .where(eq(memberships.bodyId, seedId('bodies', bodyKey)));

  it('seats the statutory partners on every LSCB, and the DCS on both boards where there is one (004 ¶83)', async () => {
    const lscbs = await db.select().from(bodies).where(eq(bodies.kind, 'LSCB'));
    expect(lscbs.length).toBeGreaterThanOrEqual(9);
    const seats = await db
      .select()
      .from(memberships)
      .where(
        inArray(
          memberships.bodyId,
          lscbs.map((l) => l.id),
        ),
      );
    for (const lscb of lscbs) {
      const own = seats.filter((seat) => seat.bodyId === lscb.id && held(seat.validFrom, seat.validTo, asAt));
      expect(own.length, lscb.name).toBeGreaterThanOrEqual(4);
      expect(own.every((seat) => seat.synthetic && seat.sources.some((c) => c.locator === '¶83'))).toBe(true);
    }
    const dcs = seedId('posts', 'staffordshire/post/dcs');
    const onBoth = (await db.select().from(memberships).where(eq(memberships.memberPostId, dcs))).map((m) => m.bodyId);
    expect(onBoth).toEqual(
      expect.arrayContaining([seedId('bodies', 'staffordshire/trust-board'), seedId('bodies', 'staffordshire/lscb')]),
    );
  });

  it('gives Staffordshire’s board a PCT seat in 2005-06, held by the PCTs that merged in October 2006', async () => {
    const seats = await seatsOf('staffordshire/trust-board');
    const pctsOn = async (on: string) => {
      const ids = seats.filter((s) => s.member && held(s.m.validFrom, s.m.validTo, on)).map((s) => s.member!);
      const rows = ids.length
        ? await db.select().from(organisationsTable).where(inArray(organisationsTable.id, ids))
        : [];
      return rows
        .filter((o) => o.kind === 'PRIMARY_CARE_TRUST')
        .map((o) => o.name)
        .sort();
    };
    expect(await pctsOn('2005-10-01')).toHaveLength(6);
    expect(await pctsOn('2008-10-01')).toEqual(['North Staffordshire PCT', 'South Staffordshire PCT']);
  });

  it('records the Walsall strategy’s eight producers as producers (003 Fig 15), not as commitments', async () => {
    const strategy = seedId('plans', 'walsall/joint-commissioning-strategy-2007');
    const producers = await db.select().from(planProducers).where(eq(planProducers.planId, strategy));
    expect(producers).toHaveLength(8);
    expect(producers.filter((p) => p.producerBodyId !== null)).toHaveLength(2);
    expect(producers.every((p) => !p.synthetic && p.sources.some((c) => c.locator === 'Fig 15'))).toBe(true);
    expect(await db.select().from(resourceCommitments).where(eq(resourceCommitments.planId, strategy))).toEqual([]);
  });

  it('labels Merton’s post as Fig 12 does, with a holder since January 2008 and no invented name', async () => {
    const postId = seedId('posts', 'merton/post/partnership-development-manager');
    const [post] = await db.select().from(posts).where(eq(posts.id, postId));
    expect(post?.title).toBe("Merton Children's Partnership Development Manager");
    const holdings = await db
      .select({ holding: postHoldings, name: people.name })
      .from(postHoldings)
      .innerJoin(people, eq(people.id, postHoldings.personId))
      .where(eq(postHoldings.postId, postId));
    expect(holdings.map((h) => [h.holding.validFrom, h.name])).toEqual([['2008-01-01', null]]);
    const named = await db
      .select()
      .from(people)
      .where(sql`${people.name} IS NOT NULL`);
    expect(named).toEqual([]);
  });

  it('dates the plans’ statuses and records children and young people consulted on Staffordshire’s CYPP', async () => {
    const cypp = seedId('plans', 'staffordshire/cypp-2006');
    const groups = await db.select().from(consultations).where(eq(consultations.planId, cypp));
    const children = groups.find((c) => c.consulteeGroup === 'CHILDREN_AND_YOUNG_PEOPLE');
    expect(children).toMatchObject({ synthetic: true, consultedOn: '2006-03-15' });
    expect(children!.sources).toEqual([{ document: '003_6b44b8124f27778d.txt', locator: '¶72' }]);
    expect(groups.some((c) => c.consulteeGroup === 'PARENTS_AND_CARERS')).toBe(false);
    const strategy = seedId('plans', 'walsall/joint-commissioning-strategy-2007');
    const statuses = await db.select().from(planStatuses).where(eq(planStatuses.planId, strategy));
    expect(statuses).toMatchObject([{ status: 'IN_PLACE', validFrom: '2007-11-01', validTo: null, synthetic: false }]);
  });

  it('marks Leicestershire’s board and everything on it synthetic: 001 describes no board', async () => {
    const board = seedId('bodies', 'leicestershire/trust-board');
    const [row] = await db.select().from(bodies).where(eq(bodies.id, board));
    expect(row?.synthetic).toBe(true);
    const seats = await db.select().from(memberships).where(eq(memberships.bodyId, board));
    expect(seats.length).toBeGreaterThan(0);
    expect(seats.every((seat) => seat.synthetic)).toBe(true);
  });

  it('has Shropshire two-tier in 2008, with five districts, ending in April 2009', async () => {
    const [county] = await db.select().from(areas).where(eq(areas.code, 'E10000026'));
    expect(county).toMatchObject({ kind: 'COUNTY', tier: 'UPPER', validTo: '2009-04-01' });
    const districts = await db.select().from(areas).where(eq(areas.parentAreaId, county!.id));
    expect(districts.map((d) => d.name).sort()).toEqual([
      'Bridgnorth',
      'North Shropshire',
      'Oswestry',
      'Shrewsbury and Atcham',
      'South Shropshire',
    ]);
    expect(await db.select().from(areas).where(eq(areas.code, 'E06000051'))).toEqual([]);
  });

  it('cites Children England (002 Q3) on the seats of the voluntary sector', async () => {
    const vcs = await db
      .select({ sources: memberships.sources })
      .from(memberships)
      .innerJoin(organisationsTable, eq(organisationsTable.id, memberships.memberOrganisationId))
      .where(eq(organisationsTable.kind, 'VOLUNTARY_AND_COMMUNITY'));
    const cited = vcs.filter((seat) =>
      seat.sources.some((c: SourceCitation) => c.document.startsWith('002_') && c.locator === 'Q3'),
    );
    expect(cited.length).toBeGreaterThanOrEqual(8);
  });

  it('gives each case-study board adopted terms of reference, their items synthetic (003 Table 5, ¶81)', async () => {
    const documents = await db.select().from(bodyDocuments).where(eq(bodyDocuments.kind, 'TERMS_OF_REFERENCE'));
    expect(documents).toHaveLength(8);
    for (const document of documents) {
      expect(document).toMatchObject({ status: 'ADOPTED', synthetic: true });
      expect(document.covers.slice(0, 6)).toEqual([
        'CHAIR_AND_MEMBERS',
        'DECISION_MAKING',
        'MEMBERSHIP',
        'COMMISSIONING',
        'ALIGNMENT',
        'RELATIONSHIPS',
      ]);
    }
  });
});

describe('sourced areas seed: coterminosity from coverage', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(db);
  });
  afterAll(async () => {
    await api?.close();
  });
  const query = `query($ids: [ID!]!, $asOf: Date) { nodes(ids: $ids) { ... on Area {
    name coterminosity(asOf: $asOf) { withPct withPolice pcts { name } policeServices { name } } } } }`;
  const read = async (codes: string[], asOf: string) => {
    const ids = codes.map((code) => toGlobalId('Area', seedId('areas', code)));
    const response = await api.query(query, { ids, asOf });
    expect(response.errors).toBeUndefined();
    return new Map<string, Loose>(response.data.nodes.map((area: Loose) => [area.name, area.coterminosity]));
  };

  // Each PCT, care trust and police service covers what it served, as far as the sourced areas reach: Rutland,
  // Blackpool, Blackburn with Darwen and Stoke-on-Trent are not among them, so their neighbours read coterminous.
  const expected: [string, string, boolean, boolean | null][] = [
    ['E10000028', 'Staffordshire', false, true],
    ['E08000030', 'Walsall', true, true],
    ['E09000024', 'Merton', false, false],
    ['E10000018', 'Leicestershire', true, true],
    ['E10000017', 'Lancashire', false, true],
    ['E08000016', 'Barnsley', true, true],
    // Berkshire West PCT served two other unitaries; no police service is recorded for Reading.
    ['E06000038', 'Reading', false, null],
  ];

  it('reads each area’s PCT and police coterminosity from the coverage recorded for June 2008', async () => {
    const found = await read(
      expected.map(([code]) => code),
      '2008-06-01',
    );
    for (const [, name, withPct, withPolice] of expected) {
      expect([name, found.get(name)?.withPct, found.get(name)?.withPolice]).toEqual([name, withPct, withPolice]);
    }
    expect(found.get('Merton').pcts).toEqual([{ name: 'Sutton and Merton PCT' }]);
    expect(found.get('Reading').pcts).toEqual([{ name: 'Berkshire West PCT' }]);
    expect(found.get('Lancashire').pcts).toHaveLength(3);
  });

  it('dates Staffordshire’s PCT coverage as the PCTs: six before the October 2006 merger, two after', async () => {
    const before = (await read(['E10000028'], '2006-09-30')).get('Staffordshire');
    const after = (await read(['E10000028'], '2006-10-01')).get('Staffordshire');
    expect(before.pcts).toHaveLength(6);
    expect(after.pcts.map((pct: Loose) => pct.name).sort()).toEqual([
      'North Staffordshire PCT',
      'South Staffordshire PCT',
    ]);
    expect([before.withPct, after.withPct]).toEqual([false, false]);
  });

  it('marks the coverage of PCTs and police services synthetic, each citing its support', async () => {
    const rows = await db
      .select({ kind: organisationsTable.kind, coverage: organisationCoverage })
      .from(organisationCoverage)
      .innerJoin(organisationsTable, eq(organisationsTable.id, organisationCoverage.organisationId))
      .where(inArray(organisationsTable.kind, ['PRIMARY_CARE_TRUST', 'CARE_TRUST', 'POLICE_SERVICE']));
    expect(rows.length).toBeGreaterThan(0);
    for (const { kind, coverage } of rows) {
      expect([kind, coverage.synthetic, coverage.sources.length > 0]).toEqual([kind, true, true]);
    }
  });
});

describe('sourced areas seed after a reference loader', () => {
  let other: TestDatabase;
  beforeAll(async () => {
    other = await createTestDatabase();
  });
  afterAll(async () => {
    await other?.dispose();
  });

  it('reuses a power another seed already holds under the same code', async () => {
    const [existing] = await other.db
      .insert(powers)
      .values({ code: powerCodes.section31Pool, description: 'Held by reference data', sources: [] })
      .returning();
    await loadSourcedAreas(other.db);
    const pooled = await other.db.select().from(delegations).where(eq(delegations.powerId, existing!.id));
    expect(pooled.length).toBeGreaterThan(0);
    const second = await seedSourcedAreas(other.db);
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
  });

  it('gives each case-study board a sample self-assessment for 2008-09, every answer scored and synthetic', async () => {
    await loadReference(other.db);
    await loadSourcedAreas(other.db);
    const first = await loadSampleSelfAssessments(other.db);
    expect(first).toBe(8 + 8 * 65);
    expect(await loadSampleSelfAssessments(other.db)).toBe(0);
    const assessments = await other.db.select().from(selfAssessments);
    expect(assessments).toHaveLength(8);
    expect(assessments.filter((a) => a.published)).toHaveLength(4);
    const answers = await other.db.select().from(selfAssessmentAnswers);
    expect(answers.every((a) => a.synthetic && a.score !== null && a.score >= 1 && a.score <= 4)).toBe(true);
    expect(new Set(answers.map((a) => a.score)).size).toBe(4);
  });
});
