import { constituency, membershipRole } from '../../../schema/database/index';
import { registerDatabaseEnum } from '../../shared/enums';

export const MembershipRole = registerDatabaseEnum(
  membershipRole.enumValues,
  'MembershipRole',
  'The part a member plays on a body.',
);
export const Constituency = registerDatabaseEnum(
  constituency.enumValues,
  'Constituency',
  'Whom a member represents: its own organisation, a sector, all districts, or other (003 ¶140).',
);
