import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Database } from '../../db';
import { holdsAt, type IsoDate } from '../../shared/dates';
import { areaCodeAndDescendants } from '../areas/area-tree';
import {
  areasBudgetingAllServices,
  managersOnLscb,
  pooledTally,
  termsInForce,
  termsOfReferenceColumns,
  termsOfReferenceItems,
  underPrefix,
} from './statistics-columns';

/** Which children's services authorities a figure counts: one area and those within it, a region, or England. */
export type Scope = { areaCode: string } | { region: string } | { england: true };

/** Counts by a key (a legal status, a partner kind), as one statement's rows. */
export type Tally = Map<string, number>;

export interface StatisticsFacts {
  areas: number;
  boards: number;
  areasWithBoard: number;
  reportsToLsp: number;
  mustConsultLscb: number;
  lscbSubordinate: number;
  scrutiny: { childrenAndYoungPeople: number; localAuthority: number; health: number; policeAuthority: number };
  /** Boards seating a post of the kind LEAD_MEMBER, LEAD_GP; boards seating the private sector. */
  leadMember: number;
  leadGp: number;
  privateSector: number;
  smallestBoard: number | null;
  largestBoard: number | null;
  boardsWithChair: number;
  chairs: { council: number; otherPartner: number; independent: number };
  /** Chairs sitting for the council by their post's kind, as 004 ¶87 counts the pathfinders' chairs. */
  councilChairPosts: { electedMember: number; director: number; chiefExecutive: number };
  /** Boards whose terms of reference in force cover each 003 Table 5 item, by item. */
  termsOfReference: Tally;
  /** Boards a post of whose own staff sits on the area's LSCB (004 ¶83). */
  managersOnLscb: number;
  districtSeats: { own: number; all: number; other: number };
  areasPooling: number;
  areasAligning: number;
  areasBudgetingAllServices: number;
  /** Areas with a joint commissioning strategy in place on the date; areas planning or preparing one, not in place. */
  jointCommissioning: { inPlace: number; planned: number };
  pooledByBasis: Tally;
  /** Pooled budgets by the service they fund, HEALTH_OR_CAMHS for either; and how many pooled budgets in all. */
  pooledByService: Tally;
  pooledBudgets: number;
  legalStatuses: Tally;
  voting: Tally;
  coterminousPct: number;
  coterminousPolice: number;
  /** Boards on which a seat of each partner kind may commit resources: built on a confidential field. */
  committingByKind: Tally;
  /** The boards counted, for judging whether the viewer may read their mandates. */
  boardRows: { id: string; areaId: string }[];
}

function scopeCondition(scope: Scope): SQL {
  if ('areaCode' in scope) return sql`a.id = ANY(ARRAY${areaCodeAndDescendants(scope.areaCode)})`;
  if ('region' in scope) return sql`a.region::text = ${scope.region}`;
  return sql`true`;
}

/**
 * DOMAIN.md §5's figures for the authorities of a scope as at a date: each a count over the boards (or areas) in
 * scope, in eight statements run side by side, however many areas the scope holds.
 */
export class StatisticsStore {
  constructor(private readonly db: Database) {}

