export { ChangeFeed, changeFeedOf, defaultFeedLimits, type FeedLimits } from './change-feed';
export { ChangeFeedResolver } from './change-feed.resolver';
export { ChangeFeedStore } from './change-feed.store';
export { changeFeedPermissions } from './change-feed.permissions';
export { noTopics } from './no-topics';
export { RegistryChange } from './registry-change.type';
