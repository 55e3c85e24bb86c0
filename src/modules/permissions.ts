import { accountabilityPermissions, accountabilityWritePermissions } from './accountability/accountability.permissions';
import { areaPermissions } from './areas/area.permissions';
import { bodyPermissions, bodyWritePermissions } from './bodies/body.permissions';
import { budgetPermissions } from './budgets/budget.permissions';
import { budgetWritePermissions } from './budgets/budget-write.permissions';
import { compliancePermissions } from './compliance/compliance.permissions';
import { searchPermissions } from './search/search.permissions';
import { statisticsPermissions } from './statistics/statistics.permissions';
import { delegationPermissions } from './delegations/delegation.permissions';
import { delegationWritePermissions } from './delegations/delegation-write.permissions';
import { graphPermissions } from './graph/graph.permissions';
import { historyPermissions } from './history/history.permissions';
import { changeFeedPermissions } from './changes-feed/change-feed.permissions';
import { membershipPermissions } from './memberships/membership.permissions';
import { nodePermissions } from './node/node.permissions';
import { organisationPermissions, organisationWritePermissions } from './organisations/organisation.permissions';
import { peoplePermissions, postWritePermissions } from './people/people.permissions';
import { planPermissions } from './plans/plan.permissions';
import { planWritePermissions } from './plans/plan-write.permissions';
import { selfAssessmentPermissions } from './self-assessments/self-assessment.permissions';
import { selfAssessmentWritePermissions } from './self-assessments/self-assessment-write.permissions';
import { viewerPermissions } from './viewer/index';
import type { PermissionTree } from '../auth/tree';

/** Every module's share of the permission tree. */
export const modulePermissions: PermissionTree[] = [
  ...nodePermissions,
  ...viewerPermissions,
  ...areaPermissions,
  ...organisationPermissions,
  ...organisationWritePermissions,
  ...bodyPermissions,
  ...bodyWritePermissions,
  ...peoplePermissions,
  ...postWritePermissions,
  ...membershipPermissions,
  ...accountabilityPermissions,
  ...accountabilityWritePermissions,
  ...graphPermissions,
  ...delegationPermissions,
  ...delegationWritePermissions,
  ...budgetPermissions,
  budgetWritePermissions,
  ...planPermissions,
  planWritePermissions,
  ...selfAssessmentPermissions,
  selfAssessmentWritePermissions,
  ...historyPermissions,
  ...changeFeedPermissions,
  ...compliancePermissions,
  ...statisticsPermissions,
  ...searchPermissions,
];
