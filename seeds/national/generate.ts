import type { UpperArea } from './areas';
import { buildArea } from './area';
import { OrganisationRegistry } from './organisations';
import { drawNationalProfile } from './profile';
import { emptyRows, type Rows } from './rows';

/** Every row for the given areas, built in memory so the database sees one bulk insert per table. */
export function generateNational(areas: readonly UpperArea[], seedNumber: number): Rows {
  const national = drawNationalProfile(seedNumber);
  const rows = emptyRows();
  const registry = new OrganisationRegistry(rows);
  for (const area of areas) buildArea(area, seedNumber, national, registry, rows);
  return rows;
}
