import { seedId } from '../support/ids';
import type { UpperArea } from './areas';
import { dayBetween } from './dates';
import { cite } from './figures';
import type { Random } from './random';
import { generated, type Ref, type Rows } from './rows';

export interface Place extends Ref {
  code: string;
  name: string;
}

export interface AreaPlaces {
  upper: Place;
  districts: Place[];
  localities: Place[];
}

const compass = [
  'Central',
  'North',
  'South',
  'East',
  'West',
  'North East',
  'North West',
  'South East',
  'South West',
  'Mid',
  'Outer',
];
const roundNames = ['Central', 'North', 'South', 'East'];

/**
 * The area, its districts (two-tier counties) and its localities. Area ids are `seedId('areas', code)`, the key
 * the sourced seed also uses, so a real area and a generated one can never both exist.
 */
export function buildPlaces(area: UpperArea, random: Random, rows: Rows): AreaPlaces {
  const upper: Place = {
    id: seedId('areas', area.code),
    code: area.code,
    name: area.name,
    validFrom: area.validFrom,
    validTo: area.validTo,
  };
  rows.areas.push({ ...upper, kind: area.kind, tier: 'UPPER', region: area.region, ...generated() });
  const districts = area.districts.map((district): Place => {
    const place = {
      id: seedId('areas', district.code),
      code: district.code,
      name: district.name,
      validFrom: '1974-04-01',
      validTo: area.validTo,
    };
    rows.areas.push({
      ...place,
      kind: 'DISTRICT',
      tier: 'LOWER',
      region: area.region,
      parentAreaId: upper.id,
      ...generated(),
    });
    return place;
  });
  // 3–11 localities (004 ¶65); in counties each sits within a district, named after it.
  const count = random.int(3, 11);
  const localities: Place[] = [];
  for (let i = 0; i < count; i += 1) {
    const district = districts.length > 0 ? districts[i % districts.length] : undefined;
    const name = district
      ? `${district.name} ${roundNames[Math.floor(i / districts.length)]}`
      : `${area.name} ${compass[i]}`;
    const code = `${area.code}-L${String(i + 1).padStart(2, '0')}`;
    const place = {
      id: seedId('areas', code),
      code,
      name,
      validFrom: dayBetween(random, '2005-04-01', '2008-09-01'),
      validTo: area.validTo,
    };
    rows.areas.push({
      ...place,
      kind: 'LOCALITY',
      tier: 'LOCAL',
      region: area.region,
      parentAreaId: district?.id ?? upper.id,
      ...generated(cite.localities),
    });
    localities.push(place);
  }
  return { upper, districts, localities };
}
