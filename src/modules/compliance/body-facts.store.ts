import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Database } from '../../db';
import { holdsAt, type IsoDate } from '../../shared/dates';

/* The facts of an area's bodies as at a date: the bodies, who sits on them, the lines between them and their partners,
 * their terms of reference and their decisions. Each is one statement over an array of ids, whatever their number. */

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

export interface LineFact {
  id: string;
  kind: string;
  fromBodyId: string | null;
  toBodyId: string | null;
  fromOrganisationId: string | null;
  toOrganisationId: string | null;
}

export interface DocumentFact {
  id: string;
  bodyId: string;
  title: string;
  adoptedOn: string;
  covers: string[];
}

export interface DecisionFact {
  id: string;
  bodyId: string;
  status: string;
  ratified: number;
}

/** The areas' bodies on the date, with how each works and its last published self-assessment. */
export function bodyFacts(db: Database, areaIds: SQL, asOf: IsoDate): Promise<BodyFact[]> {
  return selectRows<BodyFact>(
    db,
    sql`SELECT b.id, b.name, b.kind, b.area_id AS "areaId", b.level, w.role, w.governance_model AS "governanceModel",
               (SELECT max(s.completed_on)::text FROM self_assessments s
                 WHERE s.body_id = b.id AND s.published AND s.completed_on <= ${asOf}) AS "selfAssessedOn"
        FROM bodies b LEFT JOIN body_workings w ON w.body_id = b.id AND ${holdsAt('w', asOf)}
        WHERE b.area_id = ANY(${areaIds}) AND ${holdsAt('b', asOf)} ORDER BY b.name, b.id`,
  );
}

/** The seats held on the bodies on the date. */
export function seatFacts(db: Database, bodyIds: SQL, asOf: IsoDate): Promise<SeatFact[]> {
  return selectRows<SeatFact>(
    db,
    sql`SELECT m.id, m.body_id AS "bodyId", m.role, m.constituency,
               coalesce(m.on_behalf_of_id, m.member_organisation_id, p.employer_id) AS "organisationId",
               m.member_organisation_id AS "memberOrganisationId", m.on_behalf_of_id AS "onBehalfOfId",
               m.can_commit_resources AS "canCommitResources", p.title AS "postTitle", p.kind AS "postKind",
               m.member_post_id AS "memberPostId", m.member_person_id AS "memberPersonId",
               person.category AS "personCategory", coalesce(m.represents, p.sector) AS represents
        FROM memberships m LEFT JOIN posts p ON p.id = m.member_post_id
        LEFT JOIN people person ON person.id = m.member_person_id
        WHERE m.body_id = ANY(${bodyIds}) AND ${holdsAt('m', asOf)} ORDER BY m.body_id, m.id`,
  );
}

/** Lines in force on the date to or from the bodies, or from the organisations. */
export function lineFacts(db: Database, bodyIds: SQL, organisationIds: SQL, asOf: IsoDate): Promise<LineFact[]> {
  return selectRows<LineFact>(
    db,
    sql`SELECT l.id, l.kind, l.from_body_id AS "fromBodyId", l.to_body_id AS "toBodyId",
               l.from_organisation_id AS "fromOrganisationId", l.to_organisation_id AS "toOrganisationId"
        FROM accountability_lines l
        WHERE (l.from_body_id = ANY(${bodyIds}) OR l.to_body_id = ANY(${bodyIds})
               OR l.from_organisation_id = ANY(${organisationIds})) AND ${holdsAt('l', asOf)}
        ORDER BY l.id`,
  );
}

/** The bodies' adopted terms of reference, latest first. */
export function termsOfReferenceFacts(db: Database, bodyIds: SQL, asOf: IsoDate): Promise<DocumentFact[]> {
  return selectRows<DocumentFact>(
    db,
    sql`SELECT d.id, d.body_id AS "bodyId", d.title, d.adopted_on::text AS "adoptedOn", d.covers::text[] AS covers
        FROM body_documents d
        WHERE d.body_id = ANY(${bodyIds}) AND d.kind = 'TERMS_OF_REFERENCE' AND d.status <> 'DRAFT'
          AND d.adopted_on IS NOT NULL AND d.adopted_on <= ${asOf}
        ORDER BY d.body_id, d.adopted_on DESC, d.id`,
  );
}

/** The bodies' published decisions, with how many partners had ratified each by the date. */
export function decisionFacts(db: Database, bodyIds: SQL, asOf: IsoDate): Promise<DecisionFact[]> {
  return selectRows<DecisionFact>(
    db,
    sql`SELECT d.id, d.body_id AS "bodyId", d.status,
               (SELECT count(*)::int FROM ratifications r
                 WHERE r.decision_id = d.id AND r.status = 'RATIFIED' AND r.decided_on <= ${asOf}) AS ratified
        FROM decisions d
        WHERE d.body_id = ANY(${bodyIds}) AND d.published AND d.decided_on <= ${asOf}
        ORDER BY d.decided_on, d.id`,
  );
}
