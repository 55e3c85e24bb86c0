import { nationalAreas, type UpperArea } from './areas';

/**
 * The generator keys its organisations by GSS code, force, region or nation ("E10000016|la", "force|Kent|police"),
 * and their ids come from those keys; their registry codes are the house style instead
 * (src/modules/organisations/organisation-code.ts). Migration 0016 turns the codes of a national data set loaded
 * before it into these by the same rules, in SQL: change one, change both (test/organisation-codes-migration.test.ts
 * holds them together).
 */

/** Lower-case words joined by hyphens: "Bristol, City of" is bristol-city-of. */
export const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const upperAreas = new Map<string, UpperArea>(nationalAreas.map((area) => [area.code, area]));
const districts = new Map(
  nationalAreas.flatMap((county) => county.districts.map((district) => [district.code, { district, county }] as const)),
);

/**
 * Force-wide partners take kinds of their own: a sourced area of the same name already has its `police`,
 * `probation`… (Lancashire's own constabulary beside the one the generator makes for Blackpool's force).
 */
const forceKinds: Record<string, string> = {
  police: 'police-force',
  policeAuthority: 'police-authority',
  probation: 'probation-area',
  connexions: 'connexions-partnership',
  lsc: 'lsc-area',
  jobcentre: 'jobcentre-plus-district',
};

const localKind = (part: string): string =>
  part
    .replace(/^primary-(\d+)$/, 'primary-school-$1')
    .replace(/^high-(\d+)$/, 'high-school-$1')
    .replace(/^special$/, 'special-school');

/** The registry code of the generated organisation with this key. */
export function nationalCode(key: string): string {
  const [head = '', part = '', ...rest] = key.split('|');
  if (key === 'cafcass') return 'england/cafcass';
  if (key === 'fire|London') return 'london/fire-brigade';
  if (head === 'force') return `${slug(part)}/${forceKinds[rest[0] ?? ''] ?? fail(key)}`;
  if (head === 'sha') return `${slug(part.replace(/^NHS /, ''))}/sha`;
  const district = districts.get(head);
  if (district && part === 'council')
    return `${slug(district.county.name)}/district-council-${slug(district.district.name)}`;
  const area = upperAreas.get(head) ?? fail(key);
  const place = slug(area.name);
  if (part === 'la') return `${place}/${area.kind === 'COUNTY' ? 'county-council' : 'council'}`;
  if (part === 'pct') return [`${place}/pct`, ...rest.filter((word) => word !== 'whole').map(slug)].join('-');
  return `${place}/${localKind(part)}`;
}

function fail(key: string): never {
  throw new Error(`National seed: no registry code for the key "${key}"`);
}
