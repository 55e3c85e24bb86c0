import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { DemandLimits } from '../config';
import type { Context } from '../context';
import { documentMemo } from '../shared/document-memo';
import { defaultPageSize, maxPageSize } from '../shared/pagination';
import { limitExceeded } from './document-rules';

/**
 * Plain lists (not connections) have no `first` to read their size from, so each has an estimate: the largest such
 * list in the national data set as at 2008 (`bench/largest-query.ts` finds them), so that the estimate bounds what
 * a caller can aim at, not what is usual: an organisation holds or is represented in up to 410 seats, a body
 * receives up to 248 lines and has up to 45 seats, an LAA up to 35 targets (003 ¶39). Lists not named here
 * (sources, names, identifiers, successions, statuses, documents, ratifications …) hold a few items each.
 */
const plainListSizes: Record<string, number> = {
  'Area.bodies': 100,
  'Area.childAreas': 15,
  'Area.plans': 10,
  'Area.budgetArrangements': 10,
  'Body.memberships': 45,
  'Body.decisions': 20,
  'Body.subGroups': 20,
  'Body.linesIn': 250,
  'Body.posts': 10,
  'Body.selfAssessments': 5,
  'Organisation.memberships': 400,
  'Organisation.posts': 20,
  'Organisation.ratifications': 20,
  'Organisation.coverage': 15,
  'Organisation.coveragePeriods': 15,
  'Organisation.linesIn': 10,
  'Organisation.linesOut': 10,
  'Organisation.contributions': 10,
  'Organisation.resourceCommitments': 10,
  'Person.memberships': 10,
  'Post.memberships': 20,
  'Delegation.decisions': 10,
  'Decision.ratifications': 10,
  'BudgetArrangement.contributions': 20,
  'Plan.resourceCommitments': 20,
  'Plan.targets': 35,
  'Plan.consultations': 10,
  'SelfAssessment.answers': 65,
  'Power.delegations': 50,
  'PartnershipGraph.nodes': 300,
  'PartnershipGraph.edges': 600,
  'AccountabilityPath.lines': 10,
  'Query.accountabilityChain': 10,
  'Query.history': 50,
  'Query.dutyStatuses': 30,
  'Query.powers': 10,
  'Query.selfAssessmentQuestions': 65,
};
const defaultListSize = 5;

/** How many times a field's selection is answered: its page size, its list estimate, or once. */
function multiplier(type: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>) {
  if ('first' in args || field.args.some((arg) => arg.name === 'first')) {
    // A page backwards is as large as one forwards: `last` weighs as `first` does.
    const sizes = [args.first, args.last].filter((size): size is number => typeof size === 'number');
    return Math.min(Math.max(sizes.length ? Math.max(...sizes) : defaultPageSize, 1), maxPageSize);
  }
  if (Array.isArray(args.ids)) return args.ids.length;
  if (!isListType(getNullableType(field.type))) return 1;
  // A connection's `nodes` and `edges` are already counted by the connection's `first`.
  if (type.name.endsWith('Connection')) return 1;
  return plainListSizes[`${type.name}.${field.name}`] ?? defaultListSize;
}

/** One unit per field answered; introspection is free (the explorer asks for the whole schema on every load). */
export const registryCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__') || getNamedType(field.type).name.startsWith('__')) {
    return 0;
  }
  return 1 + multiplier(type, field, args) * childComplexity;
};

function weigh(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [registryCostEstimator],
    });
  } catch (error) {
    // Variables that do not fit their types: the same refusal execution would give, before anything runs.
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}

/**
 * Refuses a request whose estimated cost is over the limit, before any resolver runs. It is a plugin, not a
 * validation rule, because the cost depends on the variables (`first: $n`), which Apollo's cache of validated
 * documents does not see.
 */
export function costLimitPlugin(limits: DemandLimits): ApolloServerPlugin<Context> {
  const costs = documentMemo<number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, response, document, schema }) {
          const { variables, operationName } = request;
          const cost = costs(document, operationName, variables, () => weigh(schema, document, variables, operationName));
          // Clients tune their queries by it; it tells nothing about the data.
          response.http.headers.set('x-query-cost', String(cost));
          if (cost <= limits.maxCost) return;
          const error = limitExceeded(
            'cost',
            limits.maxCost,
            cost,
            `Query cost limit of ${limits.maxCost} exceeded, estimated ${cost}: ask for smaller pages (first) or fewer nested lists.`,
          );
          Object.assign(error.extensions, { http: { status: 400 } });
          throw error;
        },
      };
    },
  };
}
