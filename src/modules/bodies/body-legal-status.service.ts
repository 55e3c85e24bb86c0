import { and, desc, eq, sql } from 'drizzle-orm';
import { bodyLegalStatuses } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { heldOn, isoDate } from '../../shared/dates';
import { assertEndDate } from '../../shared/ending';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { legalStatusLabels } from '../reference/labels';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import type { EndBodyLegalStatusInput, RecordBodyLegalStatusInput } from './body-parts.input';
import { bodyInTransaction, lifetimeOf } from './body.service';

const overlapping = 'Another legal status of the body was recorded for part of that period; read its statuses again';

const constraintMeanings = {
  // Two writers changing the same body's status at once: the database lets one of them through.
  body_legal_statuses_no_overlap: { field: 'input.validFrom', message: overlapping },
  body_legal_statuses_body_id_bodies_id_fk: { field: 'input.body', message: 'There is no such body' },
};

const label = (status: keyof typeof legalStatusLabels) => legalStatusLabels[status].label;

/**
 * Records a body's legal status from a date. The status holding on that date, if any, ends that day in the same
 * transaction, and the new one takes over the rest of its period; otherwise the new one holds for as long as the
 * body does. Only the latest status can be changed this way: history is corrected by ending, not rewriting.
 */
export async function recordBodyLegalStatus(context: Context, input: RecordBodyLegalStatusInput): Promise<string> {
  const bodyId = rowIdOf(input.body, 'Body', 'input.body');
  const validFrom = isoDate(input.validFrom);
  return write(context, 'recordBodyLegalStatus', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordBodyLegalStatus', async () => {
      const body = await bodyInTransaction(change.tx, bodyId, 'input.body');
      if (!heldOn(body, validFrom)) {
        throw badUserInput('input.validFrom', `${lifetimeOf(body)}; its legal status can change only while it exists`);
      }
      const [latest] = await change.tx
        .select()
        .from(bodyLegalStatuses)
        .where(eq(bodyLegalStatuses.bodyId, bodyId))
        .orderBy(desc(bodyLegalStatuses.validFrom))
        .limit(1);
      let validTo = body.validTo;
      if (latest && validFrom <= latest.validFrom) {
        throw badUserInput(
          'input.validFrom',
          `The body’s ${latest.validTo === null ? 'open' : 'latest'} legal status (${label(latest.status)}) began on ` +
            `${latest.validFrom}; a change must begin after that`,
        );
      }
      if (latest && heldOn(latest, validFrom)) {
        if (latest.status === input.status) {
          throw badUserInput('input.status', `That is already its legal status, since ${latest.validFrom}`);
        }
        // The new status takes over the rest of the old one's period, and never outlives the body.
        validTo = latest.validTo ?? body.validTo;
        // Only if no one else has changed it since it was read: otherwise the other writer's change stands.
        const [ended] = await change.tx
          .update(bodyLegalStatuses)
          .set({ validTo: validFrom, version: sql`${bodyLegalStatuses.version} + 1`, updatedAt: new Date() })
          .where(and(eq(bodyLegalStatuses.id, latest.id), eq(bodyLegalStatuses.version, latest.version)))
          .returning();
        if (!ended) throw badUserInput('input.validFrom', overlapping);
        change.record({
          recordType: 'BodyLegalStatus',
          recordId: latest.id,
          areaId: body.areaId,
          before: latest,
          after: ended,
        });
      }
      const [row] = await change.tx
        .insert(bodyLegalStatuses)
        .values({ bodyId, status: input.status, validFrom, validTo })
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({
        recordType: 'BodyLegalStatus',
        recordId: row!.id,
        areaId: body.areaId,
        before: null,
        after: row!,
      });
      return row!.id;
    }),
  );
}

/** Ends a legal status on a date, within its own period and the body's existence. */
export async function endBodyLegalStatus(context: Context, input: EndBodyLegalStatusInput): Promise<string> {
  const id = rowIdOf(input.legalStatus, 'BodyLegalStatus', 'input.legalStatus');
  const endOn = isoDate(input.endOn);
  return write(context, 'endBodyLegalStatus', async (change) => {
    const [before] = await change.tx.select().from(bodyLegalStatuses).where(eq(bodyLegalStatuses.id, id));
    if (!before) throw notFound('input.legalStatus', 'There is no such legal status');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'legal status');
    const body = await bodyInTransaction(change.tx, before.bodyId, 'input.legalStatus');
    if (body.validTo !== null && endOn > body.validTo) {
      throw badUserInput('input.endOn', `${lifetimeOf(body)}; its status cannot outlast it`);
    }
    const after = await updateVersioned(change.tx, bodyLegalStatuses, id, input.expectedVersion, { validTo: endOn });
    change.record({ recordType: 'BodyLegalStatus', recordId: id, areaId: body.areaId, before, after });
    return id;
  });
}
