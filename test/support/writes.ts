import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { deniedWrites } from '../../schema/database/index';
import type { Database } from '../../src/db';
import type { Client, GraphQLResponse } from './api';

/**
 * The write was refused with the given code, naming the input field at fault, so a client can point at it. Any
 * reasons given must appear in the message too: a string as a substring, a pattern as a match.
 */
export function expectRefused(response: GraphQLResponse, code: string, field: string, ...reasons: (string | RegExp)[]) {
  expect(response.errors?.[0]?.extensions).toMatchObject({ code, field });
  for (const reason of reasons) {
    if (typeof reason === 'string') expect(response.errors?.[0]?.message).toContain(reason);
    else expect(response.errors?.[0]?.message).toMatch(reason);
  }
}

/**
 * The error code of each response, or 'OK' for one that succeeded, sorted: writers racing each other finish in no
 * fixed order, so a test can only say which outcomes there were, not who got which.
 */
export const outcomes = (responses: GraphQLResponse[]) =>
  responses.map((response) => response.errors?.[0]?.extensions?.code ?? 'OK').sort();

/**
 * Sends the mutation once for each input without waiting for any answer, as writers who read the same state would;
 * the responses in the inputs' order.
 */
export const sendAtOnce = (client: Client, mutation: string, inputs: Record<string, unknown>[]) =>
  Promise.all(inputs.map((input) => client.query(mutation, { input })));

/**
 * The checks that read the database a test file opens. It is taken as a function because each file opens its own
 * in `beforeAll`, after these are made.
 */
export function writeChecks(db: () => Database) {
  /** How many refused writes of the operation are recorded: each refusal must leave a row in deniedWrites. */
  const denialsOf = async (operation: string) =>
    (await db().select().from(deniedWrites).where(eq(deniedWrites.operation, operation))).length;

  /**
   * The write was refused as FORBIDDEN for the action, with no data, and one more denial of the operation was
   * recorded than the `deniedBefore` counted before it was sent.
   */
  async function expectForbidden(response: GraphQLResponse, action: string, operation: string, deniedBefore: number) {
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action });
    expect(response.data).toBeNull();
    expect(await denialsOf(operation)).toBe(deniedBefore + 1);
  }

  /** As `expectForbidden`, counting the denials itself before it makes the attempt. */
  async function expectForbiddenAttempt(action: string, operation: string, attempt: () => Promise<GraphQLResponse>) {
    const deniedBefore = await denialsOf(operation);
    await expectForbidden(await attempt(), action, operation, deniedBefore);
  }

  /**
   * Makes every write by the subject fail part-way: a trigger raises when the write's row in `changes` is inserted,
   * after its record was written in the same transaction, so a test can prove that nothing is left half-written.
   * Other subjects write as before.
   */
  async function failWritesBy(subject: string) {
    const name = subject.replace(/\W+/g, '_');
    await db().execute(
      sql.raw(`CREATE FUNCTION refuse_${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'injected failure'; END $$`),
    );
    await db().execute(
      sql.raw(`CREATE TRIGGER ${name}_failure BEFORE INSERT ON changes FOR EACH ROW
        WHEN (NEW.subject = '${subject.replace(/'/g, "''")}') EXECUTE FUNCTION refuse_${name}()`),
    );
  }

  return { denialsOf, expectForbidden, expectForbiddenAttempt, failWritesBy };
}
