import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { DemandLimits } from '../config';
import { documentRules, explainTokenLimit } from '../limits/index';
import { expectedCodes } from '../serving/failures.plugin';
import { checkOperationInputs } from '../shared/input-bounds.plugin';

/** What a subscription's connection and documents are checked by, apart from the WebSocket itself. */

export interface Credentials {
  authorization?: string;
  apiKey?: string;
}

/** Parses and checks a subscription document as HTTP checks a query's; refusals are GraphQL errors for the client. */
export async function prepare(
  schema: GraphQLSchema,
  demand: DemandLimits,
  payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
): Promise<Omit<ExecutionArgs, 'contextValue'> | GraphQLError[]> {
  let document;
  try {
    document = parse(payload.query, { maxTokens: demand.maxTokens });
  } catch (error) {
    return [explainTokenLimit(error as GraphQLError)];
  }
  const problems = validate(schema, document, [...specifiedRules, ...documentRules(demand)]);
  if (problems.length) return [...problems];
  const operation = getOperationAST(document, payload.operationName);
  if (operation?.operation !== 'subscription') {
    return [refusal('Only subscriptions run over this WebSocket: send queries and mutations over HTTP to /graphql')];
  }
  const variableValues = payload.variables ?? {};
  try {
    checkOperationInputs(schema, document, operation, variableValues);
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
  return { schema, document, variableValues, operationName: payload.operationName ?? undefined };
}

/** `Authorization`/`authorization` and `X-API-Key`/`x-api-key`, as the HTTP headers would carry them. */
export function credentialsOf(params: Record<string, unknown> | undefined): Credentials {
  const lower = Object.fromEntries(Object.entries(params ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { authorization: text(lower.authorization), apiKey: text(lower['x-api-key']) };
}

export function refusal(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } });
}

/** Unexpected errors are logged and masked, as over HTTP in production; the expected ones keep their code. */
export function formatError(error: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (expectedCodes.has(code)) return error;
  console.error('[subscriptions]', error);
  return { message: 'Internal server error', path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
