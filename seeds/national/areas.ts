import type { region } from '../../schema/database/index';
import { districtsByCounty, type District } from './districts';
import { counties, londonBoroughs, metropolitanBoroughs, unitaries } from './england';

export type Region = (typeof region.enumValues)[number];
export type UpperKind = 'COUNTY' | 'UNITARY' | 'METROPOLITAN_BOROUGH' | 'LONDON_BOROUGH';

export interface UpperArea {
  code: string;
  name: string;
  kind: UpperKind;
  region: Region;
  /** Police force area: police, probation, Connexions, LSC and Jobcentre Plus are shared across it. */
  force: string;
  councilName: string;
  validFrom: string;
  /** 1 April 2009 for the seven counties replaced by unitary councils; null otherwise. */
  validTo: string | null;
  districts: readonly District[];
}

const regions: Record<string, Region> = {
  NE: 'NORTH_EAST',
  NW: 'NORTH_WEST',
  YH: 'YORKSHIRE_AND_THE_HUMBER',
  EM: 'EAST_MIDLANDS',
  WM: 'WEST_MIDLANDS',
  EE: 'EAST_OF_ENGLAND',
  LN: 'LONDON',
  SE: 'SOUTH_EAST',
  SW: 'SOUTH_WEST',
};

/** Bedfordshire, Cheshire, Cornwall, Durham, Northumberland, Shropshire and Wiltshire: gone on 1 April 2009. */
const abolishedIn2009 = new Set([
  'E10000001',
  'E10000004',
  'E10000005',
  'E10000010',
  'E10000022',
  'E10000026',
  'E10000033',
]);

const defaultCouncilName: Record<UpperKind, (name: string) => string> = {
  COUNTY: (name) => `${name} County Council`,
  UNITARY: (name) => `${name} Council`,
  METROPOLITAN_BOROUGH: (name) => `${name} Metropolitan Borough Council`,
  LONDON_BOROUGH: (name) => `London Borough of ${name}`,
};

function parse(table: string, kind: UpperKind): UpperArea[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [code, name, regionCode, force, year, council] = line.split('|');
      if (!code || !name || !regionCode || !force || !year) throw new Error(`Malformed area row: ${line}`);
      const region = regions[regionCode];
      if (!region) throw new Error(`Unknown region ${regionCode} in: ${line}`);
      return {
        code,
        name,
        kind,
        region,
        force,
        councilName: council ?? defaultCouncilName[kind](name),
        validFrom: `${year}-04-01`,
        validTo: abolishedIn2009.has(code) ? '2009-04-01' : null,
        districts: districtsByCounty.get(code) ?? [],
      };
    });
}

/** Round robin over the four kinds, so the first N areas mix counties, unitaries and boroughs. */
function interleave(groups: UpperArea[][]): UpperArea[] {
  const result: UpperArea[] = [];
  const longest = Math.max(...groups.map((group) => group.length));
  for (let i = 0; i < longest; i += 1) {
    for (const group of groups) {
      const area = group[i];
      if (area) result.push(area);
    }
  }
  return result;
}

/** All 150 upper-tier areas, in the fixed order a numeric scale takes its first N from. */
export const nationalAreas: readonly UpperArea[] = interleave([
  parse(counties, 'COUNTY'),
  parse(unitaries, 'UNITARY'),
  parse(metropolitanBoroughs, 'METROPOLITAN_BOROUGH'),
  parse(londonBoroughs, 'LONDON_BOROUGH'),
]);

export function selectAreas(scale: 'national' | number): UpperArea[] {
  if (scale === 'national') return [...nationalAreas];
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`Scale must be "national" or a positive whole number`);
  return nationalAreas.slice(0, scale);
}
