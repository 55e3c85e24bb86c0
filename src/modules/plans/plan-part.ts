import { eq, sql } from 'drizzle-orm';
import { areas, bodies, plans } from '../../../schema/database/index';
import type { Database } from '../../db';
import { badUserInput, notFound } from '../../shared/errors';
import { lockRow } from '../history/locks';
import type { PlanRow } from './plan.type';

/**
 * The plan a part is written to, held in the write's transaction so that the plan cannot change under the check.
 * Its parts are filed in history under their own ids, in the plan's area.
 */
export async function planInTransaction(tx: Database, planId: string, field = 'input.plan'): Promise<PlanRow> {
  const plan = await lockRow(tx, plans, planId, 'share');
  if (!plan) throw notFound(field, 'There is no such plan');
  return plan;
}

/**
 * A body named by a plan's part (a target's owner, a reviewer) belongs to the plan's area or to an area directly
 * within it (a district's board reviewing a county's plan): a plan is its area's, and another area's body has no
 * standing in it.
 */
export async function assertBodyOfPlanArea(tx: Database, plan: PlanRow, bodyId: string, field: string): Promise<void> {
  const [body] = await tx
    .select({ areaId: bodies.areaId, parentAreaId: areas.parentAreaId })
    .from(bodies)
    .innerJoin(areas, eq(areas.id, bodies.areaId))
    .where(eq(bodies.id, bodyId));
  if (!body) throw notFound(field, 'There is no such body');
  if (body.areaId !== plan.areaId && body.parentAreaId !== plan.areaId) {
    throw badUserInput(field, 'The body is not of the plan’s area, nor of an area within it');
  }
}

/** Two plans relate only within one area tree: the same area, or one directly within the other. */
export async function assertRelatedAreas(tx: Database, plan: PlanRow, other: PlanRow, field: string): Promise<void> {
  if (plan.areaId === other.areaId) return;
  const [related] = await tx
    .select({ id: areas.id })
    .from(areas)
    .where(
      sql`(${areas.id} = ${plan.areaId} AND ${areas.parentAreaId} = ${other.areaId})
          OR (${areas.id} = ${other.areaId} AND ${areas.parentAreaId} = ${plan.areaId})`,
    );
  if (!related) throw badUserInput(field, 'The plans are of unrelated areas; a plan relates to plans of its own area');
}
