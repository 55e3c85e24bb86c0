import { and, asc, sql } from 'drizzle-orm';
import { areas } from '../../../../schema/database/index';
import { holdsOn } from '../../../shared/dates';
import { inAreaTree } from '../../areas/index';
import { defineKind } from '../export-kind';
import { globalId, lookup } from './cells';

export const areasKind = defineKind({
  name: 'areas',
  description: 'The area and every area within it (districts, localities) that exists on the date.',
  select: (db, scope) =>
    db
      .select({ area: areas, parentCode: lookup('areas', 'code', areas.parentAreaId) })
      .from(areas)
      .where(and(holdsOn(areas, scope.asOf), scope.areaId ? inAreaTree(areas.id, scope.areaId) : sql`true`))
      .orderBy(asc(areas.name), asc(areas.id)),
  columns: [
    { name: 'id', description: 'The area’s id in the API', value: (row) => globalId('Area', row.area.id) },
    { name: 'code', description: 'GSS code, e.g. E10000028', value: (row) => row.area.code },
    { name: 'name', description: 'Name', value: (row) => row.area.name },
    { name: 'kind', description: 'AreaKind: COUNTY, DISTRICT, UNITARY, …', value: (row) => row.area.kind },
    { name: 'tier', description: 'UPPER, LOWER or LOCAL', value: (row) => row.area.tier },
    { name: 'region', description: 'English region, where recorded', value: (row) => row.area.region },
    {
      name: 'parent_area_id',
      description: 'The area it lies within',
      value: (row) => globalId('Area', row.area.parentAreaId),
    },
    { name: 'parent_area_code', description: 'That area’s GSS code', value: (row) => row.parentCode },
    { name: 'valid_from', description: 'First day it exists', value: (row) => row.area.validFrom },
    {
      name: 'valid_to',
      description: 'First day it no longer exists; empty while it does',
      value: (row) => row.area.validTo,
    },
    { name: 'synthetic', description: 'true when generated for sample data', value: (row) => row.area.synthetic },
  ],
});
