import { consulteeGroup, planKind, planLinkKind, planStatus } from '../../../schema/database/index';
import { registerDatabaseEnum } from '../../shared/enums';
import { consulteeGroupLabels, planKindLabels, planLinkKindLabels, planStatusLabels } from '../reference/labels';

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
export const PlanStatus = registerDatabaseEnum(
  planStatus.enumValues,
  'PlanStatus',
  'Where a plan stands: planned (003 ¶94), in preparation, in place (001 ¶8), or superseded.',
  planStatusLabels,
);
export const ConsulteeGroup = registerDatabaseEnum(
  consulteeGroup.enumValues,
  'ConsulteeGroup',
  'A group consulted on a plan that is not an organisation: children and young people (003 ¶72), parents and carers (001 App. 1), front-line providers, local communities.',
  consulteeGroupLabels,
);
