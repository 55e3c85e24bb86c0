import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import { changes, idempotencyKeys } from '../../../schema/database/index';
import type { Context } from '../../context';
import type { Database } from '../../db';
import { badUserInput, notFound } from '../../shared/errors';
import { isTransientConflict } from '../../shared/database-errors';
import { fingerprintOf } from '../../shared/fingerprint';
import { serviceFailureOf, writeInterrupted } from '../../shared/service-failures';
import type { RecordTypeName } from '../../shared/global-id';
import { storesAfterWrite } from '../stores';

/**
 * One change to record. `before` and `after` are rows of the record's own table, or, for a part filed under its
 * owner (a ratification under its decision), rows of the part's table: such an operation needs its own entry in
 * `history-images.ts` wherever the owner has confidential fields, or its values are shown to administrators alone.
 */
export interface ChangeEntry {
  recordType: RecordTypeName;
  recordId: string;
  areaId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface Write {
  tx: Database;
  /** Notes a change; all of a mutation's changes are written with it, in its transaction. */
  record(entry: ChangeEntry): void;
}

/**
 * Runs one mutation as one transaction: its writes and their history commit together or not at all. Afterwards the
 * request gets fresh stores primed with the rows written, so its payload shows the database as it now is. Inside, read and write only
 * through `tx`: the request's stores read outside the transaction, and on PGlite, whose one connection the
 * transaction holds, they would wait for ever.
 */
export async function write<T>(context: Context, operation: string, work: (write: Write) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const entries: ChangeEntry[] = [];
    let commitSent = false;
    try {
      const result = await context.db.transaction(async (transaction) => {
        const tx = transaction as unknown as Database;
        const value = await work({ tx, record: (entry) => entries.push(entry) });
        if (entries.length) {
          const { subject, organisationId } = context.viewer;
          await tx.insert(changes).values(entries.map((entry) => ({ ...entry, operation, subject, organisationId })));
        }
        // Past this point the driver sends COMMIT: a connection lost now leaves the outcome unknown to us.
        commitSent = true;
        return value;
      });
      context.stores = storesAfterWrite(context.db, entries);
      return result;
    } catch (error: unknown) {
      // Rolled back whole, so trying again writes nothing twice; the other writer has finished or gone meanwhile.
      if (isTransientConflict(error) && attempt < transientConflictAttempts) {
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
        continue;
      }
      const failure = serviceFailureOf(error);
      throw failure ? writeInterrupted(failure, commitSent) : error;
    }
  }
}

/** How often a write that PostgreSQL gave up on for another's sake (a deadlock) is tried in all. */
const transientConflictAttempts = 3;

interface Versioned {
  id: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
}

/**
 * Optimistic concurrency: the update applies only if the record is still at the version the caller read, so of two
 * writers who read the same version exactly one wins and the other gets CONFLICT.
 */
export async function updateVersioned<Table extends PgTable & Versioned>(
  tx: Database,
  table: Table,
  id: string,
  expectedVersion: number,
  values: Partial<Table['$inferInsert']>,
): Promise<Table['$inferSelect']> {
  const [row] = await tx
    .update(table as PgTable)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning();
  if (row) return row as Table['$inferSelect'];
  const [current] = await tx
    .select({ version: table.version })
    .from(table as PgTable)
    .where(eq(table.id, id));
  if (!current) throw notFound('input.id', 'There is no such record');
  throw conflict(current.version as number);
}

/** Checks the version before anything else about a change, so a stale writer hears CONFLICT, not a side effect. */
export function assertVersion(current: { version: number }, expectedVersion: number): void {
  if (current.version !== expectedVersion) throw conflict(current.version);
}

function conflict(currentVersion: number): GraphQLError {
  return new GraphQLError(`The record has changed since you read it (now at version ${currentVersion})`, {
    extensions: { code: 'CONFLICT', field: 'input.expectedVersion', currentVersion },
  });
}

/**
 * Makes a create safe to retry: the first request with a key claims it inside its transaction; a retry with the
 * same key gets the first result back instead of writing again. On PostgreSQL a concurrent retry waits on the key's
 * row until the first commits, then sees its result. The key is the input's clientMutationId or, failing that, the
 * request's Idempotency-Key header together with the mutation's response key, so one header covers every create in
 * the request and a retry of the same document meets each of them again. A fingerprint of the mutation's arguments
 * is kept with the key: a key sent again with different arguments is refused (the IETF Idempotency-Key draft's 422)
 * rather than answered with the result of another request.
 */
export async function onceFor(
  { tx }: Write,
  context: Context,
  clientMutationId: string | null | undefined,
  operation: string,
  create: () => Promise<string>,
): Promise<string> {
  const claim = clientMutationId
    ? { key: clientMutationId, field: 'input.clientMutationId' }
    : context.idempotencyKey
      ? { key: `Idempotency-Key ${context.idempotencyKey} ${context.mutationField ?? ''}`, field: 'Idempotency-Key' }
      : null;
  if (!claim) return create();
  const { key, field } = claim;
  const subject = context.viewer.subject;
  const fingerprint = fingerprintOf(context.mutationArguments);
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ subject, key, operation, result: { fingerprint } })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length === 0) {
    const [earlier] = await tx
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.subject, subject), eq(idempotencyKeys.key, key)));
    if (earlier?.operation !== operation) {
      throw keyReused(field, `This key was already used for ${earlier?.operation ?? 'another operation'}`);
    }
    // Keys claimed before fingerprints were kept have none, and are trusted as before.
    if (earlier.result.fingerprint !== undefined && earlier.result.fingerprint !== fingerprint) {
      throw keyReused(field, `This key was already used for ${operation} with other input: use a new key`);
    }
    return String(earlier.result.id);
  }
  const id = await create();
  await tx
    .update(idempotencyKeys)
    .set({ result: { id, fingerprint } })
    .where(and(eq(idempotencyKeys.subject, subject), eq(idempotencyKeys.key, key)));
  return id;
}

/** `BAD_USER_INPUT` on the key, answered 422 (Unprocessable Content) as the IETF Idempotency-Key draft asks. */
function keyReused(field: string, message: string): GraphQLError {
  const error = badUserInput(field, message);
  Object.assign(error.extensions, { http: { status: 422 } });
  return error;
}
