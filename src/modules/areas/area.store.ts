import { and, count, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import { anyOf } from '../../shared/any-of';
import { readById } from '../../shared/compiled-read';
import { areas } from '../../../schema/database/index';
import type { Database } from '../../db';
import { holdsOn, type IsoDate } from '../../shared/dates';
import { datedRowsByKey, rowsById } from '../../shared/loaders';
import { keysetPage, toPage, type PageRequest } from '../../shared/pagination';
import { containsPattern } from '../../shared/search';
import type { AreaRow } from './area.type';

export interface AreaCriteria {
  kinds?: AreaRow['kind'][] | null;
  tier?: AreaRow['tier'] | null;
  region?: AreaRow['region'] | null;
  parentAreaId?: string | null;
  nameContains?: string | null;
  asOf: IsoDate;
}

const areasById = readById(areas);

export class AreaStore {
  constructor(private readonly db: Database) {}

  readonly byId = rowsById((ids) => areasById(this.db, ids));

  readonly children = datedRowsByKey(
    (ids, asOf) =>
      this.db
        .select()
        .from(areas)
        .where(and(anyOf(areas.parentAreaId, ids), holdsOn(areas, asOf)))
        .orderBy(areas.name),
    (row) => row.parentAreaId,
  );

  async byCode(code: string): Promise<AreaRow | undefined> {
    const [row] = await this.db.select().from(areas).where(eq(areas.code, code));
    return row;
  }

  async page(criteria: AreaCriteria, request: PageRequest) {
    const page = keysetPage(areas.name, areas.id, request);
    const rows = await this.db
      .select()
      .from(areas)
      .where(and(this.conditions(criteria), page.where))
      .orderBy(...page.orderBy)
      .limit(page.limit);
    return toPage(rows, request, (row) => row.name);
  }

  async count(criteria: AreaCriteria): Promise<number> {
    const [row] = await this.db.select({ total: count() }).from(areas).where(this.conditions(criteria));
    return row?.total ?? 0;
  }

  private conditions(criteria: AreaCriteria): SQL | undefined {
    return and(
      holdsOn(areas, criteria.asOf),
      criteria.kinds?.length ? inArray(areas.kind, criteria.kinds) : undefined,
      criteria.tier ? eq(areas.tier, criteria.tier) : undefined,
      criteria.region ? eq(areas.region, criteria.region) : undefined,
      criteria.parentAreaId ? eq(areas.parentAreaId, criteria.parentAreaId) : undefined,
      criteria.nameContains ? ilike(areas.name, containsPattern(criteria.nameContains)) : undefined,
    );
  }
}
