import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { DemandLimits } from '../config';

export type LimitName = 'depth' | 'aliases' | 'directives' | 'rootFields' | 'mutationFields' | 'cost' | 'tokens';

/** A refusal that names the limit, its maximum and what the document asked for, so a client can fix its query. */
export function limitExceeded(limit: LimitName, maximum: number, found: number | null, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, maximum, ...(found === null ? {} : { found }) },
  });
}

/**
 * GraphQL Armor's rules report by throwing a "Syntax Error: … found N." message; we report through the validation
 * context instead, so the error is an ordinary validation failure with the limit in its extensions.
 */
function reportAs(limit: LimitName, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(limitExceeded(limit, maximum, found ? Number(found) : null, message));
  };
}

/**
 * The limits that depend on the document alone. They run as validation rules, so Apollo checks them once per
 * distinct document and caches only documents that passed: a repeated document meets the same refusal.
 */
export function documentRules(limits: DemandLimits): ValidationRule[] {
  const armor = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    // Fragments are transparent: depth counts fields, however the document spreads them.
    maxDepthRule({
      ...armor,
      n: limits.maxDepth,
      flattenFragments: true,
      onReject: [reportAs('depth', limits.maxDepth)],
    }),
    // `__typename` counts too: 101 aliases of it are still 101 fields to answer.
    maxAliasesRule({
      ...armor,
      n: limits.maxAliases,
      allowList: [],
      onReject: [reportAs('aliases', limits.maxAliases)],
    }),
    maxDirectivesRule({ ...armor, n: limits.maxDirectives, onReject: [reportAs('directives', limits.maxDirectives)] }),
    rootFieldsRule(limits),
  ];
}

/** Root fields per operation, counted through fragments; a mutation's are capped lower, as each is a transaction. */
function rootFieldsRule(limits: DemandLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const found = countFields(context, operation.selectionSet, new Set());
      if (operation.operation === 'mutation' && found > limits.maxMutationFields) {
        context.reportError(
          limitExceeded(
            'mutationFields',
            limits.maxMutationFields,
            found,
            `Mutation field limit of ${limits.maxMutationFields} exceeded, found ${found}: send the changes in several requests.`,
          ),
        );
      } else if (found > limits.maxRootFields) {
        context.reportError(
          limitExceeded(
            'rootFields',
            limits.maxRootFields,
            found,
            `Root field limit of ${limits.maxRootFields} exceeded, found ${found}.`,
          ),
        );
      }
    },
  });
}

function countFields(context: ValidationContext, selections: SelectionSetNode, seen: Set<string>): number {
  let total = 0;
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) total += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) total += countFields(context, selection.selectionSet, seen);
    else if (!seen.has(selection.name.value)) {
      // A fragment that spreads itself is refused by graphql-js's own NoFragmentCycles rule; `seen` keeps us finite.
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) total += countFields(context, fragment.selectionSet, seen);
    }
  }
  return total;
}

/**
 * graphql-js stops parsing at the token limit with a message of its own; this names the limit like the others. The
 * parser stops counting there, so the document's own number of tokens is not known.
 */
export function explainTokenLimit<T extends { message: string; extensions?: Record<string, unknown> }>(error: T): T {
  const match = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens/.exec(error.message);
  if (!match || error.extensions?.code !== 'GRAPHQL_PARSE_FAILED') return error;
  const maximum = Number(match[1]);
  return {
    ...error,
    message: `Token limit of ${maximum} exceeded: send a shorter document.`,
    extensions: { ...error.extensions, limit: 'tokens', maximum },
  };
}
