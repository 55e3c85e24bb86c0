import { inArray, sql } from 'drizzle-orm';
import { bodies, organisations } from '../../../schema/database/index';
import { selectRows, type Database } from '../../db';
import type { IsoDate } from '../../shared/dates';

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

export interface EdgeRow {
  recordType: 'Membership' | 'AccountabilityLine' | 'Delegation';
  id: string;
  kind: string;
  sourceId: string;
  targetId: string;
  role: string | null;
}

const holds = (alias: string, asOf: IsoDate) =>
  sql`${sql.raw(alias)}.valid_from <= ${asOf} AND (${sql.raw(alias)}.valid_to IS NULL OR ${sql.raw(alias)}.valid_to > ${asOf})`;

/**
 * The graph in a fixed number of statements whatever the size of the area: one recursive walk finds the nodes,
 * two fetch them, one fetches every edge between them.
 */
export class GraphStore {
  constructor(private readonly db: Database) {}

  /** Bodies of the areas (and the areas within them), then everything within `depth` edges of them. */
  async reach(request: GraphRequest): Promise<ReachedRow[]> {
    const { asOf } = request;
    const kinds = request.bodyKinds ? sql`AND b.kind::text = ANY(${sql.param(request.bodyKinds)}::text[])` : sql``;
    return selectRows<ReachedRow>(
      this.db,
      sql`
      WITH RECURSIVE
      area_tree(id) AS (
        SELECT id FROM areas
        WHERE id = ANY(${sql.param(request.areaIds)}::uuid[]) OR code = ANY(${sql.param(request.areaCodes)}::text[])
        UNION
        SELECT child.id FROM areas child JOIN area_tree t ON child.parent_area_id = t.id
      ),
      allowed(id, in_area) AS (
        SELECT b.id, b.area_id IN (SELECT id FROM area_tree) FROM bodies b WHERE ${holds('b', asOf)} ${kinds}
        UNION ALL
        SELECT o.id, false FROM organisations o WHERE ${holds('o', asOf)}
      ),
      edge(a, b) AS (
        SELECT coalesce(m.on_behalf_of_id, m.member_organisation_id), m.body_id FROM memberships m
        WHERE ${holds('m', asOf)} AND coalesce(m.on_behalf_of_id, m.member_organisation_id) IS NOT NULL
        UNION ALL
        SELECT coalesce(l.from_body_id, l.from_organisation_id), coalesce(l.to_body_id, l.to_organisation_id)
        FROM accountability_lines l WHERE ${holds('l', asOf)}
        UNION ALL
        SELECT coalesce(d.delegator_organisation_id, d.delegator_body_id), coalesce(d.delegate_body_id, d.delegate_organisation_id)
        FROM delegations d WHERE ${holds('d', asOf)}
      ),
      neighbour(a, b) AS (SELECT a, b FROM edge UNION SELECT b, a FROM edge),
      reach(id, distance) AS (
        SELECT id, 0 FROM allowed WHERE in_area
        UNION
        SELECT n.b, r.distance + 1 FROM reach r JOIN neighbour n ON n.a = r.id
        WHERE r.distance < ${request.depth} AND n.b IN (SELECT id FROM allowed)
      )
      SELECT r.id, min(r.distance)::int AS distance, bool_or(a.in_area) AS "inArea"
      FROM reach r JOIN allowed a ON a.id = r.id
      GROUP BY r.id`,
    );
  }

  async bodies(ids: string[]) {
    return ids.length ? this.db.select().from(bodies).where(inArray(bodies.id, ids)).orderBy(bodies.name) : [];
  }

  async organisations(ids: string[]) {
    return ids.length
      ? this.db.select().from(organisations).where(inArray(organisations.id, ids)).orderBy(organisations.name)
      : [];
  }

  /** Every membership, line and delegation holding on the date whose both ends are among `ids`. */
  async edges(ids: string[], asOf: IsoDate): Promise<EdgeRow[]> {
    if (ids.length === 0) return [];
    const nodes = sql`${sql.param(ids)}::uuid[]`;
    return selectRows<EdgeRow>(
      this.db,
      sql`
      SELECT 'Membership' AS "recordType", m.id, 'MEMBERSHIP' AS kind,
             coalesce(m.on_behalf_of_id, m.member_organisation_id) AS "sourceId", m.body_id AS "targetId", m.role::text AS role
      FROM memberships m
      WHERE ${holds('m', asOf)} AND m.body_id = ANY(${nodes}) AND coalesce(m.on_behalf_of_id, m.member_organisation_id) = ANY(${nodes})
      UNION ALL
      SELECT 'AccountabilityLine', l.id, l.kind::text,
             coalesce(l.from_body_id, l.from_organisation_id), coalesce(l.to_body_id, l.to_organisation_id), NULL
      FROM accountability_lines l
      WHERE ${holds('l', asOf)} AND coalesce(l.from_body_id, l.from_organisation_id) = ANY(${nodes})
        AND coalesce(l.to_body_id, l.to_organisation_id) = ANY(${nodes})
      UNION ALL
      SELECT 'Delegation', d.id, 'DELEGATION',
             coalesce(d.delegator_organisation_id, d.delegator_body_id), coalesce(d.delegate_body_id, d.delegate_organisation_id), NULL
      FROM delegations d
      WHERE ${holds('d', asOf)} AND coalesce(d.delegator_organisation_id, d.delegator_body_id) = ANY(${nodes})
        AND coalesce(d.delegate_body_id, d.delegate_organisation_id) = ANY(${nodes})
      ORDER BY 1, 3, 4, 5`,
    );
  }
}
