import { eq, sql } from 'drizzle-orm';
import { accountabilityLines } from '../../../schema/database/index';
import type { Context } from '../../context';
import { selectRows } from '../../db';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate, periodFromInput, within, type Period } from '../../shared/dates';
import { assertEndDate } from '../../shared/ending';
import { badUserInput, notFound } from '../../shared/errors';
import { decodeGlobalId } from '../../shared/global-id';
import { assertVersion, onceFor, updateVersioned, write, type Write } from '../history/write';
import { partyOf } from './party';
import type { EndAccountabilityLineInput, RecordAccountabilityLineInput } from './accountability-line.input';

/** Lines that make a hierarchy: together they must never form a cycle on any date (DOMAIN.md §4 rule 13). */
export const hierarchical = ['ACCOUNTABLE_TO', 'REPORTS_TO', 'SUB_GROUP_OF'];

/** Whether `to` already answers, through hierarchical lines that all hold on some date in `period`, to `from`. */
async function wouldCycle({ tx }: Write, from: string, to: string, period: Period): Promise<boolean> {
  const rows = await selectRows<{ found: boolean }>(
    tx,
    sql`
    WITH RECURSIVE line AS (
      SELECT coalesce(from_body_id, from_organisation_id) AS from_id, coalesce(to_body_id, to_organisation_id) AS to_id,
             daterange(valid_from, valid_to, '[)') AS during
      FROM accountability_lines WHERE kind::text = ANY(${sql.param(hierarchical)}::text[])
    ),
    walk(at, during, depth) AS (
      SELECT ${to}::uuid, daterange(${period.validFrom}::date, ${period.validTo}::date, '[)'), 0
      UNION ALL
      SELECT l.to_id, w.during * l.during, w.depth + 1 FROM walk w JOIN line l ON l.from_id = w.at
      WHERE NOT isempty(w.during * l.during) AND w.depth < 50
    )
    SELECT EXISTS (SELECT 1 FROM walk WHERE at = ${from}::uuid) AS found`,
  );
  return rows[0]?.found === true;
}

export async function recordAccountabilityLine(
  context: Context,
  input: RecordAccountabilityLineInput,
): Promise<string> {
  const period = periodFromInput(input.validFrom, input.validTo);
  return write(context, 'recordAccountabilityLine', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordAccountabilityLine', async () => {
      // One hierarchical line at a time, so two concurrent writes cannot close a cycle between them.
      await change.tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('accountability-hierarchy'))`);
      const from = await partyOf(change, input.from, 'input.from');
      const to = await partyOf(change, input.to, 'input.to');
      if (from.id === to.id) throw badUserInput('input.to', 'A line must join two different parties');
      if (!within(period, from.period) || !within(period, to.period)) {
        throw badUserInput('input.validFrom', 'A line must lie within the existence of both its ends');
      }
      // An LSCB made to answer to the board is recorded, as some areas did it (004 ¶84), and the payload warns.
      if (hierarchical.includes(input.kind) && (await wouldCycle(change, from.id, to.id, period))) {
        throw badUserInput('input.to', 'That line would close a cycle of accountability');
      }
      const [row] = await change.tx
        .insert(accountabilityLines)
        .values({
          kind: input.kind,
          fromBodyId: from.bodyId,
          fromOrganisationId: from.organisationId,
          toBodyId: to.bodyId,
          toOrganisationId: to.organisationId,
          note: input.note ?? null,
          basisDocument: input.basisDocument ?? null,
          ...period,
        })
        .returning()
        .catch((error) =>
          explainConstraint(error, {
            accountability_lines_no_duplicate: {
              field: 'input.to',
              message: 'The same line already holds for part of that period',
            },
          }),
        );
      change.record({
        recordType: 'AccountabilityLine',
        recordId: row!.id,
        areaId: from.areaId ?? to.areaId,
        before: null,
        after: row!,
      });
      return row!.id;
    }),
  );
}

export async function endAccountabilityLine(context: Context, input: EndAccountabilityLineInput): Promise<string> {
  const line = decodeGlobalId(input.line);
  if (line?.type !== 'AccountabilityLine')
    throw badUserInput('input.line', `"${input.line}" is not the id of an AccountabilityLine`);
  const endOn = isoDate(input.endOn);
  return write(context, 'endAccountabilityLine', async (change) => {
    const [before] = await change.tx.select().from(accountabilityLines).where(eq(accountabilityLines.id, line.rowId));
    if (!before) throw notFound('input.line', 'There is no such line');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'line');
    const after = await updateVersioned(change.tx, accountabilityLines, line.rowId, input.expectedVersion, {
      validTo: endOn,
    });
    const fromId = before.fromBodyId ?? before.fromOrganisationId!;
    const [area] = await selectRows<{ areaId: string | null }>(
      change.tx,
      sql`SELECT area_id AS "areaId" FROM bodies WHERE id = ${fromId} UNION ALL SELECT area_id FROM organisations WHERE id = ${fromId}`,
    );
    change.record({
      recordType: 'AccountabilityLine',
      recordId: line.rowId,
      areaId: area?.areaId ?? null,
      before,
      after,
    });
    return line.rowId;
  });
}
