import { getTableName, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areas } from '../schema/database/index';
import { selectAreas } from '../seeds/national/areas';
import { generateNational } from '../seeds/national/generate';
import { loadNational } from '../seeds/national/index';
import { insertionOrder } from '../seeds/national/rows';
import { seedId } from '../seeds/support/ids';
import { table6 } from '../src/modules/statistics/figures';
import { table44, table5 } from '../src/modules/statistics/governance-figures';
import { selectRows, type Database } from '../src/db';
import { exhaustiveReads, startApi, type Loose } from './support/api';
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
  'body_workings',
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
  'plan_statuses',
  'consultations',
  'resource_commitments',
  'plan_targets',
  'plan_producers',
  'self_assessments',
  'self_assessment_answers',
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

  it('loses no generated row to a conflict (one chair at a time, no overlapping seats or lines)', () => {
    const generated = generateNational(
      selectAreas('national').filter((area) => area.code !== realArea.code),
      1,
    );
    for (const [key, table] of insertionOrder) {
      const expected = generated[key].length + (key === 'areas' ? 1 : 0);
      expect(firstCounts[getTableName(table)], key).toBe(expected);
    }
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

const within = (actual: number, expected: number, tolerance: number) => {
  expect(actual).toBeGreaterThanOrEqual(expected - tolerance);
  expect(actual).toBeLessThanOrEqual(expected + tolerance);
};
const current = (alias: string) =>
  sql.raw(`${alias}.valid_from <= '${asAt}' and (${alias}.valid_to is null or ${alias}.valid_to > '${asAt}')`);

/** Per partner kind, the percentage of boards on which a member for that kind can commit its resources. */
async function committingShares(): Promise<Map<string, number>> {
  const found = await rows<{ kind: string; share: string }>(
    national.db,
    sql`select o.kind::text as kind,
          100.0 * count(distinct m.body_id) / (select count(*) from bodies where kind = 'CHILDRENS_TRUST_BOARD') as share
        from memberships m join bodies b on b.id = m.body_id join organisations o on o.id = m.on_behalf_of_id
        where b.kind = 'CHILDRENS_TRUST_BOARD' and m.can_commit_resources group by 1`,
  );
  return new Map(found.map((row) => [row.kind, Number(row.share)]));
}

describe('national seed: proportions follow DOMAIN.md §5', () => {
  let committing: Map<string, number> | undefined;

  it('boards are chaired from the council, another partner or independently within ±6 points of 88/10/2 (003 ¶84)', async () => {
    const [row] = await rows<{
      boards: number;
      council: string;
      other: string;
      independent: string;
      mismatched: number;
    }>(
      national.db,
      sql`select count(*)::int as boards,
            100.0 * count(*) filter (where o.kind = 'LOCAL_AUTHORITY') / count(*) as council,
            100.0 * count(*) filter (where o.kind <> 'LOCAL_AUTHORITY') / count(*) as other,
            100.0 * count(*) filter (where m.on_behalf_of_id is null) / count(*) as independent,
            count(*) filter (where (w.chair_type in ('LEAD_MEMBER', 'DIRECTOR_OF_CHILDRENS_SERVICES', 'LEADER_OF_THE_COUNCIL',
              'CHIEF_EXECUTIVE')) <> (o.kind is not distinct from 'LOCAL_AUTHORITY'))::int as mismatched
          from bodies b
          join memberships m on m.body_id = b.id and m.role = 'CHAIR' and ${current('m')}
          left join body_workings w on w.body_id = b.id and ${current('w')}
          left join organisations o on o.id = m.on_behalf_of_id
          where b.kind = 'CHILDRENS_TRUST_BOARD'`,
    );
    expect(row!.boards).toBe(149); // one chair at a time, on every generated board
    within(Number(row!.council), 88, 6);
    within(Number(row!.other), 10, 6);
    within(Number(row!.independent), 2, 6);
    expect(row!.mismatched).toBe(0);
  });

  it('trusts report to their LSP within ±8 points of 83% (003 ¶148)', async () => {
    const share =
      await shareOfBoards(sql`exists (select 1 from accountability_lines l join bodies t on t.id = l.to_body_id
      where l.from_body_id = b.id and l.kind = 'REPORTS_TO' and t.kind = 'LSP')`);
    within(share, 83, 8);
  });

  it.each(table6)(
    '%s members can commit resources on a share of boards within ±10 points of %i per cent (003 Table 6)',
    async (kind, expected) => {
      committing ??= await committingShares();
      within(committing.get(kind) ?? 0, expected, 10);
    },
  );

  it('boards are scrutinised in the shares 003 ¶149 gives (±8 points)', async () => {
    const scrutinisedBy = (condition: string) =>
      shareOfBoards(
        sql.raw(`exists (select 1 from accountability_lines l left join bodies t on t.id = l.to_body_id
        left join organisations o on o.id = l.to_organisation_id
        where l.from_body_id = b.id and l.kind = 'SCRUTINISED_BY' and ${condition})`),
      );
    const cyp = await scrutinisedBy(`t.name like '%Children and Young People Scrutiny Committee'`);
    expect(cyp).toBeGreaterThan(60);
    within(cyp, 63, 8);
    within(await scrutinisedBy(`t.name like '%Overview and Scrutiny Management Committee'`), 50, 8);
    within(await scrutinisedBy(`t.name like '%Health Overview and Scrutiny Committee'`), 36, 8);
    within(await scrutinisedBy(`o.kind = 'POLICE_AUTHORITY'`), 9, 8);
  });

  it('boards seat 6 to 32 members, district councillors speak for whom 003 ¶140 says (±8 points)', async () => {
    const [size] = await rows<{ smallest: number; largest: number }>(
      national.db,
      sql`select min(n)::int as smallest, max(n)::int as largest from (
            select count(m.id) as n from bodies b join memberships m on m.body_id = b.id and m.role <> 'ATTENDEE' and ${current('m')}
            where b.kind = 'CHILDRENS_TRUST_BOARD' group by b.id) seats`,
    );
    expect(size!.smallest).toBeGreaterThanOrEqual(6);
    expect(size!.largest).toBeLessThanOrEqual(32);
    const [seats] = await rows<{ own: string; all: string; other: string }>(
      national.db,
      sql`select 100.0 * count(*) filter (where m.constituency = 'OWN_ORGANISATION') / count(*) as own,
            100.0 * count(*) filter (where m.constituency = 'ALL_DISTRICTS') / count(*) as all,
            100.0 * count(*) filter (where m.constituency = 'OTHER') / count(*) as other
          from memberships m join bodies b on b.id = m.body_id join organisations o on o.id = m.on_behalf_of_id
          where b.kind = 'CHILDRENS_TRUST_BOARD' and o.kind = 'DISTRICT_COUNCIL'`,
    );
    within(Number(seats!.own), 61, 8);
    within(Number(seats!.all), 23, 8);
    within(Number(seats!.other), 16, 8);
  });

  it('every board must consult its LSCB, which mostly stands independent of it (004 ¶84)', async () => {
    within(
      await shareOfBoards(sql`exists (select 1 from accountability_lines l join bodies t on t.id = l.to_body_id
      where l.from_body_id = b.id and l.kind = 'MUST_CONSULT' and t.kind = 'LSCB')`),
      100,
      0,
    );
    const independent =
      await shareOfBoards(sql`not exists (select 1 from accountability_lines l join bodies f on f.id = l.from_body_id
      where l.to_body_id = b.id and f.kind = 'LSCB' and l.kind in ('ACCOUNTABLE_TO', 'SUB_GROUP_OF'))`);
    expect(independent).toBeGreaterThanOrEqual(70);
    expect(independent).toBeLessThan(100);
  });

  it('pools funds in just over a third of areas and aligns in three quarters (003 ¶111, ¶115; ±8 points)', async () => {
    const areaShare = (kind: string) =>
      shareOfBoards(
        sql`exists (select 1 from budget_arrangements a where a.area_id = b.area_id and a.kind::text = ${kind})`,
      );
    within(await areaShare('POOLED'), 36, 8);
    within(await areaShare('ALIGNED'), 75, 8);
    const bases = await rows<{ basis: string; n: number }>(
      national.db,
      sql`select legal_basis as basis, count(*)::int as n from budget_arrangements where kind = 'POOLED' group by 1 order by 2 desc`,
    );
    expect(bases.map((b) => b.basis)[0]).toBe('HEALTH_ACT_1999_S31');
    expect(
      bases.every((b) => ['HEALTH_ACT_1999_S31', 'CHILDREN_ACT_2004_S10', 'NHS_ACT_1977_S28A'].includes(b.basis)),
    ).toBe(true);
  });

  it('has joint commissioning strategies in place in nearly half of areas and planned in 40% (003 ¶94; ±8 points)', async () => {
    const statusShare = (status: string) =>
      shareOfBoards(
        sql`exists (select 1 from plans p join plan_statuses s on s.plan_id = p.id
            where p.area_id = b.area_id and p.kind = 'JOINT_COMMISSIONING_STRATEGY' and s.status::text = ${status}
              and s.valid_from <= '2008-06-01' and (s.valid_to is null or s.valid_to > '2008-06-01'))`,
      );
    within(await statusShare('IN_PLACE'), 47, 8);
    within(await statusShare('PLANNED'), 40, 8);
    // Every CYPP consulted children and young people before adoption, as all 75 NFER analysed had (003 ¶72).
    const consulted = await shareOfBoards(
      sql`exists (select 1 from plans p join consultations c on c.plan_id = p.id
          where p.area_id = b.area_id and p.kind = 'CYPP' and c.consultee_group = 'CHILDREN_AND_YOUNG_PEOPLE'
            and c.consulted_on < p.adopted_on)`,
    );
    expect(consulted).toBe(100);
  });

  it('has a coterminous PCT in about 25 of 31 areas (004 ¶66; ±8 points) and police forces shared across areas', async () => {
    const [row] = await rows<{ share: string; forces: number; widest: number }>(
      national.db,
      sql`with cover as (
            select c.area_id, c.organisation_id from organisation_coverage c
            join organisations o on o.id = c.organisation_id join areas a on a.id = c.area_id
            where o.kind = 'PRIMARY_CARE_TRUST' and a.tier = 'UPPER' and ${current('c')})
          select 100.0 * count(*) filter (where (select count(*) from cover x where x.area_id = a.id) = 1
              and (select count(*) from cover y join cover z on z.organisation_id = y.organisation_id where y.area_id = a.id) = 1)
              / count(*) as share,
            (select count(*)::int from organisations where kind = 'POLICE_SERVICE') as forces,
            (select max(n)::int from (select count(*) as n from organisation_coverage c join organisations o
              on o.id = c.organisation_id where o.kind = 'POLICE_SERVICE' group by o.id) per_force) as widest
          from areas a where a.tier = 'UPPER' and a.synthetic`,
    );
    within(Number(row!.share), (100 * 25) / 31, 8);
    expect(row!.forces).toBe(39);
    expect(row!.widest).toBeGreaterThanOrEqual(2);
  });

  it('gives every area 3 to 11 localities whose boards advise the trust board (004 ¶65)', async () => {
    const [row] = await rows<{ fewest: number; most: number; unlinked: number }>(
      national.db,
      sql`select min(n)::int as fewest, max(n)::int as most,
            (select count(*)::int from bodies l where l.kind = 'LOCALITY_BOARD' and not exists (select 1 from accountability_lines x
              join bodies t on t.id = x.to_body_id where x.from_body_id = l.id and x.kind = 'ADVISES' and t.kind = 'CHILDRENS_TRUST_BOARD')) as unlinked
          from (select count(l.id) as n from areas a join areas l on l.tier = 'LOCAL' and l.code like a.code || '-L%'
            where a.tier = 'UPPER' and a.synthetic group by a.id) localities`,
    );
    expect(row).toEqual({ fewest: 3, most: 11, unlinked: 0 });
  });
});

describe('statistics reproduces DOMAIN.md §5 on the national data set', () => {
  let figures: Map<string, Loose>;
  let statements: number;

  beforeAll(async () => {
    const api = await startApi(national.db);
    const response = await api.query(
      `query($asOf: Date) { statistics(asOf: $asOf) {
      scope areas boards figures { id numerator denominator value unit referenceValue suppressed sources { document } } } }`,
      { asOf: asAt },
    );
    await api.close();
    expect(response.errors).toBeUndefined();
    expect(response.data.statistics).toMatchObject({ scope: 'England', boards: 149 });
    figures = new Map(response.data.statistics.figures.map((figure: Loose) => [figure.id, figure]));
    statements = response.statements;
  });

  const tolerances: [string, number][] = [
    ['chair.council', 6],
    ['chair.other-partner', 6],
    ['chair.independent', 6],
    ['board.reports-to-lsp', 8],
    ['scrutiny.local-authority', 8],
    ['scrutiny.health', 8],
    ['scrutiny.police-authority', 8],
    ['districts.own-authority', 8],
    ['districts.all-districts', 8],
    ['districts.other', 8],
    ['budgets.pooled-areas', 8],
    ['budgets.aligned-areas', 8],
    ['commissioning.strategy-in-place', 8],
    ['commissioning.strategy-planned', 8],
    ['coterminosity.pct', 8],
    ['lead-member.on-board', 8],
    ['private-sector.on-board', 8],
    ...table6.map(([kind]) => [`resources.${kind}`, 10] as [string, number]),
    ['chair.council-elected-member', 6],
    ['chair.council-director', 6],
    ['chair.council-chief-executive', 6],
    ...table5.map(([item]) => [`terms-of-reference.${item}`, 8] as [string, number]),
    ['lscb.board-manager-member', 8],
    ['budgets.all-services-areas', 8],
    ...table44.map(([service]) => [`budgets.pooled-for.${service}`, 8] as [string, number]),
  ];
  it.each(tolerances)('%s lies within ±%i points of the sources’ value', (id, tolerance) => {
    const figure = figures.get(id);
    expect(figure.suppressed).toBe(false);
    expect(figure.value).toBeCloseTo((100 * figure.numerator) / figure.denominator, 1);
    within(figure.value, figure.referenceValue, tolerance);
  });

  it('gives the board sizes within the pathfinders’ range, every board consulting its LSCB, in a few statements', () => {
    expect(figures.get('board.size.smallest').value).toBeGreaterThanOrEqual(6);
    expect(figures.get('board.size.largest').value).toBeLessThanOrEqual(32);
    expect(figures.get('lscb.must-consult').value).toBe(100);
    expect(figures.get('scrutiny.children-and-young-people').value).toBeGreaterThan(60);
    for (const figure of figures.values()) expect(figure.sources.length, figure.id).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(10);
  });
});

/** Rules that could not be met on the national data until the generator recorded the facts they read. */
const factRules = [
  'plan.jsna',
  'plan.jsna-informs',
  'plan.la-pct-joint-sign-off',
  'yot.formal-accountability',
  'board.self-review',
];

describe('the rules that read JSNAs, producers, YOT lines and self-assessments have facts to judge', () => {
  let outcomes: Map<string, Set<string>>;
  let scores: Loose;

  beforeAll(async () => {
    const codes = await rows<{ code: string }>(
      national.db,
      sql`select code from areas where tier = 'UPPER' and synthetic order by code limit 40`,
    );
    const api = await startApi(national.db);
    outcomes = new Map(factRules.map((rule) => [rule, new Set<string>()]));
    for (const { code } of codes) {
      const response = await api.query(
        `query($code: String!, $asOf: Date) { compliance(areaCode: $code, asOf: $asOf) {
          findings { rule { id } outcome } } }`,
        { code, asOf: asAt },
      );
      expect(response.errors).toBeUndefined();
      for (const finding of response.data.compliance.findings) outcomes.get(finding.rule.id)?.add(finding.outcome);
    }
    const answered = await api.query(
      `{ selfAssessmentScores(cycle: "2008-09") { assessments groups { groupCode distribution { score answers } } } }`,
    );
    await api.close();
    expect(answered.errors).toBeUndefined();
    scores = answered.data.selfAssessmentScores;
  });

  it.each(factRules)('%s is met in some areas and not met in others', (rule) => {
    expect([...outcomes.get(rule)!].sort()).toEqual(expect.arrayContaining(['MET', 'NOT_MET']));
  });

  it('gives the self-assessment scores a national distribution of dozens of boards, not a handful of samples', () => {
    expect(scores.assessments).toBeGreaterThan(30);
    expect(scores.groups.length).toBe(7);
    // Boards stand at different levels: every score of the scale is given somewhere in every group.
    for (const group of scores.groups) {
      const given = group.distribution.filter((count: Loose) => count.answers > 0).map((count: Loose) => count.score);
      expect(given, group.groupCode).toEqual([1, 2, 3, 4]);
    }
  });

  it('dates every JSNA from the duty’s start in April 2008 (003 ¶43) and names the LA among every CYPP’s producers', async () => {
    const [row] = await rows<{ early: number; jsnas: number; without: number }>(
      national.db,
      sql`select count(*) filter (where period_start < '2008-04-01' or adopted_on < '2008-04-01')::int as early,
            count(*)::int as jsnas,
            (select count(*)::int from plans c where c.kind = 'CYPP' and exists (select 1 from plan_producers r
              where r.plan_id = c.id) and not exists (select 1 from plan_producers r join organisations o
              on o.id = r.producer_organisation_id where r.plan_id = c.id and o.kind = 'LOCAL_AUTHORITY')) as without
          from plans where kind = 'JSNA'`,
    );
    expect(row).toEqual({ early: 0, jsnas: 149, without: 0 });
  });

  it('names the authority and the area’s PCTs, and no one else, as every JSNA’s producers (003 ¶43)', async () => {
    const [row] = await rows<{
      jsnas: number;
      withAuthority: number;
      withPct: number;
      others: number;
      sourced: number;
    }>(
      national.db,
      sql`select count(*)::int as jsnas,
            count(*) filter (where exists (select 1 from plan_producers r join organisations o
              on o.id = r.producer_organisation_id where r.plan_id = j.id and o.kind = 'LOCAL_AUTHORITY'
              and o.area_id = j.area_id))::int as "withAuthority",
            count(*) filter (where exists (select 1 from plan_producers r join organisations o
              on o.id = r.producer_organisation_id where r.plan_id = j.id and o.kind = 'PRIMARY_CARE_TRUST'))::int
              as "withPct",
            (select count(*)::int from plan_producers r join plans p on p.id = r.plan_id
              left join organisations o on o.id = r.producer_organisation_id
              where p.kind = 'JSNA' and (o.kind is null or o.kind not in ('LOCAL_AUTHORITY', 'PRIMARY_CARE_TRUST')))
              as others,
            (select count(*)::int from plan_producers r join plans p on p.id = r.plan_id
              where p.kind = 'JSNA' and r.synthetic
              and r.sources @> '[{"document": "003_6b44b8124f27778d.txt", "locator": "¶43"}]'::jsonb) as sourced
          from plans j where j.kind = 'JSNA'`,
    );
    expect(row).toMatchObject({ jsnas: 149, withAuthority: 149, withPct: 149, others: 0 });
    // Each producer is synthetic and cites the paragraph that gives the duty; the PCTs are one or two per area.
    expect(row!.sourced).toBeGreaterThanOrEqual(2 * 149);
    expect(row!.sourced).toBeLessThanOrEqual(3 * 149);
  });
});

/** Rows of the tables a run writes, without the timestamps the database stamps on insert. */
async function dump(db: Database): Promise<Map<string, unknown>> {
  const all = new Map<string, unknown>();
  for (const table of tables) {
    const found = await rows<{ id: string; row: unknown }>(
      db,
      sql.raw(`select id::text as id, to_jsonb(t) - 'created_at' - 'updated_at' as row from ${table} t`),
    );
    for (const { id, row } of found) all.set(`${table}/${id}`, row);
  }
  return all;
}

describe('national seed: determinism', () => {
  let sameSeed: TestDatabase;
  let otherSeed: TestDatabase;

  beforeAll(async () => {
    sameSeed = await createTestDatabase();
    otherSeed = await createTestDatabase();
    await loadNational(sameSeed.db, { areas: 12, seedNumber: 1 });
    await loadNational(otherSeed.db, { areas: 12, seedNumber: 2 });
  });

  afterAll(async () => {
    await sameSeed?.dispose();
    await otherSeed?.dispose();
  });

  it('gives identical rows for the same seed number: the first 12 areas are exactly those of the national run', async () => {
    const subset = await dump(sameSeed.db);
    const whole = await dump(national.db);
    expect(subset.size).toBeGreaterThan(2_000);
    for (const [key, row] of subset) expect(whole.get(key), key).toEqual(row);
  });

  it('gives different data for a different seed number', async () => {
    const [one, two] = [await dump(sameSeed.db), await dump(otherSeed.db)];
    const differing = [...one].filter(([key, row]) => JSON.stringify(two.get(key)) !== JSON.stringify(row));
    expect(differing.length).toBeGreaterThan(one.size / 10);
  });
});

/** The chair type a seat in the chair stands for: a council post by its title, anyone else by who they are. */
function chairTypeOfSeat(seat: Loose): string[] {
  const title: string = seat.memberPost?.title ?? '';
  if (!seat.onBehalfOf) return ['INDEPENDENT'];
  if (seat.onBehalfOf.organisationKind !== 'LOCAL_AUTHORITY') return ['OTHER_PARTNER', 'ALTERNATING_LA_PCT'];
  const byTitle: [string, string][] = [
    ["Lead Member for Children's Services", 'LEAD_MEMBER'],
    ["Director of Children's Services", 'DIRECTOR_OF_CHILDRENS_SERVICES'],
    ['Leader of the Council', 'LEADER_OF_THE_COUNCIL'],
    ['Chief Executive', 'CHIEF_EXECUTIVE'],
  ];
  // A board whose chair alternates between the authority and the PCT is chaired by either (004 ¶87).
  return [...byTitle.filter(([prefix]) => title.startsWith(prefix)).map(([, type]) => type), 'ALTERNATING_LA_PCT'];
}

describe('a board’s chair type is read as at the date asked', () => {
  it.each(['2008-03-31', asAt])(
    'on %s every board reports the chair type of the post then in its chair, in a constant number of statements',
    async (date) => {
      const api = await startApi(national.db, exhaustiveReads);
      const query = `query($asOf: Date, $first: Int, $after: String) {
        bodies(asOf: $asOf, first: $first, after: $after, filter: { kinds: [CHILDRENS_TRUST_BOARD] }) {
          pageInfo { endCursor } nodes {
          name chairType votingArrangement workingsHistory { chairType validFrom validTo }
          chair { memberPost { title } onBehalfOf { organisationKind } } } } }`;
      const few = await api.query(query, { asOf: date, first: 5 });
      const response = await api.query(query, { asOf: date, first: 100 });
      const rest = await api.query(query, {
        asOf: date,
        first: 100,
        after: response.data.bodies.pageInfo.endCursor,
      });
      await api.close();
      expect(response.errors).toBeUndefined();
      const boards: Loose[] = [...response.data.bodies.nodes, ...rest.data.bodies.nodes];
      expect(boards.length).toBeGreaterThan(100);
      const wrong = boards.filter((board) => board.chair && !chairTypeOfSeat(board.chair).includes(board.chairType));
      expect(wrong.map((board) => `${board.name}: ${board.chairType}`)).toEqual([]);
      // Before the fix, boards whose chair changed later reported their later chair type on every date.
      const changed = boards.filter((board) => board.workingsHistory.length > 1);
      expect(changed.length).toBeGreaterThan(10);
      expect(response.statements).toBe(few.statements);
    },
  );
});
