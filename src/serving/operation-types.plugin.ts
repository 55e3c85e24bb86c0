import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';

/** The code a subscription sent over HTTP is answered with: it runs only over the WebSocket. */
export const subscriptionsNeedWebSocket = 'SUBSCRIPTION_REQUIRES_WEBSOCKET';

/**
 * Subscriptions are served over WebSocket (graphql-ws, src/http/subscriptions.route.ts), where the server can
 * send each event as it happens; over POST or GET one answer is all there is. Such a request is refused here,
 * before anything runs, with a code a client can act on and where to go instead.
 */
export function operationTypesPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(
            'Subscriptions run over WebSocket: open ws(s)://<host>/graphql with the graphql-transport-ws protocol ' +
              '(graphql-ws, Apollo Client, urql) and send the credentials in connection_init',
            {
              extensions: {
                code: subscriptionsNeedWebSocket,
                http: { status: 400 },
                endpoint: '/graphql',
                protocol: 'graphql-transport-ws',
              },
            },
          );
        },
      };
    },
  };
}
