import { getTableName } from 'drizzle-orm';
import { seedId } from '../support/ids';
import type { AreaSpec, BodySpec, KeyedTable, LineSpec, OrganisationSpec, PostSpec, SeatSpec } from './builder-types';
import type { Provenance } from './citations';
import { codeOf, codesTidiedOn } from './codes';
import { laterOf } from './dates';
import { emptyRows, sourcedTables, type SourcedRows, type SourcedTableName } from './tables';

interface Entry {
  table: KeyedTable;
  id: string;
  validFrom?: string;
}

type LineKind = NonNullable<SourcedRows['accountabilityLines'][number]['kind']>;
type SuccessionKind = SourcedRows['organisationSuccessions'][number]['kind'];
type LegalStatus = SourcedRows['bodyLegalStatuses'][number]['status'];

/** The deterministic id of a row: `seedId(<SQL table name>, key)`, so areas get `seedId('areas', gssCode)`. */
export const rowId = (table: SourcedTableName, key: string): string => seedId(getTableName(sourcedTables[table]), key);

/**
 * Turns compact declarations, which refer to one another by natural key ('staffordshire/trust-board', or the GSS
 * code for an area), into insertable rows with stable ids. Unknown or mistyped keys fail at build time.
 * Structure lives here; documents, plans, budgets and decisions are added by `SourcedBuilder` (builder-plans.ts).
 */
export class StructureBuilder {
  readonly rows: SourcedRows = emptyRows();
  private readonly entries = new Map<string, Entry>();
  private readonly seated = new Map<string, Set<string>>();

  protected register(table: KeyedTable, key: string, validFrom?: string): string {
    if (this.entries.has(key)) throw new Error(`Sourced seed: key "${key}" declared twice`);
    const id = rowId(table, key);
    this.entries.set(key, { table, id, validFrom });
    return id;
  }

  protected entry(key: string, ...tables: KeyedTable[]): Entry {
    const found = this.entries.get(key);
    if (!found) throw new Error(`Sourced seed: unknown key "${key}"`);
    if (!tables.includes(found.table)) {
      throw new Error(`Sourced seed: "${key}" is in ${found.table}, expected ${tables.join(' or ')}`);
    }
    return found;
  }

  /** The id of a declared record, checking it lives in one of the given tables. */
  idOf(key: string, ...tables: KeyedTable[]): string {
    return this.entry(key, ...tables).id;
  }

