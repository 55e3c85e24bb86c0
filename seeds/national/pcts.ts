import type { UpperArea } from './areas';
import { cite } from './figures';
import type { Organisation, OrganisationRegistry } from './organisations';
import type { AreaPlaces } from './places';
import type { Random } from './random';

export interface PrimaryCareTrust {
  current: Organisation;
  /** Trusts merged into it in October 2006; empty when it was already in place. */
  predecessors: Organisation[];
}

const pctMerger = '2006-10-01';

/**
 * One PCT where the area is coterminous (25 of 31, 004 ¶66), otherwise two that split it. Half the current
 * trusts formed from two or three predecessors in 2006, roughly halving the count as 303 → 152 did.
 */
export function buildPrimaryCareTrusts(
  registry: OrganisationRegistry,
  area: UpperArea,
  places: AreaPlaces,
  coterminous: boolean,
  random: Random,
): PrimaryCareTrust[] {
  const variants = coterminous
    ? [{ prefix: '', half: 0 }]
    : [
        { prefix: 'North ', half: 0 },
        { prefix: 'South ', half: 1 },
      ];
  return variants.map(({ prefix, half }) => {
    const merged = random.chance(0.5);
    const districts = coterminous ? [] : places.districts.filter((_, i) => i % 2 === half);
    const name = `${prefix}${area.name} Primary Care Trust`;
    const key = `${area.code}|pct|${prefix.trim() || 'whole'}`;
    const current = registry.add({
      key,
      name,
      kind: 'PRIMARY_CARE_TRUST',
      validFrom: merged ? pctMerger : '2002-04-01',
      covers: [places.upper, ...districts],
      sources: cite.coterminousPct,
    });
    const predecessors = merged
      ? ['East', 'West', 'Central'].slice(0, random.int(2, 3)).map((part) =>
          registry.add({
            key: `${key}|${part}`,
            name: name.replace(' Primary Care Trust', ` ${part} Primary Care Trust`),
            kind: 'PRIMARY_CARE_TRUST',
            validFrom: '2002-04-01',
            validTo: pctMerger,
            covers: [places.upper],
            sources: cite.coterminousPct,
          }),
        )
      : [];
    registry.merge(predecessors, current, pctMerger);
    return { current, predecessors };
  });
}
