export { Statistics, Figure } from './statistics.type';
export { StatisticsResolver } from './statistics.resolver';
export { StatisticsStore } from './statistics.store';
