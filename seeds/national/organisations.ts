import type { organisationKind, sector, SourceCitation } from '../../schema/database/index';
import { codesTidiedOn } from '../../src/modules/organisations/organisation-code';
import { nationalCode } from './codes';
import { overlap } from './dates';
import { cite } from './figures';
import type { Place } from './places';
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
      const code = nationalCode(spec.key);
      this.rows.organisations.push({
        id: organisation.id,
        // The registry code that identity claims and API keys name, e.g. "kent/county-council" for E10000016|la.
        code,
        name: spec.name,
        kind: spec.kind,
        sector: spec.sector ?? 'PUBLIC',
        areaId: spec.base === null ? null : (spec.base ?? spec.covers[0])?.id,
        validFrom: organisation.validFrom,
        validTo: organisation.validTo,
        ...generated(spec.sources),
      });
      this.formerCode(organisation);
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

  /** The key was the code until migration 0016, and is kept as a former one, as the migration keeps it. */
  private formerCode(organisation: Organisation): void {
    const { validTo } = organisation;
    this.rows.organisationIdentifiers.push({
      id: nationalId('organisation_identifiers', `${organisation.key}|REGISTRY_CODE`),
      organisationId: organisation.id,
      scheme: 'REGISTRY_CODE',
      value: organisation.key,
      validFrom: organisation.validFrom,
      validTo: validTo !== null && validTo < codesTidiedOn ? validTo : codesTidiedOn,
      ...generated(),
    });
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
