import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Database } from '../../db';
import { holdsAt, type IsoDate } from '../../shared/dates';

/** The public facts of an area as at a date that the rules are judged on. */
export interface AreaFacts {
  areas: AreaFact[];
  bodies: BodyFact[];
  seats: SeatFact[];
  organisations: OrganisationFact[];
  /** Organisation kinds under the s10 duty to co-operate on the date, whether or not the area has one. */
  dutyKinds: string[];
  lines: LineFact[];
  plans: PlanFact[];
  termsOfReference: DocumentFact[];
  decisions: DecisionFact[];
  /** Budget arrangements of the areas in force on the date. */
  arrangements: ArrangementFact[];
  /** Delegations in force on the date to the areas' bodies. */
  delegations: DelegationFact[];
}

export interface AreaFact {
  id: string;
  code: string;
  name: string;
  tier: string;
  parentAreaId: string | null;
}

export interface BodyFact {
  id: string;
  name: string;
  kind: string;
  areaId: string;
  level: string;
  /** How the body works on the date (`body_workings`); null where not known. */
  role: string | null;
  governanceModel: string | null;
  /** The last published self-assessment the body completed on or before the date. */
  selfAssessedOn: string | null;
}

export interface SeatFact {
  id: string;
  bodyId: string;
  role: string;
  constituency: string;
  /** The organisation the seat speaks for: the one it is held on behalf of, the member, or the post's employer. */
  organisationId: string | null;
  memberOrganisationId: string | null;
  onBehalfOfId: string | null;
  /** The post that holds the seat, where a post does, and what kind of post it is. */
  postTitle: string | null;
  postKind: string | null;
  memberPostId: string | null;
  memberPersonId: string | null;
  /** A person member's category: an adult, a young person or a parent representative (recorded by role only). */
  personCategory: string | null;
  /** Whom a sector or all-districts seat speaks for, or the sector a sector post speaks for. */
  represents: string | null;
  /** Confidential (`Membership.canCommitResources`): read only where the viewer's standing allows. */
  canCommitResources: boolean | null;
}

export interface OrganisationFact {
  id: string;
  name: string;
  kind: string;
  sector: string;
  areaId: string | null;
  /** Under the s10 duty on the date: its own status where it has one, else its kind's. */
  hasDuty: boolean;
}

export interface LineFact {
  id: string;
  kind: string;
  fromBodyId: string | null;
  toBodyId: string | null;
  fromOrganisationId: string | null;
  toOrganisationId: string | null;
}

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

export interface DocumentFact {
  id: string;
  bodyId: string;
  title: string;
  adoptedOn: string;
  covers: string[];
}

export interface ArrangementFact {
  id: string;
  name: string;
  kind: string;
  legalBasis: string;
  hostId: string | null;
  governingBodyId: string | null;
  agreement: string | null;
}

export interface DelegationFact {
  id: string;
  delegateBodyId: string;
  scope: string;
}

export interface DecisionFact {
  id: string;
  bodyId: string;
  status: string;
  ratified: number;
}

/**
 * Everything `compliance` judges, for an area and the areas within it, in a fixed number of statements however many
 * bodies, seats and rules there are. Only public facts are read here, except a seat's mandate, which the resolver
 * shows only where the viewer may read it.
 */
export class AreaFactsStore {
  constructor(private readonly db: Database) {}

  /** The area with the code and every area within it on the date, the area itself first. */
  async areaTree(code: string, asOf: IsoDate): Promise<AreaFact[]> {
    return this.treeFrom(sql`a.code = ${code}`, asOf);
  }

  /**
   * The children's services authority whose arrangements an area's records belong to (the area itself, or the
   * upper-tier area it lies within), with every area within it.
   */
  async authorityTreeOf(areaId: string, asOf: IsoDate): Promise<AreaFact[]> {
    return this.treeFrom(
      sql`a.id = (WITH RECURSIVE up AS (
                    SELECT id, parent_area_id, tier, 0 AS height FROM areas WHERE id = ${areaId}
                    UNION ALL
                    SELECT p.id, p.parent_area_id, p.tier, up.height + 1 FROM areas p JOIN up ON p.id = up.parent_area_id
                    WHERE up.tier <> 'UPPER'
                  )
                  SELECT id FROM up ORDER BY (tier = 'UPPER') DESC, height DESC LIMIT 1)`,
      asOf,
    );
  }

