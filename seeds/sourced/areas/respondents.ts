import type { AreaContext } from '../area-context';
import { districtsByCounty } from '../../national/districts';
import type { SourcedBuilder } from '../builder-plans';
import { c000, c003, sourced, synthetic } from '../citations';
import { attestedBy000, registryEpoch } from '../dates';
import { trustBoard } from '../trust-board';

/** Bodies in 000's list of respondents to the 2008 consultation: their names and existence, nothing more. */
export const respondentAreas = {
  hertfordshire: 'E10000015',
  shropshire: 'E10000026',
  halton: 'E06000006',
} as const;

/** The unitaries Berkshire West PCT served (background knowledge): names and GSS codes. */
export const berkshireWestAreas = {
  'West Berkshire': 'E06000037',
  Reading: 'E06000038',
  Wokingham: 'E06000041',
} as const;

const respondents = c000('List of organisations that responded');

interface Respondent {
  slug: string;
  code: string;
  name: string;
  kind: 'COUNTY' | 'UNITARY';
  /** The county's districts and the day the county ended, for a two-tier county that became unitary. */
  twoTierUntil?: string;
  region: 'EAST_OF_ENGLAND' | 'WEST_MIDLANDS' | 'NORTH_WEST';
  /** The council is not in the list: its name is background knowledge (synthetic). */
  council: string;
  board: string;
}

/**
 * Shropshire answered in 2008 as a two-tier county (E10000026), with five districts, until the unitary council took
 * over on 1 April 2009 (background knowledge; the national seed ends the same seven counties then). The unitary
 * that followed is outside the sources, so it is not recorded here.
 */
const areas: Respondent[] = [
  {
    slug: 'hertfordshire',
    code: respondentAreas.hertfordshire,
    name: 'Hertfordshire',
    kind: 'COUNTY',
    region: 'EAST_OF_ENGLAND',
    council: 'Hertfordshire County Council',
    board: "Hertfordshire Children's Trust Partnership",
  },
  {
    slug: 'shropshire',
    code: respondentAreas.shropshire,
    name: 'Shropshire',
    kind: 'COUNTY',
    region: 'WEST_MIDLANDS',
    twoTierUntil: '2009-04-01',
    council: 'Shropshire County Council',
    board: "Shropshire Children's Trust",
  },
  // "alliance board" is one of the names 003 ¶58 lists for trust boards.
  {
    slug: 'halton',
    code: respondentAreas.halton,
    name: 'Halton',
    kind: 'UNITARY',
    region: 'NORTH_WEST',
    council: 'Halton Borough Council',
    board: "Halton Children and Young People's Alliance Board",
  },
];

/** A county's districts as they stood until it became unitary: names and codes are background knowledge. */
function declareDistricts(b: SourcedBuilder, county: Respondent, until: string): void {
  for (const district of districtsByCounty.get(county.code) ?? []) {
    b.area({
      code: district.code,
      name: district.name,
      kind: 'DISTRICT',
      tier: 'LOWER',
      parent: county.code,
      region: county.region,
      validFrom: registryEpoch,
      validTo: until,
      prov: synthetic(respondents),
    });
  }
}

export function declareRespondents(b: SourcedBuilder): void {
  for (const area of areas) {
    b.area({
      code: area.code,
      name: area.name,
      kind: area.kind,
      tier: 'UPPER',
      region: area.region,
      validFrom: registryEpoch,
      validTo: area.twoTierUntil,
      prov: sourced(respondents),
    });
    b.organisation(`${area.slug}/council`, {
      name: area.council,
      kind: 'LOCAL_AUTHORITY',
      sector: 'PUBLIC',
      area: area.code,
      validFrom: registryEpoch,
      validTo: area.twoTierUntil,
      prov: synthetic(c003('App. 1 ¶162')),
    });
    if (area.twoTierUntil) declareDistricts(b, area, area.twoTierUntil);
    const ctx: AreaContext = {
      slug: area.slug,
      code: area.code,
      name: area.name,
      council: `${area.slug}/council`,
      councilName: area.council,
      twoTier: area.kind === 'COUNTY',
      pcts: [],
    };
    // Attested by the 2008 list, so recorded from the convention date; establishment is unknown and left empty.
    trustBoard(b, ctx, {
      name: area.board,
      validFrom: attestedBy000,
      validTo: area.twoTierUntil,
      prov: sourced(respondents, c003('¶58')),
    });
  }
  declareBerkshireWest(b);
}

/**
 * Berkshire West PCT is in the list (000, List of organisations that responded), which says no more than its name.
 * That it served the three unitaries of west Berkshire, from offices in Reading, is background knowledge, as are
 * their names and codes; they are declared so that the trust has an area, and so an area filter reaches it.
 */
function declareBerkshireWest(b: SourcedBuilder): void {
  const background = synthetic(respondents);
  for (const [name, code] of Object.entries(berkshireWestAreas)) {
    b.area({
      code,
      name,
      kind: 'UNITARY',
      tier: 'UPPER',
      region: 'SOUTH_EAST',
      validFrom: registryEpoch,
      prov: background,
    });
  }
  // Its key names no area; its code is reading/pct (seeds/sourced/codes.ts).
  b.organisation('org/berkshire-west-pct', {
    name: 'Berkshire West PCT',
    kind: 'PRIMARY_CARE_TRUST',
    sector: 'PUBLIC',
    area: berkshireWestAreas.Reading,
    validFrom: attestedBy000,
    prov: sourced(respondents),
  });
  for (const code of Object.values(berkshireWestAreas)) {
    b.coverage('org/berkshire-west-pct', code, background, attestedBy000);
  }
}
