export { SearchHit } from './search.type';
export { SearchResolver } from './search.resolver';
export { SearchStore } from './search.store';
