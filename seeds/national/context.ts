import type { UpperArea } from './areas';
import type { AreaPartners } from './partners';
import type { AreaPlaces } from './places';
import type { PostRegistry } from './posts';
import type { AreaProfile, Constituency } from './profile';
import { Random } from './random';
import type { Rows } from './rows';

/** Everything the builders need about one area. */
export interface AreaContext {
  area: UpperArea;
  profile: AreaProfile;
  places: AreaPlaces;
  partners: AreaPartners;
  posts: PostRegistry;
  rows: Rows;
  districtConstituency: ReadonlyMap<string, Constituency>;
  /** A stream of numbers for one purpose in this area, so builders never shift each other's draws. */
  random(purpose: string): Random;
}

export function randomFor(seedNumber: number, area: UpperArea): (purpose: string) => Random {
  return (purpose) => new Random(seedNumber, area.code, purpose);
}

/** Keeps a generated start date inside an area that ends (the 2009 counties), a month before its end. */
export function clampStart(area: UpperArea, date: string): string {
  if (area.validTo === null || date < area.validTo) return date;
  const end = new Date(`${area.validTo}T00:00:00Z`);
  end.setUTCMonth(end.getUTCMonth() - 1);
  return end.toISOString().slice(0, 10);
}
