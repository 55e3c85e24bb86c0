import type { PubSub } from 'type-graphql';

/**
 * type-graphql asks for a PubSub whenever the schema has subscriptions, for ones that name topics; the feed's each
 * give their own `subscribe`, so this one is never used, and says so if it ever is.
 */
export const noTopics: PubSub = {
  publish: () => {
    throw new Error('The registry publishes changes through the database (ChangeFeed), not through topics');
  },
  subscribe: () => {
    throw new Error('Subscriptions name their source with `subscribe`; no topics are served');
  },
};
