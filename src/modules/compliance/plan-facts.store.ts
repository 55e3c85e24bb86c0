import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Database } from '../../db';
import { holdsAt, type IsoDate } from '../../shared/dates';

/* The plans of an area in force on a date, each with what the plan rules judge, in one statement. */

export interface PlanFact {
  id: string;
  kind: string;
  title: string;
  ownerBodyId: string | null;
  adoptedOn: string | null;
  /** Null where not published on or before the date. */
  publishedOn: string | null;
  /** Where the plan stands on the date (`plan_statuses`), where recorded. */
  status: string | null;
  /** The organisations and bodies that produced the plan, where a source names them. */
  producers: { organisationId: string | null; bodyId: string | null }[];
  targets: { id: string; description: string; outcome: string | null; ownerBodyId: string | null }[];
  /** Bodies, organisations and groups consulted, with the day. */
  consultations: {
    bodyId: string | null;
    organisationId: string | null;
    group: string | null;
    description: string | null;
    consultedOn: string;
  }[];
  /** Reviews made on or before the date, latest first; `publishedOn` null where unpublished on the date. */
  reviews: { id: string; reviewedOn: string; publishedOn: string | null; reviewingBodyId: string }[];
  /** Links either way: `incoming` where the other plan names this one. */
  links: { linkedPlanId: string; linkedKind: string; kind: string; incoming: boolean }[];
  /** Organisations with a published commitment to the plan. */
  committedOrganisationIds: string[];
}

/** Plans of the areas whose period covers the date. */
export function planFacts(db: Database, areaIds: SQL, asOf: IsoDate): Promise<PlanFact[]> {
  return selectRows<PlanFact>(
    db,
    sql`SELECT p.id, p.kind, p.title, p.owner_body_id AS "ownerBodyId", p.adopted_on::text AS "adoptedOn",
               CASE WHEN p.published_on <= ${asOf} THEN p.published_on::text END AS "publishedOn",
               (SELECT s.status FROM plan_statuses s WHERE s.plan_id = p.id AND ${holdsAt('s', asOf)} LIMIT 1) AS status,
               coalesce((SELECT json_agg(json_build_object('organisationId', r.producer_organisation_id,
                           'bodyId', r.producer_body_id)) FROM plan_producers r WHERE r.plan_id = p.id), '[]') AS producers,
               coalesce((SELECT json_agg(json_build_object('id', t.id, 'description', t.description,
                           'outcome', t.outcome, 'ownerBodyId', t.owner_body_id) ORDER BY t.description, t.id)
                         FROM plan_targets t WHERE t.plan_id = p.id), '[]') AS targets,
               coalesce((SELECT json_agg(json_build_object('bodyId', c.consultee_body_id,
                           'organisationId', c.consultee_organisation_id, 'group', c.consultee_group,
                           'description', c.consultee_description, 'consultedOn', c.consulted_on)
                           ORDER BY c.consulted_on)
                         FROM consultations c WHERE c.plan_id = p.id AND c.consulted_on <= ${asOf}), '[]') AS consultations,
               coalesce((SELECT json_agg(json_build_object('id', v.id, 'reviewedOn', v.reviewed_on,
                           'publishedOn', CASE WHEN v.published_on <= ${asOf} THEN v.published_on END,
                           'reviewingBodyId', v.reviewing_body_id) ORDER BY v.reviewed_on DESC)
                         FROM plan_reviews v WHERE v.plan_id = p.id AND v.reviewed_on <= ${asOf}), '[]') AS reviews,
               coalesce((SELECT json_agg(json_build_object('linkedPlanId', other.id, 'linkedKind', other.kind,
                           'kind', k.kind, 'incoming', k.plan_id <> p.id))
                         FROM plan_links k
                         JOIN plans other ON other.id = CASE WHEN k.plan_id = p.id THEN k.linked_plan_id ELSE k.plan_id END
                         WHERE k.plan_id = p.id OR k.linked_plan_id = p.id), '[]') AS links,
               coalesce((SELECT json_agg(DISTINCT r.organisation_id) FROM resource_commitments r
                         WHERE r.plan_id = p.id AND r.published), '[]') AS "committedOrganisationIds"
        FROM plans p
        WHERE p.area_id = ANY(${areaIds}) AND p.period_start <= ${asOf}
          AND (p.period_end IS NULL OR p.period_end > ${asOf})
        ORDER BY p.kind, p.period_start DESC, p.id`,
  );
}
