import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Compiled operations kept, by the document's hash and the operation's name; the oldest is dropped past this. */
const compiledKept = 1000;

/**
 * Executes operations with graphql-jit (each document compiled once into a function, then run), served to Apollo
 * through its `gateway` interface: Apollo still parses, validates (the demand rules), runs the plugins (input
 * bounds, cost limit) and formats errors; only execution changes. The resolvers, the shield's rules on root and
 * guarded fields, and the context are the same as graphql-js would call.
 *
 * What graphql-js answers differently is left to graphql-js: an operation whose variables do not coerce (its
 * errors, with the variable's node, become BAD_USER_INPUT and 400) and one graphql-jit cannot compile.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery>();
  const executor: GatewayExecutor = async (request) => {
    const { document, operationName, context: contextValue } = request;
    const variableValues = request.request.variables ?? {};
    const viaGraphqlJs = () => execute({ schema, document, operationName, contextValue, variableValues });
    const key = `${request.queryHash}:${operationName ?? ''}`;
    let query = compiled.get(key);
    if (!query) {
      const made = compileQuery(schema, document, operationName ?? undefined);
      if (!isCompiledQuery(made)) return (await viaGraphqlJs()) as never;
      if (compiled.size >= compiledKept) compiled.delete(compiled.keys().next().value!);
      compiled.set(key, (query = made));
    }
    const result = (await query.query(undefined, contextValue, variableValues)) as ExecutionResult;
    if (!result.errors) return result as never;
    if (result.data === undefined) return (await viaGraphqlJs()) as never;
    return { ...result, errors: result.errors.map(asGraphQLError) } as never;
  };
  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

/** graphql-jit's errors carry the message, path, locations and original error; Apollo wants graphql-js's class. */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? undefined;
  const made = new GraphQLError(error.message, {
    path: error.path,
    originalError: original,
    extensions: error.extensions ?? original?.['extensions' as never] ?? {},
  });
  (made as { locations?: unknown }).locations = error.locations;
  return made;
}
