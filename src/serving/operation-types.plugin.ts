import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';

/** The code a subscription operation is answered with until the registry offers subscriptions. */
export const subscriptionsNotSupported = 'SUBSCRIPTIONS_NOT_SUPPORTED';

/**
 * The schema has no Subscription type, and graphql-js 16 lets a `subscription` operation through validation to fail
 * in execution as an internal error. It is refused here, before anything runs, with a code a client can act on.
 */
export function operationTypesPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(
            'Subscriptions are not offered: poll with a query, or ask for `changes` since a date',
            {
              extensions: { code: subscriptionsNotSupported, http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}
