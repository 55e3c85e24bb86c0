import type { UpperArea } from './areas';
import type { AreaPlaces } from './places';
import { cite } from './figures';
import type { Organisation, OrganisationKind, OrganisationRegistry } from './organisations';
import { buildPrimaryCareTrusts, type PrimaryCareTrust } from './pcts';
import { forceAreaNames, strategicHealthAuthority } from './police';
import type { Random } from './random';

/** Every partner organisation an area's bodies draw their members from. */
export interface AreaPartners extends ReturnType<typeof buildForceAreaPartners> {
  la: Organisation;
  pcts: PrimaryCareTrust[];
  yot: Organisation;
  nhsTrust: Organisation;
  college: Organisation;
  cvs: Organisation;
  vcsForum: Organisation;
  business: Organisation;
  /** One primary school per locality and one high school per two; schools are named after their locality. */
  primarySchools: Organisation[];
  highSchools: Organisation[];
  specialSchool: Organisation;
  /** District councils of a two-tier county, in district order. */
  districtCouncils: Organisation[];
}

/** Local organisations are keyed by the area's code; shared ones by force area, region or nation. */
export function buildPartners(
  registry: OrganisationRegistry,
  area: UpperArea,
  places: AreaPlaces,
  coterminousPct: boolean,
  random: Random,
): AreaPartners {
  const local = (
    part: string,
    name: string,
    kind: Organisation['kind'],
    validFrom: string,
    sector?: 'VOLUNTARY_AND_COMMUNITY' | 'PRIVATE',
  ) => registry.add({ key: `${area.code}|${part}`, name, kind, sector, validFrom, covers: [places.upper] });
  const la = registry.add({
    key: `${area.code}|la`,
    name: area.councilName,
    kind: 'LOCAL_AUTHORITY',
    validFrom: area.validFrom,
    validTo: area.validTo,
    covers: [places.upper],
  });
  registry.identify(la, places.upper);
  const districtCouncils = places.districts.map((district) => {
    const council = registry.add({
      key: `${district.code}|council`,
      name: `${district.name} Council`,
      kind: 'DISTRICT_COUNCIL',
      validFrom: district.validFrom,
      validTo: district.validTo,
      covers: [district],
    });
    registry.identify(council, district);
    return council;
  });
  const school = (part: string, name: string, kind: Organisation['kind'], placeIndex: number) =>
    registry.add({
      key: `${area.code}|${part}`,
      name,
      kind,
      validFrom: '1990-09-01',
      covers: [places.localities[placeIndex] ?? places.upper],
    });
  return {
    ...buildForceAreaPartners(registry, area, places),
    la,
    pcts: buildPrimaryCareTrusts(registry, area, places, coterminousPct, random),
    yot: local('yot', `${area.name} Youth Offending Service`, 'YOUTH_OFFENDING_TEAM', '2000-04-01'),
    nhsTrust: local('nhs-trust', `${area.name} Hospitals NHS Trust`, 'NHS_TRUST', '1994-04-01'),
    college: local('college', `${area.name} College`, 'FE_COLLEGE', '1993-04-01'),
    cvs: local(
      'cvs',
      `${area.name} Council for Voluntary Service`,
      'VOLUNTARY_AND_COMMUNITY',
      '1990-04-01',
      'VOLUNTARY_AND_COMMUNITY',
    ),
    vcsForum: local(
      'vcs-forum',
      `${area.name} Children and Young People's Voluntary Sector Forum`,
      'VOLUNTARY_AND_COMMUNITY',
      '2003-04-01',
      'VOLUNTARY_AND_COMMUNITY',
    ),
    business: local('business', `${area.name} Chamber of Commerce`, 'PRIVATE_SECTOR', '1990-04-01', 'PRIVATE'),
    primarySchools: places.localities.map((locality, i) =>
      school(`primary-${i + 1}`, `${locality.name} Primary School`, 'SCHOOL', i),
    ),
    highSchools: places.localities
      .filter((_, i) => i % 2 === 0)
      .map((locality, i) => school(`high-${i + 1}`, `${locality.name} High School`, 'SCHOOL', i * 2)),
    specialSchool: school('special', `${area.name} Special School`, 'SCHOOL', -1),
    districtCouncils,
  };
}

/** Police, probation, Connexions, LSC and Jobcentre Plus, shared by every area of one police force area. */
export function buildForceAreaPartners(registry: OrganisationRegistry, area: UpperArea, places: AreaPlaces) {
  const names = forceAreaNames(area.force);
  const shared = (part: keyof typeof names, kind: OrganisationKind, validFrom: string) =>
    registry.add({
      key: `force|${area.force}|${part}`,
      name: names[part],
      kind,
      validFrom,
      base: null,
      covers: [places.upper],
      sources: cite.policeCoverage,
    });
  return {
    police: shared('police', 'POLICE_SERVICE', '1974-04-01'),
    policeAuthority: shared('policeAuthority', 'POLICE_AUTHORITY', '1995-04-01'),
    probation: shared('probation', 'PROBATION_SERVICE', '2001-04-01'),
    connexions: shared('connexions', 'CONNEXIONS', '2001-04-01'),
    lsc: shared('lsc', 'LEARNING_AND_SKILLS_COUNCIL', '2001-04-01'),
    jobcentre: shared('jobcentre', 'JOBCENTRE_PLUS', '2002-04-01'),
    sha: registry.add({
      key: `sha|${strategicHealthAuthority(area)}`,
      name: strategicHealthAuthority(area),
      kind: 'STRATEGIC_HEALTH_AUTHORITY',
      validFrom: '2006-07-01',
      base: null,
      covers: [places.upper],
    }),
    cafcass: registry.add({
      key: 'cafcass',
      name: 'Cafcass',
      kind: 'OTHER',
      validFrom: '2001-04-01',
      base: null,
      covers: [places.upper],
    }),
    fire: registry.add(
      area.region === 'LONDON'
        ? {
            key: 'fire|London',
            name: 'London Fire Brigade',
            kind: 'FIRE_SERVICE',
            validFrom: '1986-04-01',
            base: null,
            covers: [places.upper],
          }
        : {
            key: `${area.code}|fire`,
            name: `Fire and rescue service for ${area.name}`,
            kind: 'FIRE_SERVICE',
            validFrom: '1986-04-01',
            covers: [places.upper],
          },
    ),
  };
}
