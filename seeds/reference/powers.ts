import type { SourceCitation, powers } from '../../schema/database/index';
import { seedId } from '../support/ids';
import { cite } from './citations';

export type PowerRow = typeof powers.$inferInsert;

interface PowerDefinition {
  code: string;
  description: string;
  legalSource: string;
  sources: SourceCitation[];
}

/**
 * Generic powers a partner holds in law and may exercise itself or delegate (DOMAIN.md §2 Power), kept to those the
 * sources tie to a statute. Codes are stable: delegations in other seeds refer to them.
 */
export const powerDefinitions: readonly PowerDefinition[] = [
  {
    code: 'HEALTH_ACT_1999_S31_AGREEMENT',
    description:
      'Enter into a Section 31 partnership arrangement to pool budgets for services; open to local authorities and ' +
      'health bodies only, and only they decide matters under it',
    legalSource: 'Health Act 1999, s31',
    sources: [
      cite('pathfinderEvaluation2007', '¶135'),
      cite('pathfinderEvaluation2007', '¶136'),
      cite('pathfinderEvaluation2007', 'Table 2.1'),
      cite('pathfinderEvaluation2007', 'Table 2.3'),
    ],
  },
  {
    code: 'CHILDREN_ACT_2004_S10_POOLED_FUND',
    description:
      "Establish and maintain a pooled fund with the children's services authority and any of its relevant partners",
    legalSource: 'Children Act 2004, s10',
    sources: [cite('auditCommission2008', '¶28'), cite('pathfinderEvaluation2007', '¶136')],
  },
  {
    code: 'CHILDREN_ACT_2004_S10_PROVIDE_RESOURCES',
    description:
      "Provide staff, goods, services, accommodation or other resources for the children's services authority's " +
      "arrangements to improve children's well-being",
    legalSource: 'Children Act 2004, s10',
    sources: [cite('auditCommission2008', '¶28')],
  },
  {
    code: 'NHS_ACT_1977_S28A_AGREEMENT',
    description: 'Make a Section 28a agreement moving money between health and local authority budgets',
    legalSource: 'NHS Act 1977, s28A',
    sources: [cite('pathfinderEvaluation2007', '¶135'), cite('pathfinderEvaluation2007', 'Box 8.1')],
  },
];

export function powerRows(definitions: readonly PowerDefinition[] = powerDefinitions): PowerRow[] {
  return definitions.map((power) => ({ id: seedId('power', power.code), ...power, synthetic: false }));
}
