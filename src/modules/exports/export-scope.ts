import { eq } from 'drizzle-orm';
import { areas } from '../../../schema/database/index';
import type { Database } from '../../db';
import { dateProblem, today } from '../../shared/dates';
import type { ExportScope } from './export-kind';

/** Why an export cannot be made, as the route answers it: a status, an API error code and the parameter at fault. */
export class ExportRefused extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND',
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** `england`, or an area's GSS code, as at `asOf` (default today). */
export async function resolveScope(db: Database, areaCode: string, asOf: string | null): Promise<ExportScope> {
  const date = asOf ?? today();
  const problem = dateProblem(date);
  if (problem) throw new ExportRefused(400, 'BAD_USER_INPUT', 'asOf', `asOf: ${problem}`);
  if (areaCode.toLowerCase() === 'england') return { areaId: null, areaCode: 'england', asOf: date };
  if (!/^[A-Za-z0-9]{1,20}$/.test(areaCode)) {
    throw new ExportRefused(400, 'BAD_USER_INPUT', 'area', 'The area is `england` or a GSS code such as E10000028');
  }
  const [area] = await db.select({ id: areas.id, code: areas.code }).from(areas).where(eq(areas.code, areaCode));
  if (!area) throw new ExportRefused(404, 'NOT_FOUND', 'area', `No area has the code ${areaCode}`);
  return { areaId: area.id, areaCode: area.code, asOf: date };
}
