import { and, count, eq, exists, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import { anyOf } from '../../shared/any-of';
import { readById } from '../../shared/compiled-read';
import {
  areas,
  dutyStatuses,
  organisationCoverage,
  organisationIdentifiers,
  organisationNames,
  organisations,
  organisationSuccessions,
} from '../../../schema/database/index';
import { selectRows, type Database } from '../../db';
import { holdsAt, holdsOn, type IsoDate } from '../../shared/dates';
import { datedRowsByKey, rowsById, rowsByKey } from '../../shared/loaders';
import { keysetPage, toPage, type PageRequest } from '../../shared/pagination';
import { containsPattern } from '../../shared/search';
import { inAreaTree } from '../areas/index';
import type { OrganisationRow } from './organisation.type';

export interface OrganisationCriteria {
  areaId?: string | null;
  kinds?: OrganisationRow['kind'][] | null;
  sector?: OrganisationRow['sector'] | null;
  nameContains?: string | null;
  codes?: string[] | null;
  asOf: IsoDate;
}

const organisationsById = readById(organisations);

export class OrganisationStore {
  constructor(private readonly db: Database) {}

  readonly byId = rowsById((ids) => organisationsById(this.db, ids));

  readonly names = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(organisationNames)
        .where(anyOf(organisationNames.organisationId, ids))
        .orderBy(organisationNames.validFrom),
    (row) => row.organisationId,
  );

  readonly identifiers = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(organisationIdentifiers)
        .where(anyOf(organisationIdentifiers.organisationId, ids))
        .orderBy(organisationIdentifiers.scheme, organisationIdentifiers.validFrom),
    (row) => row.organisationId,
  );

  readonly coverage = datedRowsByKey(
    (ids, asOf) =>
      this.db
        .select({ organisationId: organisationCoverage.organisationId, area: areas })
        .from(organisationCoverage)
        .innerJoin(areas, eq(areas.id, organisationCoverage.areaId))
        .where(and(anyOf(organisationCoverage.organisationId, ids), holdsOn(organisationCoverage, asOf)))
        .orderBy(areas.name),
    (row) => row.organisationId,
  );

  readonly identifierById = rowsById((ids) =>
    this.db.select().from(organisationIdentifiers).where(anyOf(organisationIdentifiers.id, ids)),
  );

  /** Every period of coverage, ended ones too, with its area: what an editor needs to end one. */
  readonly coveragePeriods = rowsByKey(
    (ids) =>
      this.db
        .select({ coverage: organisationCoverage, area: areas })
        .from(organisationCoverage)
        .innerJoin(areas, eq(areas.id, organisationCoverage.areaId))
        .where(anyOf(organisationCoverage.organisationId, ids))
        .orderBy(organisationCoverage.validFrom, areas.name),
    (row) => row.coverage.organisationId,
  );

  readonly coverageById = rowsById(async (ids) => {
    const rows = await this.db
      .select({ coverage: organisationCoverage, area: areas })
      .from(organisationCoverage)
      .innerJoin(areas, eq(areas.id, organisationCoverage.areaId))
      .where(anyOf(organisationCoverage.id, ids));
    return rows.map((row) => ({ ...row, id: row.coverage.id }));
  });

  readonly successionById = rowsById((ids) =>
    this.db.select().from(organisationSuccessions).where(anyOf(organisationSuccessions.id, ids)),
  );

  readonly successionsFrom = rowsByKey(
    (ids) => this.db.select().from(organisationSuccessions).where(anyOf(organisationSuccessions.predecessorId, ids)),
    (row) => row.predecessorId,
  );

  readonly successionsTo = rowsByKey(
    (ids) => this.db.select().from(organisationSuccessions).where(anyOf(organisationSuccessions.successorId, ids)),
    (row) => row.successorId,
  );

  /** Statuses of the organisation itself and of its kind; keys are organisation ids. */
  readonly dutyStatuses = datedRowsByKey(
    async (ids, asOf) => {
      const rows = await this.db
        .select({ organisationId: organisations.id, status: dutyStatuses })
        .from(organisations)
        .innerJoin(
          dutyStatuses,
          or(eq(dutyStatuses.organisationId, organisations.id), eq(dutyStatuses.organisationKind, organisations.kind)),
        )
        .where(and(anyOf(organisations.id, ids), holdsOn(dutyStatuses, asOf)));
      return rows;
    },
    (row) => row.organisationId,
  );

  /**
   * The PCTs and police services covering each area on a date, each with the number of other upper-tier areas it
   * covers then: what coterminosity is read from (004 ¶66; 003 ¶83). One statement per batch of areas.
   */
  readonly coverersOfArea = datedRowsByKey(
    (areaIds, asOf) =>
      selectRows<{ areaId: string; organisationId: string; kind: string; otherAreas: number }>(
        this.db,
        sql`SELECT c.area_id AS "areaId", o.id AS "organisationId", o.kind::text AS kind,
                   (SELECT count(DISTINCT other.area_id)::int FROM organisation_coverage other
                      JOIN areas oa ON oa.id = other.area_id AND oa.tier = 'UPPER'
                     WHERE other.organisation_id = o.id AND other.area_id <> c.area_id
                       AND ${holdsAt('other', asOf)}) AS "otherAreas"
            FROM organisation_coverage c JOIN organisations o ON o.id = c.organisation_id
            WHERE c.area_id = ANY(${sql.param(areaIds)}::uuid[]) AND ${holdsAt('c', asOf)} AND ${holdsAt('o', asOf)}
              AND o.kind IN ('PRIMARY_CARE_TRUST', 'CARE_TRUST', 'POLICE_SERVICE')
            ORDER BY o.name, o.id`,
      ),
    (row) => row.areaId,
  );

  readonly dutyStatusById = rowsById((ids) => this.db.select().from(dutyStatuses).where(anyOf(dutyStatuses.id, ids)));

  async dutyStatusesOfKind(kind: OrganisationRow['kind'] | null, asOf: IsoDate) {
    return this.db
      .select()
      .from(dutyStatuses)
      .where(
        and(
          kind ? eq(dutyStatuses.organisationKind, kind) : sql`organisation_kind IS NOT NULL`,
          holdsOn(dutyStatuses, asOf),
        ),
      )
      .orderBy(dutyStatuses.organisationKind, dutyStatuses.regime);
  }

  async page(criteria: OrganisationCriteria, request: PageRequest) {
    const page = keysetPage(organisations.name, organisations.id, request);
    const rows = await this.db
      .select()
      .from(organisations)
      .where(and(this.conditions(criteria), page.where))
      .orderBy(...page.orderBy)
      .limit(page.limit);
    return toPage(rows, request, (row) => row.name);
  }

  async count(criteria: OrganisationCriteria): Promise<number> {
    const [row] = await this.db.select({ total: count() }).from(organisations).where(this.conditions(criteria));
    return row?.total ?? 0;
  }

  /** The rows a list of the API answers, so that an export writes exactly those. */
  conditions(criteria: OrganisationCriteria): SQL | undefined {
    return and(
      holdsOn(organisations, criteria.asOf),
      criteria.areaId ? this.inArea(criteria.areaId, criteria.asOf) : undefined,
      criteria.kinds?.length ? inArray(organisations.kind, criteria.kinds) : undefined,
      criteria.sector ? eq(organisations.sector, criteria.sector) : undefined,
      criteria.nameContains ? this.nameMatches(criteria.nameContains) : undefined,
      criteria.codes ? this.codeMatches(criteria.codes) : undefined,
    );
  }

  private inArea(areaId: string, asOf: IsoDate): SQL {
    const serves = this.db
      .select({ one: sql`1` })
      .from(organisationCoverage)
      .where(
        and(
          eq(organisationCoverage.organisationId, organisations.id),
          inAreaTree(organisationCoverage.areaId, areaId),
          holdsOn(organisationCoverage, asOf),
        ),
      );
    return or(inAreaTree(organisations.areaId, areaId), exists(serves))!;
  }

  /**
   * Holds one of the codes now, or held it before a rename (a REGISTRY_CODE identifier, migration 0016): ids from
   * two indexed lookups, rather than an OR that would test every organisation.
   */
  private codeMatches(codes: string[]): SQL {
    const current = this.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.code, codes));
    const former = this.db
      .select({ id: organisationIdentifiers.organisationId })
      .from(organisationIdentifiers)
      .where(and(eq(organisationIdentifiers.scheme, 'REGISTRY_CODE'), inArray(organisationIdentifiers.value, codes)));
    return inArray(organisations.id, union(current, former));
  }

  private nameMatches(text: string): SQL {
    const pattern = containsPattern(text);
    const formerName = this.db
      .select({ one: sql`1` })
      .from(organisationNames)
      .where(and(eq(organisationNames.organisationId, organisations.id), ilike(organisationNames.name, pattern)));
    return or(ilike(organisations.name, pattern), exists(formerName))!;
  }
}
