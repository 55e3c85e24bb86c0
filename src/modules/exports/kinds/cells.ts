import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { toGlobalId, type RecordTypeName } from '../../../shared/global-id';

/** The id the API gives the record (as it stands, whatever the export's date), or nothing for a null reference. */
export function globalId(type: RecordTypeName, rowId: string | null | undefined): string | null {
  return rowId ? toGlobalId(type, rowId) : null;
}

/** A column of another table by the row a reference names, as a correlated subquery (the planner makes it a join). */
export function lookup(
  table: 'areas' | 'organisations' | 'bodies' | 'posts' | 'powers',
  column: string,
  id: AnyColumn | SQL,
): SQL<string | null> {
  return sql<
    string | null
  >`(SELECT looked_up.${sql.raw(column)} FROM ${sql.raw(table)} looked_up WHERE looked_up.id = ${id})`;
}

/** Which of a pair of reference columns is set: a party is a body or an organisation. */
export function partyType(bodyId: string | null): 'BODY' | 'ORGANISATION' {
  return bodyId ? 'BODY' : 'ORGANISATION';
}
