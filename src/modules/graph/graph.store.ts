import { sql } from 'drizzle-orm';
import { anyIn } from '../../shared/any-of';
import { compiledRead } from '../../shared/compiled-read';
import { bodies, organisations } from '../../../schema/database/index';
import { plannedEachTime, selectRows, type Database } from '../../db';
import { holdsAt, type IsoDate } from '../../shared/dates';

export interface GraphRequest {
  areaIds: string[];
  areaCodes: string[];
  asOf: IsoDate;
  depth: number;
  /** Body kinds to keep; null keeps all. */
  bodyKinds: string[] | null;
}

export interface ReachedRow {
  id: string;
  distance: number;
  inArea: boolean;
}

/** What the walk reached, and the area codes asked for that name no area (checked in the same statement). */
export interface Reach {
  reached: ReachedRow[];
  unknownCodes: string[];
}

export interface EdgeRow {
  recordType: 'Membership' | 'AccountabilityLine' | 'Delegation';
  id: string;
  kind: string;
  sourceId: string;
  targetId: string;
  role: string | null;
}

/**
 * Each end of each kind of edge: how an edge meets one of the nodes reached (`w.frontier`) at this end, through the
 * indexes on the end's columns, and the node at its other end. A membership joins its body to the organisation the
 * seat is held for (`on_behalf_of_id`, else the member organisation); a seat held for no organisation is no edge.
 */
const edgeEnds: { table: string; alias: string; meets: string; other: string }[] = [
  {
    table: 'memberships',
    alias: 'm',
    meets: 'm.body_id = ANY(w.frontier) AND coalesce(m.on_behalf_of_id, m.member_organisation_id) IS NOT NULL',
    other: 'coalesce(m.on_behalf_of_id, m.member_organisation_id)',
  },
  {
    table: 'memberships',
    alias: 'm',
    meets:
      '(m.on_behalf_of_id = ANY(w.frontier) OR (m.on_behalf_of_id IS NULL AND m.member_organisation_id = ANY(w.frontier)))',
    other: 'm.body_id',
  },
  {
    table: 'accountability_lines',
    alias: 'l',
    meets: '(l.from_body_id = ANY(w.frontier) OR l.from_organisation_id = ANY(w.frontier))',
    other: 'coalesce(l.to_body_id, l.to_organisation_id)',
  },
  {
    table: 'accountability_lines',
    alias: 'l',
    meets: '(l.to_body_id = ANY(w.frontier) OR l.to_organisation_id = ANY(w.frontier))',
    other: 'coalesce(l.from_body_id, l.from_organisation_id)',
  },
  {
    table: 'delegations',
    alias: 'd',
    meets: '(d.delegator_organisation_id = ANY(w.frontier) OR d.delegator_body_id = ANY(w.frontier))',
    other: 'coalesce(d.delegate_body_id, d.delegate_organisation_id)',
  },
  {
    table: 'delegations',
    alias: 'd',
    meets: '(d.delegate_body_id = ANY(w.frontier) OR d.delegate_organisation_id = ANY(w.frontier))',
    other: 'coalesce(d.delegator_organisation_id, d.delegator_body_id)',
  },
];

/** The nodes at the other end of every edge holding on the date that meets one of `w.frontier`. */
const neighbours = (asOf: IsoDate) =>
  sql.join(
    edgeEnds.map(
      ({ table, alias, meets, other }) =>
        sql`SELECT ${sql.raw(`${other} FROM ${table} ${alias} WHERE ${meets}`)} AND ${holdsAt(alias, asOf)}`,
    ),
    sql`
            UNION ALL
            `,
  );

/**
 * The graph in a fixed number of statements whatever the size of the area: one walk finds the nodes, two fetch
 * them, one fetches every edge between them.
 */
/** The graph's nodes in the order they are listed: by name. */
const bodiesByName = compiledRead(
  bodies,
  (p) => sql`where ${anyIn(bodies.id, p('ids'))} order by ${bodies.name}, ${bodies.id}`,
);
const organisationsByName = compiledRead(
  organisations,
  (p) => sql`where ${anyIn(organisations.id, p('ids'))} order by ${organisations.name}, ${organisations.id}`,
);

export class GraphStore {
  constructor(private readonly db: Database) {}

  /**
   * Bodies of the areas (and the areas within them), then everything within `depth` edges of them, through bodies
   * of the kinds asked for and organisations holding on the date.
   *
   * The walk is breadth first, one row per step holding that step's nodes as an array: their neighbours come through
   * the edge tables' indexes (`column = ANY(frontier)`), those already seen are dropped, and the rest kept if a
   * body or an organisation holding on the date, looked up by primary key. So it reads the area's neighbourhood,
   * never every edge in the registry; each node comes once, at its least distance. Arrays also keep the plan's
   * estimate small whatever the area (the planner counts ten elements in an array it cannot see), where a walk row
   * by row is estimated in millions and PostgreSQL then spends most of a second compiling it (JIT). `OFFSET 0`
   * keeps each array computed once rather than copied into each place it is used.
   */
  async reach(request: GraphRequest): Promise<Reach> {
    const rows = await this.walk(request);
    const unknownCodes = rows.flatMap((row) => (row.unknownCode === null ? [] : [row.unknownCode]));
    return { reached: rows.filter((row) => row.unknownCode === null), unknownCodes };
  }

