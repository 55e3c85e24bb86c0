import { eq } from 'drizzle-orm';
import { dutyStatuses } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate, periodFromInput } from '../../shared/dates';
import { assertEndDate } from '../../shared/ending';
import { badUserInput, notFound, requiredText } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { lockRow } from '../history/locks';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import { organisations } from '../../../schema/database/index';
import type { EndDutyStatusInput, RecordDutyStatusInput } from './duty-status.input';

const overlapping = 'Another status under that regime was recorded for part of that period; end it first';

const constraintMeanings = {
  duty_statuses_kind_no_overlap: { field: 'input.validFrom', message: overlapping },
  duty_statuses_organisation_no_overlap: { field: 'input.validFrom', message: overlapping },
  duty_statuses_organisation_id_organisations_id_fk: {
    field: 'input.organisation',
    message: 'There is no such organisation',
  },
};

/**
 * Records a duty status of an organisation kind or of one organisation. Statuses are registry-level facts
 * (DOMAIN.md §2: the sources settle who is a relevant partner), so only administrators record them, each resting on
 * at least one cited passage; periods for one subject and regime never overlap.
 */
export async function recordDutyStatus(context: Context, input: RecordDutyStatusInput): Promise<string> {
  if ((input.organisation == null) === (input.organisationKind == null)) {
    throw badUserInput('input.organisation', 'Name either an organisation or an organisation kind, not both');
  }
  if (!input.sources.length) throw badUserInput('input.sources', 'Cite at least one passage the status rests on');
  const sources = input.sources.map((source, i) => ({
    document: requiredText(source.document, `input.sources.${i}.document`),
    locator: requiredText(source.locator, `input.sources.${i}.locator`),
  }));
  const period = periodFromInput(input.validFrom, input.validTo);
  const organisationId = input.organisation ? rowIdOf(input.organisation, 'Organisation', 'input.organisation') : null;
  return write(context, 'recordDutyStatus', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordDutyStatus', async () => {
      let areaId: string | null = null;
      if (organisationId) {
        const organisation = await lockRow(change.tx, organisations, organisationId, 'share');
        if (!organisation) throw notFound('input.organisation', 'There is no such organisation');
        areaId = organisation.areaId;
      }
      const [row] = await change.tx
        .insert(dutyStatuses)
        .values({
          organisationId,
          organisationKind: input.organisationKind ?? null,
          regime: input.regime,
          status: input.status,
          ...period,
          sources,
        })
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({ recordType: 'DutyStatus', recordId: row!.id, areaId, before: null, after: row! });
      return row!.id;
    }),
  );
}

/** Ends a duty status on a date, within its own period. */
export async function endDutyStatus(context: Context, input: EndDutyStatusInput): Promise<string> {
  const id = rowIdOf(input.dutyStatus, 'DutyStatus', 'input.dutyStatus');
  const endOn = isoDate(input.endOn);
  return write(context, 'endDutyStatus', async (change) => {
    const [before] = await change.tx.select().from(dutyStatuses).where(eq(dutyStatuses.id, id));
    if (!before) throw notFound('input.dutyStatus', 'There is no such duty status');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'duty status');
    const after = await updateVersioned(change.tx, dutyStatuses, id, input.expectedVersion, { validTo: endOn });
    const areaId = before.organisationId
      ? ((await change.tx.select().from(organisations).where(eq(organisations.id, before.organisationId)))[0]?.areaId ??
        null)
      : null;
    change.record({ recordType: 'DutyStatus', recordId: id, areaId, before, after });
    return id;
  });
}
