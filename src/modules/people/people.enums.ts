import { personCategory } from '../../../schema/database/index';
import { registerDatabaseEnum } from '../../shared/enums';
import { personCategoryLabels } from '../reference/labels';

export const PersonCategory = registerDatabaseEnum(
  personCategory.enumValues,
  'PersonCategory',
  'Adults; young people and parent representatives are shown by role only (004 Box 2.3).',
  personCategoryLabels,
);
