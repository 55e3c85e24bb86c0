import { GraphQLError } from 'graphql';
import { badUserInput } from './errors';

interface PostgresError {
  code?: string;
  constraint?: string;
  constraint_name?: string;
}

/** The driver's error under drizzle's wrapper: postgres.js names the constraint `constraint_name`, PGlite `constraint`. */
function postgresError(error: unknown): PostgresError | undefined {
  for (let current = error as { cause?: unknown } | undefined; current; current = current.cause as never) {
    const candidate = current as PostgresError;
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
  }
  return undefined;
}

export interface ConstraintMeaning {
  field: string;
  message: string;
}

/**
 * Turns a constraint the database refused into the caller's mistake, naming the input field; anything else is
 * rethrown untouched. The database stays the last word on integrity; this only explains its answer.
 */
export function explainConstraint(error: unknown, meanings: Record<string, ConstraintMeaning>): never {
  const cause = postgresError(error);
  const constraint = cause?.constraint ?? cause?.constraint_name;
  const meaning = constraint ? meanings[constraint] : undefined;
  if (meaning) throw badUserInput(meaning.field, meaning.message);
  if (error instanceof GraphQLError) throw error;
  throw error;
}

export const isUniqueViolation = (error: unknown) => postgresError(error)?.code === '23505';

/**
 * PostgreSQL gave up on the transaction because of another running at once, not because of anything in it: a
 * deadlock (two writers inserting conflicting rows under an exclusion constraint wait on each other's new row) or
 * a serialization failure. The same transaction tried again is the remedy PostgreSQL's documentation gives.
 */
export const isTransientConflict = (error: unknown) => {
  const code = postgresError(error)?.code;
  return code === '40P01' || code === '40001';
};
