import type {
  bodies as bodiesTable,
  bodyKind,
  bodyLevel,
  ecmOutcome,
  SourceCitation,
} from '../../schema/database/index';
import { clampStart, type AreaContext } from './context';
import { addMonths, dayBetween, latest } from './dates';
import { cite } from './figures';
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

export interface BodySpec extends BodyFields {
  part: string;
  name: string;
  kind: BodyKind;
  level: Level;
  place?: Place;
  validFrom: string;
  sources?: readonly SourceCitation[];
}

/** Adds one body to the area, open until the area itself ends unless told otherwise. */
export function makeBody(ctx: AreaContext, { part, place, sources, ...fields }: BodySpec): Body {
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

const scrutinyNames = {
  CYP_COMMITTEE: ['Children and Young People Scrutiny Committee', '2005-05-01', '2006-06-01'],
  LA_COMMITTEE: ['Overview and Scrutiny Management Committee', '2001-05-01', '2002-05-01'],
  HEALTH_COMMITTEE: ['Health Overview and Scrutiny Committee', '2003-01-01', '2004-01-01'],
} as const;

/** The partnership bodies around the board (the "typical area" of DOMAIN.md §1) other than the board itself. */
export function buildPartnershipBodies(ctx: AreaContext, board: Body): Omit<AreaBodies, 'board'> {
  const { area, profile } = ctx;
  const random = ctx.random('bodies');
  const after = (months: number) => addMonths(board.validFrom, months);
  const lsp = makeBody(ctx, {
    part: 'lsp',
    name: `${area.name} ${random.pick(['Strategic Partnership', 'Local Strategic Partnership', 'Partnership'])}`,
    kind: 'LSP',
    level: 'STRATEGIC',
    chairType: 'LEADER_OF_THE_COUNCIL',
    validFrom: dayBetween(random, '2001-04-01', '2003-04-01'),
    sources: cite.reportsToLsp,
  });
  const lscbStart = dayBetween(random, '2005-10-01', '2006-04-01');
  const lscbIndependentChair = random.chance(0.6);
  const acpc = makeBody(ctx, {
    part: 'acpc',
    name: `${area.name} Area Child Protection Committee`,
    kind: 'AREA_CHILD_PROTECTION_COMMITTEE',
    level: 'STRATEGIC',
    validFrom: latest(area.validFrom, '1995-04-01'),
    validTo: lscbStart,
    sources: cite.acpc,
  });
  const lscb = makeBody(ctx, {
    part: 'lscb',
    name: `${area.name} Safeguarding Children Board`,
    kind: 'LSCB',
    level: 'STRATEGIC',
    chairType: lscbIndependentChair ? 'INDEPENDENT' : 'DIRECTOR_OF_CHILDRENS_SERVICES',
    validFrom: lscbStart,
    sources: cite.lscb,
  });
  ctx.rows.bodySuccessions.push({
    id: nationalId('body_successions', `${area.code}|acpc>lscb`),
    predecessorId: acpc.id,
    successorId: lscb.id,
    occurredOn: lscbStart,
    ...generated(cite.acpc),
  });
  ctx.rows.bodyLegalStatuses.push({
    id: nationalId('body_legal_statuses', `${lscb.key}|statutory`),
    bodyId: lscb.id,
    status: 'STATUTORY_BODY',
    validFrom: lscb.validFrom,
    validTo: lscb.validTo,
    ...generated(cite.acpc),
  });
  const cdrp = makeBody(ctx, {
    part: 'cdrp',
    name: random.pick([
      `Safer ${area.name} Partnership`,
      `${area.name} Community Safety Partnership`,
      `${area.name} Crime and Disorder Reduction Partnership`,
    ]),
    kind: 'CDRP',
    level: 'STRATEGIC',
    validFrom: dayBetween(random, '1998-12-01', '2000-04-01'),
    sources: cite.partnerships,
  });
  const fourteenNineteen = makeBody(ctx, {
    part: '14-19',
    name: `${area.name} 14-19 ${random.pick(['Partnership', 'Strategic Partnership'])}`,
    kind: 'FOURTEEN_NINETEEN_PARTNERSHIP',
    level: 'STRATEGIC',
    validFrom: dayBetween(random, '2005-01-01', '2007-09-01'),
    sources: cite.partnerships,
  });
  const executive = makeBody(ctx, {
    part: 'executive',
    name: `${area.name} ${random.pick(["Children's Trust Executive", "Chief Officers' Group"])}`,
    kind: 'EXECUTIVE_GROUP',
    level: 'EXECUTIVE',
    chairType: 'DIRECTOR_OF_CHILDRENS_SERVICES',
    validFrom: after(random.int(0, 6)),
    sources: cite.subGroups,
  });
  const themes = (Object.keys(ecmLabels) as EcmOutcome[]).map((outcome) => ({
    outcome,
    body: makeBody(ctx, {
      part: `theme-${outcome}`,
      name: `${area.name} ${ecmLabels[outcome]} Sub-group`,
      kind: 'THEME_SUB_GROUP',
      level: 'EXECUTIVE',
      validFrom: after(random.int(1, 12)),
      sources: cite.ecmOutcomes,
    }),
  }));
  const performance = random.chance(0.5)
    ? makeBody(ctx, {
        part: 'performance',
        name: `${area.name} Children's Trust Performance Board`,
        kind: 'PERFORMANCE_BOARD',
        level: 'EXECUTIVE',
        validFrom: after(random.int(3, 18)),
        sources: cite.subGroups,
      })
    : null;
  const commissioning =
    profile.jointCommissioning === 'IN_PLACE'
      ? makeBody(ctx, {
          part: 'jcu',
          name: `${area.name} Joint Commissioning Unit`,
          kind: 'JOINT_COMMISSIONING_UNIT',
          level: 'EXECUTIVE',
          validFrom: after(random.int(3, 18)),
          sources: cite.jointCommissioning,
        })
      : null;
  const localityName = random.pick([
    'Local Change for Children Board',
    'Locality Board',
    "Children's Locality Partnership",
  ]);
  const localities = ctx.places.localities.map((place, i) => ({
    place,
    body: makeBody(ctx, {
      part: `locality-${i + 1}`,
      name: `${place.name} ${localityName}`,
      kind: 'LOCALITY_BOARD',
      level: 'OPERATIONAL',
      place,
      validFrom: place.validFrom,
      sources: cite.localities,
    }),
  }));
  const districts = profile.districtBoards
    ? ctx.places.districts.map((place, index) => ({
        place,
        index,
        body: makeBody(ctx, {
          part: `district-${place.code}`,
          name: `${place.name} District Children's Trust Board`,
          kind: 'DISTRICT_BOARD',
          level: 'OPERATIONAL',
          place,
          validFrom: dayBetween(random, '2006-01-01', '2008-06-01'),
          sources: cite.districtBoards,
        }),
      }))
    : [];
  const scrutiny = profile.scrutiny
    .filter((kind): kind is keyof typeof scrutinyNames => kind !== 'POLICE_AUTHORITY')
    .map((kind) => {
      const [title, from, to] = scrutinyNames[kind];
      return {
        kind,
        body: makeBody(ctx, {
          part: `scrutiny-${kind}`,
          name: `${area.councilName} ${title}`,
          kind: 'SCRUTINY_COMMITTEE',
          level: 'STRATEGIC',
          validFrom: dayBetween(random, from, to),
          sources: cite.scrutiny,
        }),
      };
    });
  return {
    lsp,
    lscb,
    acpc,
    cdrp,
    fourteenNineteen,
    executive,
    themes,
    performance,
    commissioning,
    localities,
    districts,
    scrutiny,
    lscbIndependentChair,
  };
}
