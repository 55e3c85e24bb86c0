import type { UpperArea } from './areas';

/** Forces styled "Constabulary" in 2008; the rest were "Police". Background knowledge. */
const constabularies = new Set([
  'Avon and Somerset',
  'Cambridgeshire',
  'Cheshire',
  'Cumbria',
  'Derbyshire',
  'Devon and Cornwall',
  'Durham',
  'Gloucestershire',
  'Hampshire',
  'Hertfordshire',
  'Lancashire',
  'Leicestershire',
  'Norfolk',
  'Suffolk',
  'West Mercia',
  'Wiltshire',
]);

/** Names of the bodies organised by police force area: one police service covers several trusts (003 ¶83). */
export interface ForceAreaNames {
  police: string;
  policeAuthority: string;
  probation: string;
  connexions: string;
  lsc: string;
  jobcentre: string;
}

export function forceAreaNames(force: string): ForceAreaNames {
  const london = force === 'Metropolitan' || force === 'City of London';
  const place = london ? 'London' : force;
  const police =
    force === 'Metropolitan'
      ? 'Metropolitan Police Service'
      : `${force} ${constabularies.has(force) ? 'Constabulary' : 'Police'}`;
  const policeAuthority =
    force === 'Metropolitan'
      ? 'Metropolitan Police Authority'
      : force === 'City of London'
        ? 'City of London Police Committee'
        : `${force} Police Authority`;
  return {
    police,
    policeAuthority,
    // The 42 probation areas followed police force areas, with London as one area.
    probation: `${place} Probation Area`,
    connexions: `Connexions ${place}`,
    lsc: `Learning and Skills Council ${place}`,
    jobcentre: `Jobcentre Plus ${place} district`,
  };
}

/** South East Coast took Kent, Surrey and Sussex when the ten SHAs formed in July 2006; South Central the rest. */
const southEastCoast = new Set(['E10000016', 'E06000035', 'E10000030', 'E10000011', 'E10000032', 'E06000043']);

const strategicHealthAuthorities: Record<UpperArea['region'], string> = {
  NORTH_EAST: 'NHS North East',
  NORTH_WEST: 'NHS North West',
  YORKSHIRE_AND_THE_HUMBER: 'NHS Yorkshire and the Humber',
  EAST_MIDLANDS: 'NHS East Midlands',
  WEST_MIDLANDS: 'NHS West Midlands',
  EAST_OF_ENGLAND: 'NHS East of England',
  LONDON: 'NHS London',
  SOUTH_EAST: 'NHS South Central',
  SOUTH_WEST: 'NHS South West',
};

export function strategicHealthAuthority(area: UpperArea): string {
  return southEastCoast.has(area.code) ? 'NHS South East Coast' : strategicHealthAuthorities[area.region];
}