  /** The start of a declared record's validity, where it has one. */
  validFromOf(key: string): string | undefined {
    return this.entries.get(key)?.validFrom;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** The natural keys of the members already seated on a body. */
  seatedOn(bodyKey: string): ReadonlySet<string> {
    return this.seated.get(bodyKey) ?? new Set();
  }

  area({ parent, prov, ...spec }: AreaSpec): string {
    const id = this.register('areas', spec.code, spec.validFrom);
    const parentAreaId = parent === undefined ? undefined : this.idOf(parent, 'areas');
    this.rows.areas.push({ ...spec, id, parentAreaId, ...prov });
    return id;
  }

  organisation(key: string, { area, coverage = [], prov, ...spec }: OrganisationSpec): string {
    const id = this.register('organisations', key, spec.validFrom);
    const areaId = area === undefined ? undefined : this.idOf(area, 'areas');
    // The registry code that identity claims and API keys name: the key itself, unless 0016 retired it.
    const code = codeOf(key);
    this.rows.organisations.push({ ...spec, id, code, areaId, ...prov });
    if (code !== key) this.formerCode(id, key, spec.validFrom, spec.validTo);
    for (const code of coverage) this.coverage(key, code, prov, spec.validFrom);
    return id;
  }

  /** A retired code, kept as an identifier for the time it was the code, as migration 0016 keeps it. */
  private formerCode(organisationId: string, code: string, validFrom: string, validTo?: string | null): void {
    this.rows.organisationIdentifiers.push({
      id: rowId('organisationIdentifiers', `${code}|REGISTRY_CODE`),
      organisationId,
      scheme: 'REGISTRY_CODE',
      value: code,
      validFrom,
      validTo: validTo != null && validTo < codesTidiedOn ? validTo : codesTidiedOn,
      // The registry's own record, read in no source: synthetic in the seed's sense, as the migration marks it.
      sources: [],
      synthetic: true,
    });
  }

  coverage(organisation: string, area: string, prov: Provenance, validFrom: string, validTo?: string): void {
    const id = rowId('organisationCoverage', `${organisation}|${area}|${validFrom}`);
    const organisationId = this.idOf(organisation, 'organisations');
    this.rows.organisationCoverage.push({
      id,
      organisationId,
      areaId: this.idOf(area, 'areas'),
      validFrom,
      validTo,
      ...prov,
    });
  }

  organisationSuccession(
    predecessor: string,
    successor: string,
    kind: SuccessionKind,
    occurredOn: string,
    prov: Provenance,
  ): void {
    const predecessorId = this.idOf(predecessor, 'organisations');
    const successorId = this.idOf(successor, 'organisations');
    const id = rowId('organisationSuccessions', `${predecessor}|${successor}`);
    this.rows.organisationSuccessions.push({ id, predecessorId, successorId, kind, occurredOn, ...prov });
  }

  body(
    key: string,
    { area, prov, governanceModel, role, chairType, votingArrangement, decisionRule, ...spec }: BodySpec,
  ): string {
    const id = this.register('bodies', key, spec.validFrom);
    this.rows.bodies.push({ ...spec, id, areaId: this.idOf(area, 'areas'), ...prov });
    const workings = { governanceModel, role, chairType, votingArrangement, decisionRule };
    if (Object.values(workings).some((value) => value != null)) {
      const { validFrom, validTo } = spec;
      this.rows.bodyWorkings.push({
        id: rowId('bodyWorkings', `${key}|${validFrom}`),
        bodyId: id,
        ...workings,
        validFrom,
        validTo,
        ...prov,
      });
    }
    return id;
  }

  /** Another name of a body, for the period it was used: by default, the body's whole existence. */
  /** An organisation's own status under a duty, where its kind's does not settle it. */
  dutyStatus(
    organisation: string,
    status: SourcedRows['dutyStatuses'][number]['status'],
    validFrom: string,
    prov: Provenance,
  ): void {
    const organisationId = this.idOf(organisation, 'organisations');
    const id = rowId('dutyStatuses', `${organisation}|CA2004_S10|${validFrom}`);
    this.rows.dutyStatuses.push({ id, organisationId, regime: 'CA2004_S10', status, validFrom, ...prov });
  }

  alias(body: string, alias: string, prov: Provenance, validFrom?: string, validTo?: string | null): void {
    const id = rowId('bodyAliases', `${body}|${alias}`);
    const owner = this.rows.bodies.find((row) => row.id === this.idOf(body, 'bodies'))!;
    this.rows.bodyAliases.push({
      id,
      bodyId: owner.id!,
      alias,
      validFrom: validFrom ?? owner.validFrom,
      validTo: validTo === undefined ? owner.validTo : validTo,
      ...prov,
    });
  }

  legalStatus(body: string, status: LegalStatus, prov: Provenance, validFrom?: string, validTo?: string): void {
    const from = validFrom ?? this.entry(body, 'bodies').validFrom;
    if (from === undefined) throw new Error(`Sourced seed: no start date for the legal status of "${body}"`);
    const id = rowId('bodyLegalStatuses', `${body}|${from}`);
    this.rows.bodyLegalStatuses.push({
      id,
      bodyId: this.idOf(body, 'bodies'),
      status,
      validFrom: from,
      validTo,
      ...prov,
    });
  }

  bodySuccession(predecessor: string, successor: string, occurredOn: string, prov: Provenance): void {
    const predecessorId = this.idOf(predecessor, 'bodies');
    const successorId = this.idOf(successor, 'bodies');
    const id = rowId('bodySuccessions', `${predecessor}|${successor}`);
    this.rows.bodySuccessions.push({ id, predecessorId, successorId, occurredOn, ...prov });
  }

  post(key: string, { employer, responsibleTo, prov, ...spec }: PostSpec): string {
    const id = this.register('posts', key, spec.validFrom);
    const employerId = employer === undefined ? undefined : this.idOf(employer, 'organisations');
    const responsibleToBodyId = responsibleTo === undefined ? undefined : this.idOf(responsibleTo, 'bodies');
    this.rows.posts.push({ ...spec, id, employerId, responsibleToBodyId, ...prov });
    return id;
  }

  postFunder(post: string, organisation: string, sharePercent: string | undefined, prov: Provenance): void {
    const id = rowId('postFunders', `${post}|${organisation}`);
    const organisationId = this.idOf(organisation, 'organisations');
    this.rows.postFunders.push({ id, postId: this.idOf(post, 'posts'), organisationId, sharePercent, ...prov });
  }

  /**
   * That a post had a holder from a date, where a source says so, without a name: the sources name no one, and
   * people are never invented (DOMAIN.md §7). The holder is a person record with no name, one per holding.
   */
  unnamedHolder(post: string, validFrom: string, prov: Provenance, validTo?: string): void {
    const personId = rowId('people', `${post}|holder|${validFrom}`);
    this.rows.people.push({ id: personId, name: null, category: 'ADULT', ...prov });
    this.rows.postHoldings.push({
      id: rowId('postHoldings', `${post}|${validFrom}`),
      postId: this.idOf(post, 'posts'),
      personId,
      validFrom,
      validTo,
      ...prov,
    });
  }

  /** Seats a post or an organisation on a body. */
  seat(body: string, member: string, { onBehalfOf, prov, validFrom, ...spec }: SeatSpec): void {
    const seatOn = this.entry(body, 'bodies');
    const holder = this.entry(member, 'posts', 'organisations');
    const from = validFrom ?? laterOf(seatOn.validFrom ?? '', holder.validFrom ?? '');
    this.rows.memberships.push({
      ...spec,
      id: rowId('memberships', `${body}|${member}|${from}`),
      bodyId: seatOn.id,
      memberPostId: holder.table === 'posts' ? holder.id : undefined,
      memberOrganisationId: holder.table === 'organisations' ? holder.id : undefined,
      onBehalfOfId: onBehalfOf === undefined ? undefined : this.idOf(onBehalfOf, 'organisations'),
      validFrom: from,
      ...prov,
    });
    this.seated.set(body, new Set([...this.seatedOn(body), member]));
  }

  /** A dated accountability line between bodies or organisations. */
  line(kind: LineKind, from: string, to: string, { prov, validFrom, ...spec }: LineSpec): void {
    const start = this.entry(from, 'bodies', 'organisations');
    const end = this.entry(to, 'bodies', 'organisations');
    const since = validFrom ?? laterOf(start.validFrom ?? '', end.validFrom ?? '');
    this.rows.accountabilityLines.push({
      ...spec,
      id: rowId('accountabilityLines', `${kind}|${from}|${to}|${since}`),
      kind,
      fromBodyId: start.table === 'bodies' ? start.id : undefined,
      fromOrganisationId: start.table === 'organisations' ? start.id : undefined,
      toBodyId: end.table === 'bodies' ? end.id : undefined,
      toOrganisationId: end.table === 'organisations' ? end.id : undefined,
      validFrom: since,
      ...prov,
    });
  }
}
