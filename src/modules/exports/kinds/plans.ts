import { asc } from 'drizzle-orm';
import { plans } from '../../../../schema/database/index';
import { PlanStore } from '../../plans/index';
import { defineKind } from '../export-kind';
import { globalId, lookup } from './cells';

export const plansKind = defineKind({
  name: 'plans',
  description: 'Plans of the area and the areas within it, as `plans(filter: { area })` lists them (every period).',
  select: (db, scope) =>
    db
      .select({
        plan: plans,
        areaCode: lookup('areas', 'code', plans.areaId),
        ownerName: lookup('bodies', 'name', plans.ownerBodyId),
      })
      .from(plans)
      .where(new PlanStore(db).conditions({ areaId: scope.areaId }))
      .orderBy(asc(plans.periodStart), asc(plans.id)),
  columns: [
    { name: 'id', description: 'The plan’s id in the API', value: (row) => globalId('Plan', row.plan.id) },
    { name: 'plan_kind', description: 'PlanKind: CYPP, SCS, LAA, JSNA, …', value: (row) => row.plan.kind },
    { name: 'title', description: 'Title', value: (row) => row.plan.title },
    { name: 'area_id', description: 'Its area', value: (row) => globalId('Area', row.plan.areaId) },
    { name: 'area_code', description: 'That area’s GSS code', value: (row) => row.areaCode },
    {
      name: 'owner_body_id',
      description: 'The body that owns it',
      value: (row) => globalId('Body', row.plan.ownerBodyId),
    },
    { name: 'owner_body_name', description: 'That body’s name', value: (row) => row.ownerName },
    { name: 'period_start', description: 'First day of its period', value: (row) => row.plan.periodStart },
    {
      name: 'period_end',
      description: 'First day after its period; empty if open-ended',
      value: (row) => row.plan.periodEnd,
    },
    { name: 'adopted_on', description: 'When it was adopted', value: (row) => row.plan.adoptedOn },
    { name: 'published_on', description: 'When it was published', value: (row) => row.plan.publishedOn },
    { name: 'synthetic', description: 'true when generated for sample data', value: (row) => row.plan.synthetic },
  ],
});
