import type { Database } from '../../src/db';
import { barnsley, declareBarnsley } from './areas/barnsley';
import { cambridgeshire, declareCambridgeshire } from './areas/cambridgeshire';
import { declareLancashire, lancashire } from './areas/lancashire';
import { declareLeicestershire, leicestershire } from './areas/leicestershire';
import { declareMerton, merton } from './areas/merton';
import { declareNamedBy004, namedBy004 } from './areas/named-by-004';
import { berkshireWestAreas, declareRespondents, respondentAreas } from './areas/respondents';
import { declareStaffordshire, staffordshire } from './areas/staffordshire';
import { declareSunderland, sunderland } from './areas/sunderland';
import { declareTorbay, torbay } from './areas/torbay';
import { declareWalsall, walsall } from './areas/walsall';
import { SourcedBuilder } from './builder-plans';
import { insertSourcedRows, type InsertCounts } from './load';
import { declarePowers } from './powers';
import { typePostsAndSeats } from '../support/typed-posts';
import type { SourcedRows } from './tables';

interface SourcedGroup {
  /** GSS codes of the upper-tier areas the group declares. */
  codes: string[];
  declare: (b: SourcedBuilder) => void;
}

/**
 * The real areas the five sources describe, in declaration order: a partner shared by several areas (the
 * Metropolitan Police, Sutton and Merton PCT) is declared by the first and covered by the later ones.
 */
const sourcedGroups: SourcedGroup[] = [
  { codes: [leicestershire.code], declare: declareLeicestershire },
  { codes: [walsall.code], declare: declareWalsall },
  { codes: [merton.code], declare: declareMerton },
  { codes: [staffordshire.code], declare: declareStaffordshire },
  { codes: [lancashire.code], declare: declareLancashire },
  { codes: [sunderland.code], declare: declareSunderland },
  { codes: [torbay.code], declare: declareTorbay },
  { codes: [barnsley.code], declare: declareBarnsley },
  { codes: [cambridgeshire.code], declare: declareCambridgeshire },
  { codes: Object.values(namedBy004), declare: declareNamedBy004 },
  { codes: [...Object.values(respondentAreas), ...Object.values(berkshireWestAreas)], declare: declareRespondents },
];

/** GSS codes of the upper-tier areas seeded from the sources; the national generator skips them. */
export const sourcedAreaCodes: string[] = sourcedGroups.flatMap((g) => g.codes);

/** Every row of the sourced areas, with deterministic ids; building does not touch the database. */
export function buildSourcedRows(): SourcedRows {
  const b = new SourcedBuilder();
  declarePowers(b);
  for (const group of sourcedGroups) group.declare(b);
  typePostsAndSeats(b.rows);
  return b.rows;
}

/** Loads the sourced areas and reports how many rows each table gained (none on a second run). */
export async function seedSourcedAreas(db: Database): Promise<InsertCounts> {
  return insertSourcedRows(db, buildSourcedRows());
}

/** The areas the source documents describe, each record citing its source. */
export async function loadSourcedAreas(db: Database): Promise<void> {
  await seedSourcedAreas(db);
}

export type { InsertCounts } from './load';
export type { SourcedRows } from './tables';
