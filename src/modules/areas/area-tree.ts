import { sql, type SQL } from 'drizzle-orm';

/** A subquery of the ids of an area and every area within it (districts, localities), for `IN (…)` filters. */
export function areaAndDescendants(areaId: string): SQL {
  return sql`(
    WITH RECURSIVE tree(id) AS (
      SELECT id FROM areas WHERE id = ${areaId}
      UNION
      SELECT child.id FROM areas child JOIN tree ON child.parent_area_id = tree.id
    )
    SELECT id FROM tree
  )`;
}
