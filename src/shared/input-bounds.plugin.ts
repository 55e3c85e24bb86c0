import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { documentMemo } from './document-memo';
import { boundsOf } from './input-bounds';
import { checkInputValue } from './input-values';

/**
 * Refuses, before any resolver runs (so at the cost of no SQL), every argument value that breaks its bounds: text
 * too long or holding NUL or control characters, lists too long, impossible dates, numbers out of range. The answer
 * is 400 BAD_USER_INPUT naming the argument or input path at fault. Literals and variables alike are checked on
 * every request: Apollo caches a validated document, but variables change each time.
 *
 * A literal of the wrong GraphQL type (`first: "ten"`, an Int past 32 bits) is GraphQL validation's to refuse; a
 * value of the right type that the registry cannot take (a date in year 0, a name of a megabyte) is refused here.
The same document with the same variables, found within bounds once, is not walked again.
 *
 * List it before plugins that read the variables (the cost limit): Apollo runs every plugin's didResolveOperation at
 * once and sends the first refusal, and a malformed value is better named than weighed.
 */
export function inputBoundsPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  // Only inputs found within bounds are kept: a value out of bounds is refused, and named, each time it is sent.
  const inBounds = documentMemo<true>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          try {
            const { variables, operationName } = request;
            inBounds(document, operationName, variables, () => {
              checkOperationInputs(schema, document, operation, variables ?? {});
              return true;
            });
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
          }
        },
      };
    },
  };
}

/** Checks every argument of the operation and of the fragments it uses, with its variables' values. */
export function checkOperationInputs(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const values = { ...defaultsOf(operation), ...variables };
  const typeInfo = new TypeInfo(schema);
  const scope: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...fragmentsUsedBy(operation, document)],
  };
  visit(
    scope,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return false;
        const field = typeInfo.getDirective() ? undefined : (typeInfo.getFieldDef() ?? undefined);
        const value = valueFromASTUntyped(node.value, values);
        checkInputValue(value, argument.type, boundsOf(argument, field), argument.name);
        return false;
      },
    }),
  );
}

/** The default values of the operation's variables, for the variables the request leaves out. */
function defaultsOf(operation: OperationDefinitionNode): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const { defaultValue, variable } = definition;
    if (defaultValue) defaults[variable.name.value] = valueFromASTUntyped(defaultValue);
  }
  return defaults;
}

/** The fragments the operation spreads, directly or through other fragments, each once. */
function fragmentsUsedBy(operation: OperationDefinitionNode, document: DocumentNode): FragmentDefinitionNode[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const used = new Map<string, FragmentDefinitionNode>();
  const pending = [operation.selectionSet];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(node) {
        const fragment = fragments.get(node.name.value);
        if (fragment && !used.has(node.name.value)) {
          used.set(node.name.value, fragment);
          pending.push(fragment.selectionSet);
        }
      },
    });
  }
  return [...used.values()];
}
