export { AreaCompliance, ComplianceFinding, ComplianceRule } from './compliance.type';
export { ComplianceResolver } from './compliance.resolver';
export { AreaFactsStore } from './area-facts.store';
export { ruleCatalogue } from './rule-catalogue';
export { warningsOf, type WrittenRecord } from './judge';
