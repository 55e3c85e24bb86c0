import type {
  bodies as bodiesTable,
  bodyKind,
  bodyLevel,
  bodyWorkings as workingsTable,
  ecmOutcome,
  SourceCitation,
} from '../../schema/database/index';
import { clampStart, type AreaContext } from './context';
import type { Place } from './places';
import type { Body } from './posts';
import type { ScrutinyKind } from './profile';
import { generated, nationalId } from './rows';

type BodyKind = (typeof bodyKind.enumValues)[number];
type Level = (typeof bodyLevel.enumValues)[number];
export type EcmOutcome = (typeof ecmOutcome.enumValues)[number];
type BodyFields = Partial<
  Omit<typeof bodiesTable.$inferInsert, 'id' | 'name' | 'kind' | 'level' | 'areaId' | 'sources'>
>;
/** How a body works: dated, so stored as a period of its own from the body's start (see `bodyWorkings`). */
export type Workings = Partial<
  Pick<
    typeof workingsTable.$inferInsert,
    'governanceModel' | 'role' | 'chairType' | 'votingArrangement' | 'decisionRule'
  >
>;

export interface BodySpec extends BodyFields, Workings {
  part: string;
  name: string;
  kind: BodyKind;
  level: Level;
  place?: Place;
  validFrom: string;
  sources?: readonly SourceCitation[];
}

/** Adds one body to the area, open until the area itself ends unless told otherwise. */
export function makeBody(ctx: AreaContext, spec: BodySpec): Body {
  const { part, place, sources, governanceModel, role, chairType, votingArrangement, decisionRule, ...fields } = spec;
  const key = `${ctx.area.code}|${part}`;
  const validFrom = clampStart(ctx.area, fields.validFrom);
  const validTo = fields.validTo === undefined ? ctx.area.validTo : fields.validTo;
  const body: Body = { id: nationalId('bodies', key), key, validFrom, validTo };
  ctx.rows.bodies.push({
    ...fields,
    id: body.id,
    areaId: (place ?? ctx.places.upper).id,
    established: fields.established ?? validFrom,
    validFrom,
    validTo,
    ...generated(sources),
  });
  const workings = { governanceModel, role, chairType, votingArrangement, decisionRule };
  if (Object.values(workings).some((value) => value != null)) {
    ctx.rows.bodyWorkings.push({
      id: nationalId('body_workings', `${key}|${validFrom}`),
      bodyId: body.id,
      ...workings,
      validFrom,
      validTo,
      ...generated(sources),
    });
  }
  return body;
}

export const ecmLabels: Record<EcmOutcome, string> = {
  BE_HEALTHY: 'Being Healthy',
  STAY_SAFE: 'Staying Safe',
  ENJOY_AND_ACHIEVE: 'Enjoying and Achieving',
  POSITIVE_CONTRIBUTION: 'Making a Positive Contribution',
  ECONOMIC_WELLBEING: 'Economic Well-being',
};

export interface AreaBodies {
  board: Body;
  lsp: Body;
  lscb: Body;
  acpc: Body;
  cdrp: Body;
  fourteenNineteen: Body;
  executive: Body;
  themes: { outcome: EcmOutcome; body: Body }[];
  performance: Body | null;
  commissioning: Body | null;
  localities: { place: Place; body: Body }[];
  districts: { place: Place; index: number; body: Body }[];
  scrutiny: { kind: Exclude<ScrutinyKind, 'POLICE_AUTHORITY'>; body: Body }[];
  lscbIndependentChair: boolean;
}
