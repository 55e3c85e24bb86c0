import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/**
 * Every answer is for one viewer, and some carry confidential fields: no cache may keep it. Apollo's cache-control
 * plugin said so (`no-store`, as nothing in the schema sets a cache hint) at the price of a hook on every field; this
 * says the same once per request.
 */
export function noStorePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
