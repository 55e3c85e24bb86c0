import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../context';

/** Codes a client can act on; anything else is a defect, logged with the request id. */
export const expectedCodes = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'SERVICE_UNAVAILABLE',
  'REQUEST_TIMEOUT',
  'REQUEST_CANCELLED',
  'SUBSCRIPTION_REQUIRES_WEBSOCKET',
]);

const retryable = new Set(['SERVICE_UNAVAILABLE', 'REQUEST_TIMEOUT']);

const codeOf = (error: GraphQLFormattedError) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');

/**
 * Logs what went wrong on the server, in every mode, under the request's id; hands that id to the client with each
 * unexpected error; and answers 503 when the database's absence left nothing to return.
 */
export function failuresPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            if (expectedCodes.has(code)) continue;
            const cause = error.originalError ?? error;
            console.error(
              `[request ${contextValue.requestId}] ${error.path?.join('.') ?? 'request'}: ${cause.stack ?? cause.message}`,
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors?.length) return;
          result.errors = result.errors.map((error) =>
            expectedCodes.has(codeOf(error))
              ? error
              : { ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } },
          );
          const failures = result.errors.filter((error) => retryable.has(codeOf(error)));
          if (failures.length) {
            console.warn(`[request ${contextValue.requestId}] ${failures.length} × ${codeOf(failures[0]!)}`);
          }
          if (result.data == null && failures.length === result.errors.length) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '2');
          }
        },
      };
    },
  };
}
