import { accountabilityKind } from '../../../schema/database/index';
import { registerDatabaseEnum } from '../../shared/enums';
import { accountabilityKindLabels } from '../reference/labels';

export const AccountabilityKind = registerDatabaseEnum(
  accountabilityKind.enumValues,
  'AccountabilityKind',
  'The kind of a directed line between bodies and organisations, read "from <kind> to".',
  accountabilityKindLabels,
);

/** Lines that point up a hierarchy; an accountability chain follows these unless told otherwise. */
export const upwardKinds: (keyof typeof AccountabilityKind)[] = ['ACCOUNTABLE_TO', 'REPORTS_TO', 'SUB_GROUP_OF'];
