import { publicQueries, publicTypes, type PermissionTree } from '../../auth/tree';

/**
 * Rules and findings rest on public facts; the one confidential fact a rule reads, a seat's mandate, is judged by
 * that field's own rule before it counts, so a finding never tells more than the fields it rests on.
 */
export const compliancePermissions: PermissionTree[] = [
  publicQueries('complianceRules', 'compliance', 'bodyCompliance'),
  publicTypes('ComplianceRule', 'ComplianceFinding', 'FindingEvidence', 'MissingItem', 'AreaCompliance'),
];
