import { planKind, planLinkKind } from '../../../schema/database/index';
import { registerDatabaseEnum } from '../../shared/enums';
import { planKindLabels, planLinkKindLabels } from '../reference/labels';

export const PlanKind = registerDatabaseEnum(
  planKind.enumValues,
  'PlanKind',
  'The kind of plan: CYPP, Sustainable Community Strategy, LAA, JSNA, joint commissioning strategy, youth justice plan, 14–19 vision.',
  planKindLabels,
);
export const PlanLinkKind = registerDatabaseEnum(
  planLinkKind.enumValues,
  'PlanLinkKind',
  'How one plan relates to another, e.g. the CYPP must be consistent with the SCS and LAA (001 App. 1).',
  planLinkKindLabels,
);
