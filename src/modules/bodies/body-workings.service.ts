import { and, desc, eq, sql } from 'drizzle-orm';
import { bodyAliases, bodyWorkings } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { heldOn, isoDate, periodFromInput, within, type IsoDate } from '../../shared/dates';
import { assertEndDate } from '../../shared/ending';
import { badUserInput, notFound, requiredText } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { assertVersion, onceFor, updateVersioned, write, type Write } from '../history/write';
import type { EndBodyAliasInput, EndBodyWorkingsInput, RecordBodyWorkingsInput } from './body-workings.input';
import type { RecordBodyAliasInput } from './body.input';
import { bodyInTransaction, lifetimeOf } from './body.service';

type WorkingsRow = typeof bodyWorkings.$inferSelect;
export type Workings = Pick<
  WorkingsRow,
  'governanceModel' | 'role' | 'chairType' | 'votingArrangement' | 'decisionRule'
>;
const workingsKeys = ['governanceModel', 'role', 'chairType', 'votingArrangement', 'decisionRule'] as const;

const overlapping = 'Another change of the body’s workings was recorded for part of that period; read them again';

const constraintMeanings = {
  body_workings_no_overlap: { field: 'input.validFrom', message: overlapping },
  body_workings_body_id_bodies_id_fk: { field: 'input.body', message: 'There is no such body' },
  body_aliases_no_overlap: {
    field: 'input.alias',
    message: 'The body is already recorded as known by that name for part of that period',
  },
  body_aliases_body_id_bodies_id_fk: { field: 'input.body', message: 'There is no such body' },
};

/** The workings an input names, leaving out what it does not mention. */
export function workingsOf(input: Partial<Record<(typeof workingsKeys)[number], unknown>>): Partial<Workings> {
  return Object.fromEntries(workingsKeys.filter((key) => input[key] != null).map((key) => [key, input[key]]));
}

/**
 * Starts a body's workings from a date inside a write: the period holding that day ends then, in the same
 * transaction, and the new one carries on what the change leaves out and takes over the rest of its period.
 * Only the latest period can be changed this way: history is corrected by ending, not rewriting.
 */
export async function changeWorkings(
  change: Write,
  body: { id: string; areaId: string; validFrom: IsoDate; validTo: IsoDate | null },
  validFrom: IsoDate,
  values: Partial<Workings>,
  expectedVersion?: number | null,
): Promise<string> {
  if (!Object.keys(values).length) {
    throw badUserInput(
      'input',
      'Name at least one of governanceModel, role, chairType, votingArrangement, decisionRule',
    );
  }
  if (!heldOn(body, validFrom)) {
    throw badUserInput('input.validFrom', `${lifetimeOf(body)}; its workings can change only while it exists`);
  }
  const [latest] = await change.tx
    .select()
    .from(bodyWorkings)
    .where(eq(bodyWorkings.bodyId, body.id))
    .orderBy(desc(bodyWorkings.validFrom))
    .limit(1);
  if (latest && validFrom <= latest.validFrom) {
    throw badUserInput(
      'input.validFrom',
      `The body’s latest workings began on ${latest.validFrom}; a change must begin after that`,
    );
  }
  const holding = latest && heldOn(latest, validFrom) ? latest : null;
  if (holding && expectedVersion != null) assertVersion(holding, expectedVersion);
  const carried = holding ? Object.fromEntries(workingsKeys.map((key) => [key, holding[key]])) : {};
  const next = { ...carried, ...values } as Workings;
  if (holding && workingsKeys.every((key) => next[key] === holding[key])) {
    throw badUserInput('input', `Those are already its workings, since ${holding.validFrom}`);
  }
  let validTo = body.validTo;
  if (holding) {
    validTo = holding.validTo ?? body.validTo;
    // Only if no one else has changed them since they were read: otherwise the other writer's change stands.
    const [ended] = await change.tx
      .update(bodyWorkings)
      .set({ validTo: validFrom, version: sql`${bodyWorkings.version} + 1`, updatedAt: new Date() })
      .where(and(eq(bodyWorkings.id, holding.id), eq(bodyWorkings.version, holding.version)))
      .returning();
    if (!ended) throw badUserInput('input.validFrom', overlapping);
    change.record({
      recordType: 'BodyWorkings',
      recordId: holding.id,
      areaId: body.areaId,
      before: holding,
      after: ended,
    });
  }
  const [row] = await change.tx
    .insert(bodyWorkings)
    .values({ bodyId: body.id, ...next, validFrom, validTo })
    .returning()
    .catch((error) => explainConstraint(error, constraintMeanings));
  change.record({ recordType: 'BodyWorkings', recordId: row!.id, areaId: body.areaId, before: null, after: row! });
  return row!.id;
}

