import { personCategory, postKind, representedSector } from '../../../schema/database/index';
import { registerDatabaseEnum } from '../../shared/enums';
import { personCategoryLabels, postKindLabels, representedSectorLabels } from '../reference/labels';

export const PersonCategory = registerDatabaseEnum(
  personCategory.enumValues,
  'PersonCategory',
  'Adults; young people and parent representatives are shown by role only (004 Box 2.3).',
  personCategoryLabels,
);

export const PostKind = registerDatabaseEnum(
  postKind.enumValues,
  'PostKind',
  'What a post is: the lead member, director, leader or chief executive of the council, a lead GP, an independent chair, a sector representative.',
  postKindLabels,
);

export const RepresentedSector = registerDatabaseEnum(
  representedSector.enumValues,
  'RepresentedSector',
  'Whom a representative speaks for beyond their own organisation (003 Table 1, ¶140).',
  representedSectorLabels,
);