  private treeFrom(start: SQL, asOf: IsoDate): Promise<AreaFact[]> {
    return selectRows<AreaFact>(
      this.db,
      sql`WITH RECURSIVE tree AS (
            SELECT a.id, a.code, a.name, a.tier, a.parent_area_id, 0 AS depth
              FROM areas a WHERE ${start} AND ${holdsAt('a', asOf)}
            UNION ALL
            SELECT c.id, c.code, c.name, c.tier, c.parent_area_id, tree.depth + 1
              FROM areas c JOIN tree ON c.parent_area_id = tree.id WHERE ${holdsAt('c', asOf)}
          )
          SELECT id, code, name, tier, parent_area_id AS "parentAreaId" FROM tree ORDER BY depth, name`,
    );
  }

  async facts(areas: AreaFact[], asOf: IsoDate): Promise<AreaFacts> {
    // One array parameter, so the statement's text is the same whatever the number of areas or bodies.
    const areaIds = sql`${sql.param(areas.map((area) => area.id))}::uuid[]`;
    const [bodies, organisations, dutyKinds] = await Promise.all([
      selectRows<BodyFact>(
        this.db,
        sql`SELECT b.id, b.name, b.kind, b.area_id AS "areaId", b.level, w.role, w.governance_model AS "governanceModel",
                   (SELECT max(s.completed_on)::text FROM self_assessments s
                     WHERE s.body_id = b.id AND s.published AND s.completed_on <= ${asOf}) AS "selfAssessedOn"
            FROM bodies b LEFT JOIN body_workings w ON w.body_id = b.id AND ${holdsAt('w', asOf)}
            WHERE b.area_id = ANY(${areaIds}) AND ${holdsAt('b', asOf)} ORDER BY b.name, b.id`,
      ),
      selectRows<OrganisationFact>(
        this.db,
        sql`SELECT o.id, o.name, o.kind, o.sector, o.area_id AS "areaId",
                   coalesce(
                     (SELECT d.status = 'DUTY_TO_COOPERATE' FROM duty_statuses d
                       WHERE d.organisation_id = o.id AND d.regime = 'CA2004_S10' AND ${holdsAt('d', asOf)} LIMIT 1),
                     (SELECT d.status = 'DUTY_TO_COOPERATE' FROM duty_statuses d
                       WHERE d.organisation_kind = o.kind AND d.organisation_id IS NULL AND d.regime = 'CA2004_S10'
                         AND ${holdsAt('d', asOf)} LIMIT 1),
                     false) AS "hasDuty"
            FROM organisations o
            WHERE ${holdsAt('o', asOf)}
              AND (o.area_id = ANY(${areaIds})
                   OR o.id IN (SELECT c.organisation_id FROM organisation_coverage c
                                WHERE c.area_id = ANY(${areaIds}) AND ${holdsAt('c', asOf)}))
            ORDER BY o.name, o.id`,
      ),
      selectRows<{ kind: string }>(
        this.db,
        sql`SELECT DISTINCT d.organisation_kind AS kind FROM duty_statuses d
            WHERE d.organisation_kind IS NOT NULL AND d.organisation_id IS NULL AND d.regime = 'CA2004_S10'
              AND d.status = 'DUTY_TO_COOPERATE' AND ${holdsAt('d', asOf)} ORDER BY 1`,
      ),
    ]);
    const bodyIds = sql`${sql.param(bodies.map((body) => body.id))}::uuid[]`;
    const organisationIds = sql`${sql.param(organisations.map((organisation) => organisation.id))}::uuid[]`;
    const [seats, lines, plans, termsOfReference, decisions, [money]] = await Promise.all([
      selectRows<SeatFact>(
        this.db,
        sql`SELECT m.id, m.body_id AS "bodyId", m.role, m.constituency,
                   coalesce(m.on_behalf_of_id, m.member_organisation_id, p.employer_id) AS "organisationId",
                   m.member_organisation_id AS "memberOrganisationId", m.on_behalf_of_id AS "onBehalfOfId",
                   m.can_commit_resources AS "canCommitResources", p.title AS "postTitle", p.kind AS "postKind",
                   m.member_post_id AS "memberPostId", m.member_person_id AS "memberPersonId",
                   person.category AS "personCategory", coalesce(m.represents, p.sector) AS represents
            FROM memberships m LEFT JOIN posts p ON p.id = m.member_post_id
            LEFT JOIN people person ON person.id = m.member_person_id
            WHERE m.body_id = ANY(${bodyIds}) AND ${holdsAt('m', asOf)} ORDER BY m.body_id, m.id`,
      ),
      selectRows<LineFact>(
        this.db,
        sql`SELECT l.id, l.kind, l.from_body_id AS "fromBodyId", l.to_body_id AS "toBodyId",
                   l.from_organisation_id AS "fromOrganisationId", l.to_organisation_id AS "toOrganisationId"
            FROM accountability_lines l
            WHERE (l.from_body_id = ANY(${bodyIds}) OR l.to_body_id = ANY(${bodyIds})
                   OR l.from_organisation_id = ANY(${organisationIds})) AND ${holdsAt('l', asOf)}
            ORDER BY l.id`,
      ),
      selectRows<PlanFact>(
        this.db,
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
      ),
      selectRows<DocumentFact>(
        this.db,
        sql`SELECT d.id, d.body_id AS "bodyId", d.title, d.adopted_on::text AS "adoptedOn", d.covers::text[] AS covers
            FROM body_documents d
            WHERE d.body_id = ANY(${bodyIds}) AND d.kind = 'TERMS_OF_REFERENCE' AND d.status <> 'DRAFT'
              AND d.adopted_on IS NOT NULL AND d.adopted_on <= ${asOf}
            ORDER BY d.body_id, d.adopted_on DESC, d.id`,
      ),
      selectRows<DecisionFact>(
        this.db,
        sql`SELECT d.id, d.body_id AS "bodyId", d.status,
                   (SELECT count(*)::int FROM ratifications r
                     WHERE r.decision_id = d.id AND r.status = 'RATIFIED' AND r.decided_on <= ${asOf}) AS ratified
            FROM decisions d
            WHERE d.body_id = ANY(${bodyIds}) AND d.published AND d.decided_on <= ${asOf}
            ORDER BY d.decided_on, d.id`,
      ),
      // Arrangements and delegations in one statement: both are few, and public save their amounts and limits.
      selectRows<{ arrangements: ArrangementFact[]; delegations: DelegationFact[] }>(
        this.db,
        sql`SELECT
              coalesce((SELECT json_agg(json_build_object('id', x.id, 'name', x.name, 'kind', x.kind,
                          'legalBasis', x.legal_basis, 'hostId', x.host_id, 'governingBodyId', x.governing_body_id,
                          'agreement', x.agreement) ORDER BY x.name, x.id)
                        FROM budget_arrangements x WHERE x.area_id = ANY(${areaIds}) AND ${holdsAt('x', asOf)}),
                       '[]') AS arrangements,
              coalesce((SELECT json_agg(json_build_object('id', g.id, 'delegateBodyId', g.delegate_body_id,
                          'scope', g.scope) ORDER BY g.id)
                        FROM delegations g WHERE g.delegate_body_id = ANY(${bodyIds}) AND ${holdsAt('g', asOf)}),
                       '[]') AS delegations`,
      ),
    ]);
    return {
      areas,
      bodies,
      seats,
      organisations,
      dutyKinds: dutyKinds.map((row) => row.kind),
      lines,
      plans,
      termsOfReference,
      decisions,
      arrangements: money?.arrangements ?? [],
      delegations: money?.delegations ?? [],
    };
  }
}
