import { decisionStatus, ratificationStatus } from '../../../schema/database/index';
import { registerDatabaseEnum } from '../../shared/enums';
import { decisionStatusLabels, ratificationStatusLabels } from '../reference/labels';

export const DecisionStatus = registerDatabaseEnum(
  decisionStatus.enumValues,
  'DecisionStatus',
  'Where a decision stands: a recommendation until partners ratify it, unless taken under a delegation (003 ¶3).',
  decisionStatusLabels,
);
export const RatificationStatus = registerDatabaseEnum(
  ratificationStatus.enumValues,
  'RatificationStatus',
  'Whether a partner has formally ratified a decision, rejected it, or not yet answered.',
  ratificationStatusLabels,
);
