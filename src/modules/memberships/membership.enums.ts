import { constituency, membershipRole } from '../../../schema/database/index';
import { registerDatabaseEnum } from '../../shared/enums';
import { constituencyLabels, membershipRoleLabels } from '../reference/labels';

export const MembershipRole = registerDatabaseEnum(
  membershipRole.enumValues,
  'MembershipRole',
  'The part a member plays on a body.',
  membershipRoleLabels,
);
export const Constituency = registerDatabaseEnum(
  constituency.enumValues,
  'Constituency',
  'Whom a member represents: its own organisation, a sector, all districts, or other (003 ¶140).',
  constituencyLabels,
);