  private walk(request: GraphRequest): Promise<(ReachedRow & { unknownCode: string | null })[]> {
    const { asOf } = request;
    const kinds = request.bodyKinds ? sql`AND b.kind::text = ANY(${sql.param(request.bodyKinds)}::text[])` : sql``;
    const codes = sql`${sql.param(request.areaCodes)}::text[]`;
    // A walk's best plan depends on how far it goes, which a generic plan cannot see (5 -> 7 ms when prepared).
    return selectRows(
      this.db,
      sql`${plannedEachTime}
      WITH RECURSIVE
      area_tree(id) AS (
        SELECT id FROM areas
        WHERE id = ANY(${sql.param(request.areaIds)}::uuid[]) OR code = ANY(${codes})
        UNION
        SELECT unnest(ARRAY(SELECT child.id FROM areas child WHERE child.parent_area_id = t.id)) FROM area_tree t
      ),
      walk(distance, frontier, seen) AS (
        SELECT 0, seeds.ids, seeds.ids
        FROM (
          SELECT ARRAY(
            SELECT b.id FROM bodies b
            WHERE b.area_id = ANY(ARRAY(SELECT id FROM area_tree)) AND ${holdsAt('b', asOf)} ${kinds}
          ) AS ids
          OFFSET 0
        ) seeds
        UNION ALL
        SELECT w.distance + 1, kept.ids, w.seen || kept.ids
        FROM walk w
        CROSS JOIN LATERAL (
          SELECT ARRAY(
            ${neighbours(asOf)}
            EXCEPT
            SELECT unnest(w.seen)
          ) AS ids
          OFFSET 0
        ) unseen
        CROSS JOIN LATERAL (
          SELECT ARRAY(
            SELECT b.id FROM bodies b WHERE b.id = ANY(unseen.ids) AND ${holdsAt('b', asOf)} ${kinds}
            UNION ALL
            SELECT o.id FROM organisations o WHERE o.id = ANY(unseen.ids) AND ${holdsAt('o', asOf)}
          ) AS ids
          OFFSET 0
        ) kept
        WHERE w.distance < ${request.depth} AND cardinality(w.frontier) > 0
      )
      SELECT unnest(w.frontier) AS id, w.distance, w.distance = 0 AS "inArea", NULL::text AS "unknownCode" FROM walk w
      UNION ALL
      SELECT NULL, NULL, NULL, code FROM unnest(${codes}) AS asked(code)
      WHERE NOT EXISTS (SELECT 1 FROM areas a WHERE a.code = asked.code)`,
    );
  }

  async bodies(ids: string[]) {
    return ids.length ? bodiesByName(this.db, { ids }) : [];
  }

  async organisations(ids: string[]) {
    return ids.length ? organisationsByName(this.db, { ids }) : [];
  }

  /**
   * Every membership, line and delegation holding on the date whose both ends are among `ids`. Each kind is found
   * from one end through that end's indexes: `a = ANY(ids) OR (a IS NULL AND b = ANY(ids))` is `coalesce(a, b) =
   * ANY(ids)` in a form the planner can answer with index scans, where the coalesce read every row of the table.
   */
  async edges(ids: string[], asOf: IsoDate): Promise<EdgeRow[]> {
    if (ids.length === 0) return [];
    const nodes = sql`${sql.param(ids)}::uuid[]`;
    // Its generic plan read every seat and line once the national data held a few hundred more lines (0.5 -> 4.7 ms
    // of PostgreSQL's time per graph of Kent): planned for the nodes it is given, it keeps to their indexes.
    return selectRows<EdgeRow>(
      this.db,
      sql`${plannedEachTime}
      SELECT 'Membership' AS "recordType", m.id, 'MEMBERSHIP' AS kind,
             coalesce(m.on_behalf_of_id, m.member_organisation_id) AS "sourceId", m.body_id AS "targetId", m.role::text AS role
      FROM memberships m
      WHERE ${holdsAt('m', asOf)} AND m.body_id = ANY(${nodes}) AND coalesce(m.on_behalf_of_id, m.member_organisation_id) = ANY(${nodes})
      UNION ALL
      SELECT 'AccountabilityLine', l.id, l.kind::text,
             coalesce(l.from_body_id, l.from_organisation_id), coalesce(l.to_body_id, l.to_organisation_id), NULL
      FROM accountability_lines l
      WHERE ${holdsAt('l', asOf)}
        AND (l.from_body_id = ANY(${nodes}) OR (l.from_body_id IS NULL AND l.from_organisation_id = ANY(${nodes})))
        AND coalesce(l.to_body_id, l.to_organisation_id) = ANY(${nodes})
      UNION ALL
      SELECT 'Delegation', d.id, 'DELEGATION',
             coalesce(d.delegator_organisation_id, d.delegator_body_id), coalesce(d.delegate_body_id, d.delegate_organisation_id), NULL
      FROM delegations d
      WHERE ${holdsAt('d', asOf)}
        AND (d.delegator_organisation_id = ANY(${nodes})
          OR (d.delegator_organisation_id IS NULL AND d.delegator_body_id = ANY(${nodes})))
        AND coalesce(d.delegate_body_id, d.delegate_organisation_id) = ANY(${nodes})
      ORDER BY 1, 3, 4, 5`,
    );
  }
}
