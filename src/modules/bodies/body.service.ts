import { and, count, eq, or } from 'drizzle-orm';
import {
  accountabilityLines,
  bodies,
  bodyAliases,
  bodyLegalStatuses,
  bodyWorkings,
  memberships,
  posts,
} from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate } from '../../shared/dates';
import { assertEndDate, openAfter, refuseOpenDependants } from '../../shared/ending';
import { notFound, requiredText } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import type { Database } from '../../db';
import { endPartsWithOwner, type DatedPart } from '../history/end-parts';
import { lockRow } from '../history/locks';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import type { CreateBodyInput, EndBodyInput, UpdateBodyInput } from './body.input';
import { firstWorkings, workingsOf } from './body-workings.service';

const constraintMeanings = {
  bodies_area_id_areas_id_fk: { field: 'input.area', message: 'There is no such area' },
  bodies_scrutiny_kind_of_committee: {
    field: 'input.scrutinyKind',
    message: 'Only a scrutiny committee (kind SCRUTINY_COMMITTEE) has a scrutiny kind',
  },
};

/**
 * A body read inside a write's transaction and share-locked until it commits, so that it cannot be ended unseen
 * while the write checks something against its existence; one that is not there is the caller's mistake in `field`.
 */
export async function bodyInTransaction(tx: Database, id: string, field: string) {
  const body = await lockRow(tx, bodies, id, 'share');
  if (!body) throw notFound(field, 'There is no such body');
  return body;
}

/** A body's existence in words, for refusals (its end is the first day it no longer exists). */
export const lifetimeOf = (body: { validFrom: string; validTo: string | null }, what = 'The body') =>
  `${what} began on ${body.validFrom}${body.validTo ? ` and ended on ${body.validTo}` : ''}`;

/** The undated particulars an input sets, leaving out what it does not mention. */
function workings(input: CreateBodyInput | UpdateBodyInput): Partial<typeof bodies.$inferInsert> {
  const values: Partial<typeof bodies.$inferInsert> = {};
  if (input.meetingFrequency != null) values.meetingFrequency = input.meetingFrequency.trim() || null;
  if (input.established != null) values.established = isoDate(input.established);
  return values;
}

export async function createBody(context: Context, input: CreateBodyInput): Promise<string> {
  const values = {
    ...workings(input),
    name: requiredText(input.name, 'input.name'),
    kind: input.kind,
    level: input.level,
    areaId: rowIdOf(input.area, 'Area', 'input.area'),
    scrutinyKind: input.scrutinyKind ?? null,
    validFrom: isoDate(input.validFrom),
  };
  return write(context, 'createBody', async (change) =>
    onceFor(change, context, input.clientMutationId, 'createBody', async () => {
      const [row] = await change.tx
        .insert(bodies)
        .values(values)
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({ recordType: 'Body', recordId: row!.id, areaId: row!.areaId, before: null, after: row! });
      await firstWorkings(change, row!, workingsOf(input));
      return row!.id;
    }),
  );
}

export async function updateBody(context: Context, input: UpdateBodyInput): Promise<string> {
  const id = rowIdOf(input.body, 'Body', 'input.body');
  const values = workings(input);
  if (input.name != null) values.name = requiredText(input.name, 'input.name');
  if (input.level != null) values.level = input.level;
  return write(context, 'updateBody', async (change) => {
    const [before] = await change.tx.select().from(bodies).where(eq(bodies.id, id));
    if (!before) throw notFound('input.body', 'There is no such body');
    assertVersion(before, input.expectedVersion);
    const after = await updateVersioned(change.tx, bodies, id, input.expectedVersion, values);
    change.record({ recordType: 'Body', recordId: id, areaId: before.areaId, before, after });
    return id;
  });
}

/** A body that ends has no legal status, workings or other names after that day. */
const partsEndingWithBody: DatedPart[] = [
  {
    table: bodyLegalStatuses,
    owner: bodyLegalStatuses.bodyId,
    recordType: 'BodyLegalStatus',
    what: 'legal status(es)',
  },
  { table: bodyWorkings, owner: bodyWorkings.bodyId, recordType: 'BodyWorkings', what: 'workings' },
  { table: bodyAliases, owner: bodyAliases.bodyId, recordType: 'BodyAlias', what: 'other name(s)' },
];

export async function endBody(context: Context, input: EndBodyInput): Promise<string> {
  const id = rowIdOf(input.body, 'Body', 'input.body');
  const endOn = isoDate(input.endOn);
  return write(context, 'endBody', async (change) => {
    // Locked before the dependants are counted: seats, lines and statuses being added meanwhile hold a share lock on
    // the body, so they are either counted here or wait and then see the end.
    const before = await lockRow(change.tx, bodies, id, 'update');
    if (!before) throw notFound('input.body', 'There is no such body');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'body');
    const tally = async (query: Promise<{ total: number }[]>) => (await query)[0]?.total ?? 0;
    refuseOpenDependants([
      [
        await tally(
          change.tx
            .select({ total: count() })
            .from(memberships)
            .where(and(eq(memberships.bodyId, id), openAfter(memberships, endOn))),
        ),
        'seat(s) on it',
      ],
      [
        await tally(
          change.tx
            .select({ total: count() })
            .from(accountabilityLines)
            .where(
              and(
                or(eq(accountabilityLines.fromBodyId, id), eq(accountabilityLines.toBodyId, id)),
                openAfter(accountabilityLines, endOn),
              ),
            ),
        ),
        'accountability line(s)',
      ],
      [
        await tally(
          change.tx
            .select({ total: count() })
            .from(posts)
            .where(and(eq(posts.responsibleToBodyId, id), openAfter(posts, endOn))),
        ),
        'post(s) responsible to it',
      ],
    ]);
    const after = await updateVersioned(change.tx, bodies, id, input.expectedVersion, { validTo: endOn });
    await endPartsWithOwner(change, id, endOn, before.areaId, partsEndingWithBody);
    change.record({ recordType: 'Body', recordId: id, areaId: before.areaId, before, after });
    return id;
  });
}
