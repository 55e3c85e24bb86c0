import { areaKind, areaTier, region } from '../../../schema/database/index';
import { registerDatabaseEnum } from '../../shared/enums';
import { areaKindLabels, areaTierLabels, regionLabels } from '../reference/labels';

export const AreaKind = registerDatabaseEnum(
  areaKind.enumValues,
  'AreaKind',
  'The kind of local government area.',
  areaKindLabels,
);
export const AreaTier = registerDatabaseEnum(
  areaTier.enumValues,
  'AreaTier',
  "UPPER: a children's services authority; LOWER: a district of a two-tier county; LOCAL: a locality or cluster.",
  areaTierLabels,
);
export const Region = registerDatabaseEnum(region.enumValues, 'Region', 'English region.', regionLabels);
