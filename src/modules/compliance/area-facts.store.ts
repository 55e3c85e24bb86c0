import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Database } from '../../db';
import { holdsAt, type IsoDate } from '../../shared/dates';
import { bodyFacts, decisionFacts, lineFacts, seatFacts, termsOfReferenceFacts } from './body-facts.store';
import type { BodyFact, DecisionFact, DocumentFact, LineFact, SeatFact } from './body-facts.store';
import { budgetFacts, type ArrangementFact, type DelegationFact } from './budget-facts.store';
import { dutyKindsOn, organisationFacts, type OrganisationFact } from './organisation-facts.store';
import { planFacts, type PlanFact } from './plan-facts.store';

export type { BodyFact, DecisionFact, DocumentFact, LineFact, SeatFact } from './body-facts.store';
export type { ArrangementFact, DelegationFact } from './budget-facts.store';
export type { OrganisationFact } from './organisation-facts.store';
export type { PlanFact } from './plan-facts.store';

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
      bodyFacts(this.db, areaIds, asOf),
      organisationFacts(this.db, areaIds, asOf),
      dutyKindsOn(this.db, asOf),
    ]);
    const bodyIds = sql`${sql.param(bodies.map((body) => body.id))}::uuid[]`;
    const organisationIds = sql`${sql.param(organisations.map((organisation) => organisation.id))}::uuid[]`;
    const [seats, lines, plans, termsOfReference, decisions, money] = await Promise.all([
      seatFacts(this.db, bodyIds, asOf),
      lineFacts(this.db, bodyIds, organisationIds, asOf),
      planFacts(this.db, areaIds, asOf),
      termsOfReferenceFacts(this.db, bodyIds, asOf),
      decisionFacts(this.db, bodyIds, asOf),
      budgetFacts(this.db, areaIds, bodyIds, asOf),
    ]);
    return { areas, bodies, seats, organisations, dutyKinds, lines, plans, termsOfReference, decisions, ...money };
  }
}