/** Records a change of a body's workings from a date (see `changeWorkings`). */
export async function recordBodyWorkings(context: Context, input: RecordBodyWorkingsInput): Promise<string> {
  const bodyId = rowIdOf(input.body, 'Body', 'input.body');
  const validFrom = isoDate(input.validFrom);
  return write(context, 'recordBodyWorkings', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordBodyWorkings', async () => {
      const body = await bodyInTransaction(change.tx, bodyId, 'input.body');
      return changeWorkings(change, body, validFrom, workingsOf(input), input.expectedVersion);
    }),
  );
}

/** Ends a period of a body's workings on a date, within its own period. */
export async function endBodyWorkings(context: Context, input: EndBodyWorkingsInput): Promise<string> {
  const id = rowIdOf(input.workings, 'BodyWorkings', 'input.workings');
  const endOn = isoDate(input.endOn);
  return write(context, 'endBodyWorkings', async (change) => {
    const [before] = await change.tx.select().from(bodyWorkings).where(eq(bodyWorkings.id, id));
    if (!before) throw notFound('input.workings', 'There are no such workings');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'workings');
    const body = await bodyInTransaction(change.tx, before.bodyId, 'input.workings');
    const after = await updateVersioned(change.tx, bodyWorkings, id, input.expectedVersion, { validTo: endOn });
    change.record({ recordType: 'BodyWorkings', recordId: id, areaId: body.areaId, before, after });
    return id;
  });
}

/** The first workings of a body being created, from its first day, where the input names any. */
export async function firstWorkings(
  change: Write,
  body: { id: string; areaId: string; validFrom: IsoDate; validTo: IsoDate | null },
  values: Partial<Workings>,
) {
  if (Object.keys(values).length) await changeWorkings(change, body, body.validFrom, values);
}

/** Records another name of a body for the period it was used: by default, for as long as the body exists. */
export async function recordBodyAlias(context: Context, input: RecordBodyAliasInput): Promise<string> {
  const bodyId = rowIdOf(input.body, 'Body', 'input.body');
  const alias = requiredText(input.alias, 'input.alias');
  return write(context, 'recordBodyAlias', async (change) => {
    const body = await bodyInTransaction(change.tx, bodyId, 'input.body');
    const period = input.validFrom
      ? periodFromInput(input.validFrom, input.validTo)
      : { validFrom: body.validFrom, validTo: input.validTo ? isoDate(input.validTo) : body.validTo };
    if (period.validTo !== null && period.validTo <= period.validFrom) {
      throw badUserInput('input.validTo', `The name must stop being used after it began (${period.validFrom})`);
    }
    if (!within(period, body)) {
      throw badUserInput('input.validFrom', `${lifetimeOf(body)}; a name is used only while it exists`);
    }
    const [row] = await change.tx
      .insert(bodyAliases)
      .values({ bodyId, alias, ...period })
      .returning()
      .catch((error) => explainConstraint(error, constraintMeanings));
    change.record({ recordType: 'BodyAlias', recordId: row!.id, areaId: body.areaId, before: null, after: row! });
    return bodyId;
  });
}

/** Ends the use of one of a body's other names on a date. */
export async function endBodyAlias(context: Context, input: EndBodyAliasInput): Promise<string> {
  const id = rowIdOf(input.alias, 'BodyAlias', 'input.alias');
  const endOn = isoDate(input.endOn);
  return write(context, 'endBodyAlias', async (change) => {
    const [before] = await change.tx.select().from(bodyAliases).where(eq(bodyAliases.id, id));
    if (!before) throw notFound('input.alias', 'There is no such name');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'name');
    const body = await bodyInTransaction(change.tx, before.bodyId, 'input.alias');
    const after = await updateVersioned(change.tx, bodyAliases, id, input.expectedVersion, { validTo: endOn });
    change.record({ recordType: 'BodyAlias', recordId: id, areaId: body.areaId, before, after });
    return before.bodyId;
  });
}
