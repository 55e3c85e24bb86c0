import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** A subquery of the ids of an area and every area within it (districts, localities). */
export function areaAndDescendants(areaId: string): SQL {
  return treeFrom(sql`id = ${areaId}`);
}

/** The same, for the area with a GSS code. */
export function areaCodeAndDescendants(code: string): SQL {
  return treeFrom(sql`code = ${code}`);
}

/**
 * Each level's children are read by `parent_area_id`'s index, one probe per area already found: as a join, the
 * planner, guessing ten areas a level, hash-joined the tree against every area of England at each level.
 */
function treeFrom(start: SQL): SQL {
  return sql`(
    WITH RECURSIVE tree(id) AS (
      SELECT id FROM areas WHERE ${start}
      UNION
      SELECT unnest(ARRAY(SELECT child.id FROM areas child WHERE child.parent_area_id = tree.id)) FROM tree
    )
    SELECT id FROM tree
  )`;
}

/**
 * `column` is the area or one within it. As `= ANY(ARRAY(…))` the tree is worked out first, once, and its few ids
 * probe the column's index; `IN (subquery)` let the planner hash-join the tree against every row of the table.
 */
export function inAreaTree(column: SQLWrapper, areaId: string): SQL {
  return sql`${column} = ANY(ARRAY${areaAndDescendants(areaId)})`;
}
