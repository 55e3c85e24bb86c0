import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Database } from '../../db';
import { holdsAt, type IsoDate } from '../../shared/dates';

/* The organisations of an area as at a date and the kinds under the s10 duty to co-operate. */

export interface OrganisationFact {
  id: string;
  name: string;
  kind: string;
  sector: string;
  areaId: string | null;
  /** Under the s10 duty on the date: its own status where it has one, else its kind's. */
  hasDuty: boolean;
}

/** Organisations of the areas, or covering them, on the date, each with whether it is under the duty. */
export function organisationFacts(db: Database, areaIds: SQL, asOf: IsoDate): Promise<OrganisationFact[]> {
  return selectRows<OrganisationFact>(
    db,
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
  );
}

/** Organisation kinds under the s10 duty to co-operate on the date, whether or not the area has one. */
export async function dutyKindsOn(db: Database, asOf: IsoDate): Promise<string[]> {
  const rows = await selectRows<{ kind: string }>(
    db,
    sql`SELECT DISTINCT d.organisation_kind AS kind FROM duty_statuses d
        WHERE d.organisation_kind IS NOT NULL AND d.organisation_id IS NULL AND d.regime = 'CA2004_S10'
          AND d.status = 'DUTY_TO_COOPERATE' AND ${holdsAt('d', asOf)} ORDER BY 1`,
  );
  return rows.map((row) => row.kind);
}
