import { and, count, inArray, or, sql, type SQL } from 'drizzle-orm';
import { anyOf } from '../../shared/any-of';
import {
  consultations,
  planLinks,
  planProducers,
  planReviews,
  plans,
  planStatuses,
  planTargets,
  resourceCommitments,
} from '../../../schema/database/index';
import type { Database } from '../../db';
import { rowsById, rowsByKey } from '../../shared/loaders';
import { keysetPage, toPage, type PageRequest } from '../../shared/pagination';
import { inAreaTree } from '../areas/index';
import type { PlanRow } from './plan.type';

export interface PlanCriteria {
  areaId?: string | null;
  kinds?: PlanRow['kind'][] | null;
}

/** Plans are listed by the start of their period: an area's plans read best in the order they came. */
export const planSortKey = (row: { periodStart: string }) => row.periodStart;

export class PlanStore {
  constructor(private readonly db: Database) {}

  readonly byId = rowsById((ids) => this.db.select().from(plans).where(anyOf(plans.id, ids)));

  readonly commitmentsById = rowsById((ids) =>
    this.db.select().from(resourceCommitments).where(anyOf(resourceCommitments.id, ids)),
  );

  readonly linksById = rowsById((ids) => this.db.select().from(planLinks).where(anyOf(planLinks.id, ids)));
  readonly targetsById = rowsById((ids) => this.db.select().from(planTargets).where(anyOf(planTargets.id, ids)));
  readonly statusesById = rowsById((ids) => this.db.select().from(planStatuses).where(anyOf(planStatuses.id, ids)));
  readonly reviewsById = rowsById((ids) => this.db.select().from(planReviews).where(anyOf(planReviews.id, ids)));

  /** Oldest first: a plan's statuses read as its story. */
  readonly statusesOf = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(planStatuses)
        .where(anyOf(planStatuses.planId, ids))
        .orderBy(planStatuses.validFrom, planStatuses.id),
    (row) => row.planId,
  );

  readonly reviewsOf = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(planReviews)
        .where(anyOf(planReviews.planId, ids))
        .orderBy(planReviews.reviewedOn, planReviews.id),
    (row) => row.planId,
  );

  readonly producersById = rowsById((ids) =>
    this.db.select().from(planProducers).where(anyOf(planProducers.id, ids)),
  );

  readonly producersOf = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(planProducers)
        .where(anyOf(planProducers.planId, ids))
        .orderBy(planProducers.createdAt, planProducers.id),
    (row) => row.planId,
  );

  readonly inArea = rowsByKey(
    (ids) => this.db.select().from(plans).where(anyOf(plans.areaId, ids)).orderBy(plans.periodStart, plans.id),
    (row) => row.areaId,
  );

  readonly ownedBy = rowsByKey(
    (ids) => this.db.select().from(plans).where(anyOf(plans.ownerBodyId, ids)).orderBy(plans.periodStart, plans.id),
    (row) => row.ownerBodyId,
  );

  readonly linksFrom = rowsByKey(
    (ids) => this.db.select().from(planLinks).where(anyOf(planLinks.planId, ids)).orderBy(planLinks.kind, planLinks.id),
    (row) => row.planId,
  );

  readonly linksTo = rowsByKey(
    (ids) =>
      this.db.select().from(planLinks).where(anyOf(planLinks.linkedPlanId, ids)).orderBy(planLinks.kind, planLinks.id),
    (row) => row.linkedPlanId,
  );

  readonly consultationsOn = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(consultations)
        .where(anyOf(consultations.planId, ids))
        .orderBy(consultations.consultedOn, consultations.id),
    (row) => row.planId,
  );

  /** Keys are body or organisation ids. */
  readonly consultationsOf = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(consultations)
        .where(or(anyOf(consultations.consulteeBodyId, ids), anyOf(consultations.consulteeOrganisationId, ids)))
        .orderBy(consultations.consultedOn, consultations.id),
    (row) => row.consulteeBodyId ?? row.consulteeOrganisationId,
  );

  readonly commitmentsTo = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(resourceCommitments)
        .where(anyOf(resourceCommitments.planId, ids))
        .orderBy(resourceCommitments.createdAt, resourceCommitments.id),
    (row) => row.planId,
  );

  readonly commitmentsBy = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(resourceCommitments)
        .where(anyOf(resourceCommitments.organisationId, ids))
        .orderBy(resourceCommitments.createdAt, resourceCommitments.id),
    (row) => row.organisationId,
  );

  readonly targetsOf = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(planTargets)
        .where(anyOf(planTargets.planId, ids))
        .orderBy(planTargets.createdAt, planTargets.id),
    (row) => row.planId,
  );

  async page(criteria: PlanCriteria, request: PageRequest) {
    const page = keysetPage(plans.periodStart, plans.id, request);
    const rows = await this.db
      .select()
      .from(plans)
      .where(and(this.conditions(criteria), page.where))
      .orderBy(...page.orderBy)
      .limit(page.limit);
    return toPage(rows, request, planSortKey);
  }

  async count(criteria: PlanCriteria): Promise<number> {
    const [row] = await this.db.select({ total: count() }).from(plans).where(this.conditions(criteria));
    return row?.total ?? 0;
  }

  /** The rows a list of the API answers, so that an export writes exactly those. */
  conditions(criteria: PlanCriteria): SQL | undefined {
    return and(
      criteria.areaId ? inAreaTree(plans.areaId, criteria.areaId) : undefined,
      criteria.kinds?.length ? inArray(plans.kind, criteria.kinds) : undefined,
    );
  }
}
