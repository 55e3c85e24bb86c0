import type { organisationKind, sector, SourceCitation } from '../../schema/database/index';
import type { UpperArea } from './areas';
import { overlap } from './dates';
import { cite } from './figures';
import type { AreaPlaces, Place } from './places';
import { forceAreaNames, strategicHealthAuthority } from './police';
import type { Random } from './random';
import { generated, nationalId, type Ref, type Rows } from './rows';

export type OrganisationKind = (typeof organisationKind.enumValues)[number];
type Sector = (typeof sector.enumValues)[number];

export interface Organisation extends Ref {
  key: string;
  kind: OrganisationKind;
  name: string;
}

interface Spec {
  key: string;
  name: string;
  kind: OrganisationKind;
  sector?: Sector;
  validFrom: string;
  validTo?: string | null;
  /** Where it is based; null for bodies organised above the area (police, SHA, Cafcass). */
  base?: Place | null;
  covers: Place[];
  sources?: readonly SourceCitation[];
}

/** Creates organisations once per run, however many areas share them, and records where each works. */
export class OrganisationRegistry {
  private readonly made = new Map<string, Organisation>();

  constructor(private readonly rows: Rows) {}

  add(spec: Spec): Organisation {
    let organisation = this.made.get(spec.key);
    if (!organisation) {
      organisation = {
        id: nationalId('organisations', spec.key),
        key: spec.key,
        kind: spec.kind,
        name: spec.name,
        validFrom: spec.validFrom,
        validTo: spec.validTo ?? null,
      };
      this.made.set(spec.key, organisation);
      this.rows.organisations.push({
        id: organisation.id,
        name: spec.name,
        kind: spec.kind,
        sector: spec.sector ?? 'PUBLIC',
        areaId: spec.base === null ? null : (spec.base ?? spec.covers[0])?.id,
        validFrom: organisation.validFrom,
        validTo: organisation.validTo,
        ...generated(spec.sources),
      });
    }
    for (const place of spec.covers) {
      const period = overlap(organisation, place);
      if (!period) continue;
      this.rows.organisationCoverage.push({
        id: nationalId('organisation_coverage', `${spec.key}|${place.code}`),
        organisationId: organisation.id,
        areaId: place.id,
        ...period,
        ...generated(spec.sources),
      });
    }
    return organisation;
  }

  /** The identifier is the area's own GSS code, which the council governs. */
  identify(organisation: Organisation, place: Place): void {
    this.rows.organisationIdentifiers.push({
      id: nationalId('organisation_identifiers', `${organisation.key}|GSS`),
      organisationId: organisation.id,
      scheme: 'GSS',
      value: place.code,
      validFrom: organisation.validFrom,
      validTo: organisation.validTo,
      ...generated(),
    });
  }

  /** PCTs went from 303 to 152 in October 2006 (004 ¶66): predecessors merge into the current trust. */
  merge(predecessors: Organisation[], successor: Organisation, on: string): void {
    for (const predecessor of predecessors) {
      this.rows.organisationSuccessions.push({
        id: nationalId('organisation_successions', `${predecessor.key}>${successor.key}`),
        predecessorId: predecessor.id,
        successorId: successor.id,
        kind: 'MERGER',
        occurredOn: on,
        ...generated(cite.coterminousPct),
      });
    }
  }
}

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
