import { budgetKind, ecmOutcome, legalBasis, resourceType, serviceArea } from '../../../schema/database/index';
import { registerDatabaseEnum } from '../../shared/enums';
import {
  budgetKindLabels,
  ecmOutcomeLabels,
  legalBasisLabels,
  resourceTypeLabels,
  serviceAreaLabels,
} from '../reference/labels';

export const BudgetKind = registerDatabaseEnum(
  budgetKind.enumValues,
  'BudgetKind',
  'Pooled, aligned, LAA, service level agreement or joint fund (004 ¶135, ¶143; 003 ¶98).',
  budgetKindLabels,
);
export const LegalBasis = registerDatabaseEnum(
  legalBasis.enumValues,
  'LegalBasis',
  'The statute a budget arrangement is made under, if any (004 ¶135–¶136).',
  legalBasisLabels,
);
export const ServiceArea = registerDatabaseEnum(
  serviceArea.enumValues,
  'ServiceArea',
  'A service an arrangement pays for (004 Table 4.4).',
  serviceAreaLabels,
);
export const ResourceType = registerDatabaseEnum(
  resourceType.enumValues,
  'ResourceType',
  'What a partner puts in: money, staff time, buildings, equipment, secondment, co-location, joint post (003 ¶103–¶105).',
  resourceTypeLabels,
);
/** Plans' targets use it too; they import it from this module's index. */
export const EcmOutcome = registerDatabaseEnum(
  ecmOutcome.enumValues,
  'EcmOutcome',
  'The five Every Child Matters outcomes (003 ¶23).',
  ecmOutcomeLabels,
);
