import { sql, type SQL } from 'drizzle-orm';
import { termsOfReferenceItem } from '../../../schema/database/index';
import { holdsAt, type IsoDate } from '../../shared/dates';

/* Parts of the statistics statements for the figures of 003 Table 5 and the pathfinder evaluation (004). */

export const termsOfReferenceItems = termsOfReferenceItem.enumValues;

/**
 * Each board's terms of reference in force on the date: the latest adopted by then, as the compliance rule reads
 * them. Drafts are confidential to the parties (DOMAIN.md §8), so no draft enters a figure.
 */
export const termsInForce = (asOf: IsoDate) =>
  sql`terms AS (
      SELECT DISTINCT ON (d.body_id) d.covers::text[] AS covers FROM boards b
      JOIN body_documents d ON d.body_id = b.id AND d.kind = 'TERMS_OF_REFERENCE' AND d.status <> 'DRAFT'
        AND d.adopted_on IS NOT NULL AND d.adopted_on <= ${asOf}
      ORDER BY d.body_id, d.adopted_on DESC, d.id
    )`;

/** One column per 003 Table 5 item: the boards whose terms of reference in force cover it (needs `terms`). */
export const termsOfReferenceColumns = (): SQL =>
  sql.join(
    termsOfReferenceItems.map(
      (item) =>
        sql`(SELECT count(*) FROM terms WHERE ${item}::text = ANY(covers))::int AS ${sql.identifier(`tor:${item}`)}`,
    ),
    sql`, `,
  );

/**
 * Boards a post of whose staff holds a seat on an LSCB of the board's area on the date (004 ¶83): a post that answers
 * to the board (`Post.responsibleTo`) and does not chair it. The registry has no post kind for a board's manager,
 * so the board's own staff stand for "those with management responsibility for the board".
 */
export const managersOnLscb = (asOf: IsoDate): SQL =>
  sql`(SELECT count(*) FROM boards b WHERE EXISTS (
         SELECT 1 FROM posts p
         JOIN memberships m ON m.member_post_id = p.id AND ${holdsAt('m', asOf)}
         JOIN bodies l ON l.id = m.body_id AND l.kind = 'LSCB' AND l.area_id = b.area_id AND ${holdsAt('l', asOf)}
         WHERE p.responsible_to_body_id = b.id AND ${holdsAt('p', asOf)}
           AND NOT EXISTS (SELECT 1 FROM memberships c WHERE c.body_id = b.id AND c.member_post_id = p.id
             AND c.role = 'CHAIR' AND ${holdsAt('c', asOf)})))::int`;

/** Areas with a pooled or aligned budget in force on the date for all children's services (004 ¶137, ¶141). */
export const areasBudgetingAllServices = (asOf: IsoDate): SQL =>
  sql`(SELECT count(*) FROM scope s WHERE EXISTS (SELECT 1 FROM budget_arrangements x
         WHERE x.area_id = s.id AND x.kind IN ('POOLED', 'ALIGNED') AND 'ALL_SERVICES' = ANY(x.service_areas)
           AND ${holdsAt('x', asOf)}))::int`;

/**
 * The pooled budgets in force on the date, keyed `basis:<legal basis>` and `service:<service area>` (each budget once
 * per service it funds), with `service:HEALTH_OR_CAMHS` for 004 Table 4.4's health row, which takes in CAMHS, and
 * `all` for every pooled budget. One statement for the figures by basis and by service.
 */
export const pooledTally = (asOf: IsoDate): SQL =>
  sql`, pooled AS (
        SELECT x.id, x.legal_basis, x.service_areas FROM budget_arrangements x
        WHERE x.area_id IN (SELECT id FROM scope) AND x.kind = 'POOLED' AND ${holdsAt('x', asOf)}
      )
      SELECT 'basis:' || legal_basis::text AS key, count(*)::int AS n FROM pooled GROUP BY 1
      UNION ALL SELECT 'service:' || service::text, count(DISTINCT id)::int FROM pooled, unnest(service_areas) service
        GROUP BY 1
      UNION ALL SELECT 'service:HEALTH_OR_CAMHS', count(*)::int FROM pooled
        WHERE service_areas && ARRAY['HEALTH', 'CAMHS']::service_area[]
      UNION ALL SELECT 'all', count(*)::int FROM pooled`;

/** A tally's entries under one prefix, the prefix taken off. */
export function underPrefix(tally: Map<string, number>, prefix: string): Map<string, number> {
  return new Map([...tally].filter(([key]) => key.startsWith(prefix)).map(([key, n]) => [key.slice(prefix.length), n]));
}
