import { accountabilityPermissions, accountabilityWritePermissions } from './accountability/accountability.permissions';
import { areaPermissions } from './areas/area.permissions';
import { bodyPermissions } from './bodies/body.permissions';
import { budgetPermissions } from './budgets/budget.permissions';
import { delegationPermissions } from './delegations/delegation.permissions';
import { graphPermissions } from './graph/graph.permissions';
import { historyPermissions } from './history/history.permissions';
import { membershipPermissions } from './memberships/membership.permissions';
import { nodePermissions } from './node/node.permissions';
import { organisationPermissions } from './organisations/organisation.permissions';
import { peoplePermissions } from './people/people.permissions';
import { planPermissions } from './plans/plan.permissions';
import { selfAssessmentPermissions } from './self-assessments/self-assessment.permissions';
import type { PermissionTree } from '../auth/tree';

/** Every module's share of the permission tree. */
export const modulePermissions: PermissionTree[] = [
  ...nodePermissions,
  ...areaPermissions,
  ...organisationPermissions,
  ...bodyPermissions,
  ...peoplePermissions,
  ...membershipPermissions,
  ...accountabilityPermissions,
  ...accountabilityWritePermissions,
  ...graphPermissions,
  ...delegationPermissions,
  ...budgetPermissions,
  ...planPermissions,
  ...selfAssessmentPermissions,
  ...historyPermissions,
];