  async facts(scope: Scope, asOf: IsoDate): Promise<StatisticsFacts> {
    const within = sql`WITH scope AS (
        SELECT a.id FROM areas a WHERE a.tier = 'UPPER' AND ${holdsAt('a', asOf)} AND ${scopeCondition(scope)}
      ), boards AS (
        SELECT b.id, b.area_id FROM bodies b
        WHERE b.kind = 'CHILDRENS_TRUST_BOARD' AND ${holdsAt('b', asOf)} AND b.area_id IN (SELECT id FROM scope)
      )`;
    const line = (condition: SQL) =>
      sql`(SELECT count(*) FROM boards b WHERE EXISTS (
             SELECT 1 FROM accountability_lines l LEFT JOIN bodies t ON t.id = l.to_body_id
             LEFT JOIN bodies f ON f.id = l.from_body_id LEFT JOIN organisations o ON o.id = l.to_organisation_id
             WHERE ${holdsAt('l', asOf)} AND ${condition}))::int`;
    // Areas covered on the date by exactly one organisation of the kinds, which covers no other upper-tier area.
    const coterminousWith = (kinds: SQL) =>
      sql`(SELECT count(*) FROM scope s WHERE
             (SELECT count(*) FROM organisation_coverage c JOIN organisations p ON p.id = c.organisation_id
               WHERE c.area_id = s.id AND p.kind IN ${kinds} AND ${holdsAt('c', asOf)}) = 1
             AND NOT EXISTS (SELECT 1 FROM organisation_coverage c JOIN organisations p ON p.id = c.organisation_id
               JOIN organisation_coverage other ON other.organisation_id = p.id AND other.area_id <> s.id
               JOIN areas oa ON oa.id = other.area_id AND oa.tier = 'UPPER'
               WHERE c.area_id = s.id AND p.kind IN ${kinds} AND ${holdsAt('c', asOf)}
                 AND ${holdsAt('other', asOf)}))::int`;
    // Boards with a seat held on the date by a post or for an organisation of the kind `condition` names.
    const seatOf = (condition: SQL) =>
      sql`(SELECT count(*) FROM boards b WHERE EXISTS (
             SELECT 1 FROM memberships m LEFT JOIN posts p ON p.id = m.member_post_id
             LEFT JOIN organisations o ON o.id = coalesce(m.on_behalf_of_id, m.member_organisation_id)
             WHERE m.body_id = b.id AND ${holdsAt('m', asOf)} AND (${condition})))::int`;
    // A strategy in place: its status on the date says so, or, where none is recorded, it is adopted and in force.
    const strategyInPlace = sql`EXISTS (SELECT 1 FROM plans p WHERE p.area_id = s.id
        AND p.kind = 'JOINT_COMMISSIONING_STRATEGY' AND coalesce(
          (SELECT st.status = 'IN_PLACE' FROM plan_statuses st WHERE st.plan_id = p.id AND ${holdsAt('st', asOf)} LIMIT 1),
          p.adopted_on <= ${asOf} AND p.period_start <= ${asOf} AND (p.period_end IS NULL OR p.period_end > ${asOf})))`;
    // A chair sitting for the council in a post of the kinds: 004 ¶87 counts "a representative of the local authority".
    const councilPost = (...kinds: string[]) => sql`o.kind = 'LOCAL_AUTHORITY' AND p.kind::text IN ${kinds}`;
    const tally = async (query: SQL) => {
      const rows = await selectRows<{ key: string | null; n: number }>(this.db, sql`${within} ${query}`);
      return new Map(rows.map((row) => [row.key ?? 'NONE', Number(row.n)]));
    };
    const [[structure], [chairs], [districts], pooled, legalStatuses, voting, committingByKind, boardRows] =
      await Promise.all([
        selectRows<Record<string, number | null>>(
          this.db,
          sql`${within}, seats AS (
              SELECT count(m.id) AS n FROM boards b
              JOIN memberships m ON m.body_id = b.id AND m.role <> 'ATTENDEE' AND ${holdsAt('m', asOf)} GROUP BY b.id
            ), ${termsInForce(asOf)} SELECT
            (SELECT count(*) FROM scope)::int AS areas,
            (SELECT count(*) FROM boards)::int AS boards,
            (SELECT count(DISTINCT area_id) FROM boards)::int AS "areasWithBoard",
            ${line(sql`l.from_body_id = b.id AND l.kind = 'REPORTS_TO' AND t.kind = 'LSP'`)} AS "reportsToLsp",
            ${line(sql`l.from_body_id = b.id AND l.kind = 'MUST_CONSULT' AND t.kind = 'LSCB'`)} AS "mustConsultLscb",
            ${line(sql`l.to_body_id = b.id AND f.kind = 'LSCB' AND l.kind IN ('ACCOUNTABLE_TO', 'SUB_GROUP_OF')`)} AS "lscbSubordinate",
            ${line(sql`l.from_body_id = b.id AND l.kind = 'SCRUTINISED_BY' AND t.scrutiny_kind = 'CHILDREN_AND_YOUNG_PEOPLE'`)} AS "scrutinyCyp",
            ${line(sql`l.from_body_id = b.id AND l.kind = 'SCRUTINISED_BY' AND t.scrutiny_kind = 'LOCAL_AUTHORITY'`)} AS "scrutinyLa",
            ${line(sql`l.from_body_id = b.id AND l.kind = 'SCRUTINISED_BY' AND t.scrutiny_kind = 'HEALTH'`)} AS "scrutinyHealth",
            ${seatOf(sql`p.kind = 'LEAD_MEMBER'`)} AS "leadMember",
            ${seatOf(sql`p.kind = 'LEAD_GP'`)} AS "leadGp",
            ${seatOf(sql`o.kind = 'PRIVATE_SECTOR' OR m.represents = 'PRIVATE_SECTOR'`)} AS "privateSector",
            ${line(sql`l.from_body_id = b.id AND l.kind = 'SCRUTINISED_BY' AND o.kind = 'POLICE_AUTHORITY'`)} AS "scrutinyPolice",
            (SELECT min(n)::int FROM seats) AS "smallestBoard",
            (SELECT max(n)::int FROM seats) AS "largestBoard",
            (SELECT count(*) FROM scope s WHERE EXISTS (SELECT 1 FROM budget_arrangements x
               WHERE x.area_id = s.id AND x.kind = 'POOLED' AND ${holdsAt('x', asOf)}))::int AS "areasPooling",
            (SELECT count(*) FROM scope s WHERE EXISTS (SELECT 1 FROM budget_arrangements x
               WHERE x.area_id = s.id AND x.kind = 'ALIGNED' AND ${holdsAt('x', asOf)}))::int AS "areasAligning",
            (SELECT count(*) FROM scope s WHERE ${strategyInPlace})::int AS "jointCommissioningInPlace",
            (SELECT count(*) FROM scope s WHERE NOT ${strategyInPlace} AND EXISTS (
               SELECT 1 FROM plans p JOIN plan_statuses st ON st.plan_id = p.id AND ${holdsAt('st', asOf)}
               WHERE p.area_id = s.id AND p.kind = 'JOINT_COMMISSIONING_STRATEGY'
                 AND st.status IN ('PLANNED', 'IN_PREPARATION')))::int AS "jointCommissioningPlanned",
            ${coterminousWith(sql`('PRIMARY_CARE_TRUST', 'CARE_TRUST')`)} AS "coterminousPct",
            ${coterminousWith(sql`('POLICE_SERVICE')`)} AS "coterminousPolice",
            ${areasBudgetingAllServices(asOf)} AS "areasAllServices",
            ${managersOnLscb(asOf)} AS "managersOnLscb",
            ${termsOfReferenceColumns()}`,
        ),
        selectRows<Record<string, number>>(
          this.db,
          sql`${within} SELECT count(*)::int AS "boardsWithChair",
              count(*) FILTER (WHERE o.kind = 'LOCAL_AUTHORITY')::int AS council,
              count(*) FILTER (WHERE o.kind <> 'LOCAL_AUTHORITY')::int AS "otherPartner",
              count(*) FILTER (WHERE m.on_behalf_of_id IS NULL)::int AS independent,
              count(*) FILTER (WHERE ${councilPost('LEAD_MEMBER', 'LEADER_OF_THE_COUNCIL')})::int AS "electedMember",
              count(*) FILTER (WHERE ${councilPost('DIRECTOR_OF_CHILDRENS_SERVICES')})::int AS director,
              count(*) FILTER (WHERE ${councilPost('CHIEF_EXECUTIVE')})::int AS "chiefExecutive"
            FROM boards b JOIN memberships m ON m.body_id = b.id AND m.role = 'CHAIR' AND ${holdsAt('m', asOf)}
            LEFT JOIN organisations o ON o.id = m.on_behalf_of_id LEFT JOIN posts p ON p.id = m.member_post_id`,
        ),
        selectRows<Record<string, number>>(
          this.db,
          sql`${within} SELECT count(*) FILTER (WHERE m.constituency = 'OWN_ORGANISATION')::int AS own,
              count(*) FILTER (WHERE m.constituency = 'ALL_DISTRICTS')::int AS "all",
              count(*) FILTER (WHERE m.constituency NOT IN ('OWN_ORGANISATION', 'ALL_DISTRICTS'))::int AS other
            FROM boards b JOIN memberships m ON m.body_id = b.id AND ${holdsAt('m', asOf)}
            JOIN organisations o ON o.id = m.on_behalf_of_id AND o.kind = 'DISTRICT_COUNCIL'`,
        ),
        tally(pooledTally(asOf)),
        tally(sql`SELECT s.status::text AS key, count(*)::int AS n FROM boards b
            JOIN body_legal_statuses s ON s.body_id = b.id AND ${holdsAt('s', asOf)} GROUP BY 1`),
        tally(sql`SELECT w.voting_arrangement::text AS key, count(*)::int AS n FROM boards b
            LEFT JOIN body_workings w ON w.body_id = b.id AND ${holdsAt('w', asOf)} GROUP BY 1`),
        tally(sql`SELECT o.kind::text AS key, count(DISTINCT b.id)::int AS n FROM boards b
            JOIN memberships m ON m.body_id = b.id AND m.can_commit_resources AND ${holdsAt('m', asOf)}
            JOIN organisations o ON o.id = m.on_behalf_of_id GROUP BY 1`),
        selectRows<{ id: string; areaId: string }>(this.db, sql`${within} SELECT id, area_id AS "areaId" FROM boards`),
      ]);
    const s = structure!;
    const n = (value: number | null | undefined) => Number(value ?? 0);
    return {
      areas: n(s.areas),
      boards: n(s.boards),
      areasWithBoard: n(s.areasWithBoard),
      reportsToLsp: n(s.reportsToLsp),
      mustConsultLscb: n(s.mustConsultLscb),
      lscbSubordinate: n(s.lscbSubordinate),
      scrutiny: {
        childrenAndYoungPeople: n(s.scrutinyCyp),
        localAuthority: n(s.scrutinyLa),
        health: n(s.scrutinyHealth),
        policeAuthority: n(s.scrutinyPolice),
      },
      leadMember: n(s.leadMember),
      leadGp: n(s.leadGp),
      privateSector: n(s.privateSector),
      smallestBoard: s.smallestBoard ?? null,
      largestBoard: s.largestBoard ?? null,
      boardsWithChair: n(chairs?.boardsWithChair),
      chairs: {
        council: n(chairs?.council),
        otherPartner: n(chairs?.otherPartner),
        independent: n(chairs?.independent),
      },
      councilChairPosts: {
        electedMember: n(chairs?.electedMember),
        director: n(chairs?.director),
        chiefExecutive: n(chairs?.chiefExecutive),
      },
      termsOfReference: new Map(termsOfReferenceItems.map((item) => [item, n(s[`tor:${item}`])])),
      managersOnLscb: n(s.managersOnLscb),
      districtSeats: { own: n(districts?.own), all: n(districts?.all), other: n(districts?.other) },
      areasPooling: n(s.areasPooling),
      areasAligning: n(s.areasAligning),
      areasBudgetingAllServices: n(s.areasAllServices),
      jointCommissioning: { inPlace: n(s.jointCommissioningInPlace), planned: n(s.jointCommissioningPlanned) },
      pooledByBasis: underPrefix(pooled, 'basis:'),
      pooledByService: underPrefix(pooled, 'service:'),
      pooledBudgets: pooled.get('all') ?? 0,
      legalStatuses,
      voting,
      coterminousPct: n(s.coterminousPct),
      coterminousPolice: n(s.coterminousPolice),
      committingByKind,
      boardRows,
    };
  }
}
