import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { applyMiddleware, type IMiddlewareTypeMap } from 'graphql-middleware';
import { buildSchema } from 'type-graphql';
import { permissions } from './auth/permissions';
import type { Context } from './context';
import { resolvers } from './modules/resolvers';

let builtSchema: Promise<GraphQLSchema> | undefined;

/** The schema as the code declares it, built once per process from the decorated classes. */
export function buildRegistrySchema(): Promise<GraphQLSchema> {
  builtSchema ??= buildSchema({ resolvers, validate: false });
  return builtSchema;
}

/**
 * Notes which root mutation field is running. Mutations run one after another, so the services it calls can tell
 * the creates of one request apart when they share its Idempotency-Key.
 */
const mutationFieldTracker: IMiddlewareTypeMap<unknown, Context> = {
  Mutation: async (resolve, parent, args, context, info) => {
    context.mutationField = String(info.path.key);
    return resolve(parent, args, context, info);
  },
};

/** The schema as served: every field behind its permission rule. */
export async function buildGuardedSchema(): Promise<GraphQLSchema> {
  return applyMiddleware(await buildRegistrySchema(), permissions, mutationFieldTracker);
}

export interface ServerOptions {
  /** Hide unexpected errors' messages and stack traces from clients. */
  maskErrors: boolean;
}

/** The Apollo server over the registry schema; `http.ts` serves it. The landing page is ours, not Apollo's CDN one. */
export async function createApolloServer(options: ServerOptions): Promise<ApolloServer<Context>> {
  const server = new ApolloServer<Context>({
    schema: await buildGuardedSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: !options.maskErrors,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted, error) => (options.maskErrors ? maskUnexpected(formatted, error) : formatted),
  });
  await server.start();
  return server;
}

const expectedCodes = new Set([
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
]);

function maskUnexpected<T extends { message: string; extensions?: Record<string, unknown> }>(
  formatted: T,
  _error: unknown,
): T {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && expectedCodes.has(code)) return formatted;
  return { ...formatted, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
