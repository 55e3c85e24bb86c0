import {
  bodyKind,
  bodyLevel,
  bodyRole,
  chairType,
  decisionRule,
  documentKind,
  documentStatus,
  governanceModel,
  legalStatus,
  scrutinyKind,
  termsOfReferenceItem,
  votingArrangement,
} from '../../../schema/database/index';
import { registerDatabaseEnum } from '../../shared/enums';
import {
  bodyKindLabels,
  bodyLevelLabels,
  bodyRoleLabels,
  chairTypeLabels,
  decisionRuleLabels,
  documentKindLabels,
  documentStatusLabels,
  governanceModelLabels,
  legalStatusLabels,
  scrutinyKindLabels,
  termsOfReferenceItemLabels,
  votingArrangementLabels,
} from '../reference/labels';

export const BodyKind = registerDatabaseEnum(
  bodyKind.enumValues,
  'BodyKind',
  'The kind of partnership body or group.',
  bodyKindLabels,
);
export const BodyLevel = registerDatabaseEnum(
  bodyLevel.enumValues,
  'BodyLevel',
  'Strategic (the board), executive (sub-groups, commissioning unit) or operational (area teams, clusters); 003 Table 2.',
  bodyLevelLabels,
);
export const GovernanceModel = registerDatabaseEnum(
  governanceModel.enumValues,
  'GovernanceModel',
  'Model A, collaborative strategic partnership, or Model B, partnership by legal agreement (004 ¶77).',
  governanceModelLabels,
);
export const BodyRole = registerDatabaseEnum(
  bodyRole.enumValues,
  'BodyRole',
  'Mainly advisory, or decision-making with delegated powers (004 ¶69).',
  bodyRoleLabels,
);
export const LegalStatus = registerDatabaseEnum(
  legalStatus.enumValues,
  'LegalStatus',
  'Legal standing of a body.',
  legalStatusLabels,
);
export const ChairType = registerDatabaseEnum(
  chairType.enumValues,
  'ChairType',
  'Who chairs the body (003 Table 3).',
  chairTypeLabels,
);
export const VotingArrangement = registerDatabaseEnum(
  votingArrangement.enumValues,
  'VotingArrangement',
  'How votes are held (004 ¶89).',
  votingArrangementLabels,
);
export const DecisionRule = registerDatabaseEnum(
  decisionRule.enumValues,
  'DecisionRule',
  'How decisions are reached.',
  decisionRuleLabels,
);
export const DocumentKind = registerDatabaseEnum(
  documentKind.enumValues,
  'DocumentKind',
  'Kind of governing document.',
  documentKindLabels,
);
export const DocumentStatus = registerDatabaseEnum(
  documentStatus.enumValues,
  'DocumentStatus',
  'Draft, adopted or superseded.',
  documentStatusLabels,
);
export const TermsOfReferenceItem = registerDatabaseEnum(
  termsOfReferenceItem.enumValues,
  'TermsOfReferenceItem',
  'The nine matters terms of reference should cover (003 Table 5).',
  termsOfReferenceItemLabels,
);
export const ScrutinyKind = registerDatabaseEnum(
  scrutinyKind.enumValues,
  'ScrutinyKind',
  'What a scrutiny committee scrutinises: children and young people, the council, or health (003 ¶149).',
  scrutinyKindLabels,
);
