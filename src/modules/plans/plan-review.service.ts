import { and, desc, eq, sql } from 'drizzle-orm';
import { planReviews, planStatuses } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { heldOn, isoDate } from '../../shared/dates';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { planStatusLabels } from '../reference/labels';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import type { PublishPlanReviewInput, RecordPlanReviewInput, RecordPlanStatusInput } from './plan-facts.input';
import { assertBodyOfPlanArea, planInTransaction } from './plan-part';

const overlapping = 'Another status of the plan was recorded for part of that period; read its statuses again';

const constraintMeanings = {
  plan_statuses_no_overlap: { field: 'input.validFrom', message: overlapping },
  plan_reviews_plan_day_key: { field: 'input.reviewedOn', message: 'The plan already has a review on that day' },
  plan_reviews_published_after_review: {
    field: 'input.publishedOn',
    message: 'A review is published on or after the day it was made',
  },
  plan_reviews_reviewing_body_id_bodies_id_fk: { field: 'input.reviewingBody', message: 'There is no such body' },
};

/**
 * Records where a plan stands from a date (planned, in preparation, in place, superseded). The status holding on
 * that date ends that day in the same transaction, as a body's legal status does; only the latest can change this
 * way, so history is corrected forwards, never rewritten.
 */
export async function recordPlanStatus(context: Context, input: RecordPlanStatusInput): Promise<string> {
  const planId = rowIdOf(input.plan, 'Plan', 'input.plan');
  const validFrom = isoDate(input.validFrom);
  return write(context, 'recordPlanStatus', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordPlanStatus', async () => {
      const plan = await planInTransaction(change.tx, planId);
      const [latest] = await change.tx
        .select()
        .from(planStatuses)
        .where(eq(planStatuses.planId, planId))
        .orderBy(desc(planStatuses.validFrom))
        .limit(1);
      let validTo: string | null = null;
      if (latest && validFrom <= latest.validFrom) {
        throw badUserInput(
          'input.validFrom',
          `The plan’s latest status (${planStatusLabels[latest.status].label}) began on ${latest.validFrom}; a change must begin after that`,
        );
      }
      if (latest && heldOn(latest, validFrom)) {
        if (latest.status === input.status) {
          throw badUserInput('input.status', `That is already the plan’s status, since ${latest.validFrom}`);
        }
        validTo = latest.validTo;
        // Only if no one else has changed it since it was read: otherwise the other writer's change stands.
        const [ended] = await change.tx
          .update(planStatuses)
          .set({ validTo: validFrom, version: sql`${planStatuses.version} + 1`, updatedAt: new Date() })
          .where(and(eq(planStatuses.id, latest.id), eq(planStatuses.version, latest.version)))
          .returning();
        if (!ended) throw badUserInput('input.validFrom', overlapping);
        change.record({
          recordType: 'PlanStatusPeriod',
          recordId: latest.id,
          areaId: plan.areaId,
          before: latest,
          after: ended,
        });
      }
      const [row] = await change.tx
        .insert(planStatuses)
        .values({ planId, status: input.status, validFrom, validTo })
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({
        recordType: 'PlanStatusPeriod',
        recordId: row!.id,
        areaId: plan.areaId,
        before: null,
        after: row!,
      });
      return row!.id;
    }),
  );
}

/** A review of a plan, by a body of its area, on a day (001 App. 1: the CYPP's annual review). Unpublished at first. */
export async function recordPlanReview(context: Context, input: RecordPlanReviewInput): Promise<string> {
  const planId = rowIdOf(input.plan, 'Plan', 'input.plan');
  const reviewingBodyId = rowIdOf(input.reviewingBody, 'Body', 'input.reviewingBody');
  const reviewedOn = isoDate(input.reviewedOn);
  const summary = input.summary?.trim() || null;
  return write(context, 'recordPlanReview', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordPlanReview', async () => {
      const plan = await planInTransaction(change.tx, planId);
      if (plan.adoptedOn && reviewedOn < plan.adoptedOn) {
        throw badUserInput('input.reviewedOn', `The plan was adopted on ${plan.adoptedOn}; a review comes after that`);
      }
      await assertBodyOfPlanArea(change.tx, plan, reviewingBodyId, 'input.reviewingBody');
      const [row] = await change.tx
        .insert(planReviews)
        .values({ planId, reviewingBodyId, reviewedOn, summary })
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({ recordType: 'PlanReview', recordId: row!.id, areaId: plan.areaId, before: null, after: row! });
      return row!.id;
    }),
  );
}

/** "The CYPP and the annual review must be published" (001 App. 1); once published, a review stays published. */
export async function publishPlanReview(context: Context, input: PublishPlanReviewInput): Promise<string> {
  const id = rowIdOf(input.review, 'PlanReview', 'input.review');
  const publishedOn = isoDate(input.publishedOn);
  return write(context, 'publishPlanReview', async (change) => {
    const [before] = await change.tx.select().from(planReviews).where(eq(planReviews.id, id));
    if (!before) throw notFound('input.review', 'There is no such review');
    assertVersion(before, input.expectedVersion);
    if (before.publishedOn)
      throw badUserInput('input.review', `The review was already published on ${before.publishedOn}`);
    if (publishedOn < before.reviewedOn) {
      throw badUserInput(
        'input.publishedOn',
        `A review is published on or after the day it was made (${before.reviewedOn})`,
      );
    }
    const plan = await planInTransaction(change.tx, before.planId, 'input.review');
    const after = await updateVersioned(change.tx, planReviews, id, input.expectedVersion, { publishedOn });
    change.record({ recordType: 'PlanReview', recordId: id, areaId: plan.areaId, before, after });
    return id;
  });
}
