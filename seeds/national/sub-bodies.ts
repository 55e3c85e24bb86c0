import { ecmLabels, makeBody, type AreaBodies, type EcmOutcome } from './body';
import type { AreaContext } from './context';
import { addMonths, dayBetween } from './dates';
import { cite } from './figures';
import type { Body } from './posts';

const scrutinyNames = {
  CYP_COMMITTEE: [
    'Children and Young People Scrutiny Committee',
    '2005-05-01',
    '2006-06-01',
    'CHILDREN_AND_YOUNG_PEOPLE',
  ],
  LA_COMMITTEE: ['Overview and Scrutiny Management Committee', '2001-05-01', '2002-05-01', 'LOCAL_AUTHORITY'],
  HEALTH_COMMITTEE: ['Health Overview and Scrutiny Committee', '2003-01-01', '2004-01-01', 'HEALTH'],
} as const;

/**
 * The executive level (003 Table 2): the chief officers' group, a sub-group per ECM outcome, a performance board
 * for half the areas, a joint commissioning unit where the strategy is in place; then locality and district
 * boards, and the council's scrutiny committees.
 */
export function buildSubBodies(
  ctx: AreaContext,
  board: Body,
): Pick<
  AreaBodies,
  'executive' | 'themes' | 'performance' | 'commissioning' | 'localities' | 'districts' | 'scrutiny'
> {
  const { area, profile } = ctx;
  const random = ctx.random('sub-bodies');
  const after = (months: number) => addMonths(board.validFrom, months);
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
      const [title, from, to, scrutinyKind] = scrutinyNames[kind];
      return {
        kind,
        body: makeBody(ctx, {
          part: `scrutiny-${kind}`,
          name: `${area.councilName} ${title}`,
          kind: 'SCRUTINY_COMMITTEE',
          scrutinyKind,
          level: 'STRATEGIC',
          validFrom: dayBetween(random, from, to),
          sources: cite.scrutiny,
        }),
      };
    });
  return { executive, themes, performance, commissioning, localities, districts, scrutiny };
}
