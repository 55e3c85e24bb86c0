import { GraphQLError } from 'graphql';

/**
 * Failures that are nobody's mistake in the request: the database cannot be reached, or the request ran out of
 * time. They get codes of their own, so clients can retry them and operators can tell them from defects.
 */
export type ServiceFailure = 'SERVICE_UNAVAILABLE' | 'REQUEST_TIMEOUT';

/** Driver and socket codes (postgres.js, Node) that mean no connection, not a wrong statement. */
const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/** SQLSTATEs of a server going away or not there yet: class 08, shutdown and start-up (57P0x), no free slot. */
const unavailableStates = /^(08...|57P0[1-4]|53300)$/;
/** 57014: statement_timeout cancelled the statement. */
const timedOutState = '57014';

/** Walks an error and its causes (drizzle wraps the driver's error; graphql-js wraps the resolver's). */
function* causes(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  for (let current = error; current && !seen.has(current);) {
    seen.add(current);
    yield current;
    const next = current as { cause?: unknown; originalError?: unknown };
    current = next.originalError ?? next.cause;
  }
}

export function serviceFailureOf(error: unknown): ServiceFailure | null {
  for (const cause of causes(error)) {
    if (cause instanceof GraphQLError) {
      const code = cause.extensions.code;
      if (code === 'SERVICE_UNAVAILABLE' || code === 'REQUEST_TIMEOUT') return code;
    }
    const code = (cause as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    if (connectionCodes.has(code) || unavailableStates.test(code)) return 'SERVICE_UNAVAILABLE';
    if (code === timedOutState) return 'REQUEST_TIMEOUT';
  }
  return null;
}

export function serviceUnavailable(extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError('The registry’s database is not answering; try again in a few seconds', {
    extensions: { code: 'SERVICE_UNAVAILABLE', ...extra },
  });
}

/** `limitMs` is the request's deadline where that was what ran out; a statement's own timeout has none to name. */
export function requestTimedOut(limitMs?: number): GraphQLError {
  const took = limitMs ? `ran longer than ${limitMs} ms` : 'took too long';
  return new GraphQLError(`The request ${took} and was stopped; ask for less at a time`, {
    extensions: { code: 'REQUEST_TIMEOUT' },
  });
}

/** The client went away: nobody will read this, but the request's remaining work must still stop. */
export function requestCancelled(): GraphQLError {
  return new GraphQLError('The client closed the connection', { extensions: { code: 'REQUEST_CANCELLED' } });
}

/**
 * What a writer must be told when its transaction failed for want of the database: if the failure came before the
 * commit was sent, nothing was written; if the commit was in flight, the outcome cannot be known from here, and
 * the client should retry with the same idempotency key (which is safe either way).
 */
export function writeInterrupted(failure: ServiceFailure, commitSent: boolean): GraphQLError {
  const writeOutcome = commitSent ? 'UNKNOWN' : 'NOT_WRITTEN';
  const what = commitSent
    ? 'the change may or may not have been saved: send it again with the same Idempotency-Key or clientMutationId'
    : 'nothing was saved';
  const message =
    failure === 'SERVICE_UNAVAILABLE'
      ? `The registry’s database stopped answering during the change; ${what}`
      : `The change ran out of time; ${what}`;
  return new GraphQLError(message, { extensions: { code: failure, writeOutcome } });
}
