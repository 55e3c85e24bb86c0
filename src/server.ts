import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { applyMiddleware, type IMiddlewareTypeMap } from 'graphql-middleware';
import { buildSchema } from 'type-graphql';
import { fieldGuards } from './auth/permissions';
import { defaultDemand, type DemandLimits } from './config';
import type { Context } from './context';
import { costLimitPlugin, documentRules, explainTokenLimit } from './limits/index';
import { noTopics } from './modules/changes-feed/index';
import { resolvers } from './modules/resolvers';
import { expectedCodes, failuresPlugin } from './serving/failures.plugin';
import { jitGateway } from './serving/jit-executor';
import { operationTypesPlugin } from './serving/operation-types.plugin';
import { noStorePlugin } from './serving/no-store.plugin';
import { inputBoundsPlugin } from './shared/input-bounds.plugin';
import { requestTimedOut, serviceFailureOf, serviceUnavailable } from './shared/service-failures';

let builtSchema: Promise<GraphQLSchema> | undefined;

/** The schema as the code declares it, built once per process from the decorated classes. */
export function buildRegistrySchema(): Promise<GraphQLSchema> {
  builtSchema ??= buildSchema({ resolvers, validate: false, pubSub: noTopics });
  return builtSchema;
}

/**
 * Notes which root mutation field is running. Mutations run one after another, so the services it calls can tell
 * the creates of one request apart when they share its Idempotency-Key.
 */
const mutationFieldTracker: IMiddlewareTypeMap<unknown, Context> = {
  Mutation: async (resolve, parent, args, context, info) => {
    context.mutationField = String(info.path.key);
    context.mutationArguments = args;
    return resolve(parent, args, context, info);
  },
};

/**
 * The schema as served: every root field, every field with a rule of its own and every unclassified one behind the
 * shield (`fieldGuards`); public fields below the root as they are.
 */
export async function buildGuardedSchema(): Promise<GraphQLSchema> {
  const schema = await buildRegistrySchema();
  return applyMiddleware(schema, fieldGuards(schema), mutationFieldTracker);
}

export interface ServerOptions {
  /** Hide unexpected errors' messages and stack traces from clients. */
  maskErrors: boolean;
  /** What one request may ask for; the defaults unless given. */
  demand?: DemandLimits;
}

/**
 * The Apollo server over the registry schema; `http/` serves it. Demand is weighed before execution: the token
 * limit while parsing, the document's shape in validation, its cost (which depends on variables) once the operation
 * is known. The landing page is ours, not Apollo's CDN one. Signals are `main.ts`'s to handle: Apollo's own handler
 * would stop the server and re-raise the signal before the requests in flight had finished.
 */
export async function createApolloServer(options: ServerOptions): Promise<ApolloServer<Context>> {
  const demand = options.demand ?? defaultDemand;
  const server = new ApolloServer<Context>({
    gateway: jitGateway(await buildGuardedSchema()),
    introspection: true,
    includeStacktraceInErrorResponses: !options.maskErrors,
    stopOnTerminationSignals: false,
    // Credentials come only from headers a browser never sends by itself: see src/http/graphql.route.ts.
    csrfPrevention: false,
    parseOptions: { maxTokens: demand.maxTokens },
    validationRules: documentRules(demand),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default plugins wrap every field's resolver: cache control (nothing sets a cache hint; `noStore`
      // keeps its one effect, the header), usage reporting and inline traces (no Apollo graph is configured).
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      inputBoundsPlugin(),
      // After the input bounds, so that a subscription's arguments are judged over HTTP as over the WebSocket.
      operationTypesPlugin(),
      costLimitPlugin(demand),
      failuresPlugin(),
    ],
    formatError: (formatted, error) => formatError(formatted, error, options.maskErrors),
  });
  await server.start();
  return server;
}

function formatError(formatted: GraphQLFormattedError, error: unknown, maskErrors: boolean): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && expectedCodes.has(code)) return explainTokenLimit(formatted);
  // A lost database or a statement past its timeout is not a defect: say so, in every mode, without the SQL.
  const failure = serviceFailureOf(error);
  if (failure) {
    const replacement = failure === 'SERVICE_UNAVAILABLE' ? serviceUnavailable() : requestTimedOut();
    return { message: replacement.message, path: formatted.path, extensions: replacement.extensions };
  }
  if (!maskErrors) return formatted;
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
