import type { SourcedBuilder } from './builder-plans';
import { c003, c004, sourced } from './citations';

/** Codes of the pooling powers the sourced areas' delegations use: the same codes the reference seed uses. */
export const powerCodes = {
  section31Pool: 'HEALTH_ACT_1999_S31_AGREEMENT',
  section10Pool: 'CHILDREN_ACT_2004_S10_POOLED_FUND',
} as const;

/**
 * The legal powers to pool budgets (004 ¶135–¶136). If another seed already holds a power under the same code the
 * loader uses that one, so the two seeds never clash.
 */
export function declarePowers(b: SourcedBuilder): void {
  b.power(powerCodes.section31Pool, {
    description:
      'Enter partnership arrangements and establish a pooled fund between local authorities and health bodies only',
    legalSource: 'Section 31 Partnership Arrangements of the Health Act 1999',
    prov: sourced(c004('¶135'), c004('¶136'), c003('¶111 fn')),
  });
  b.power(powerCodes.section10Pool, {
    description:
      'Provide staff, goods, services, accommodation or other resources and establish and maintain a pooled fund, ' +
      "between the children's services authority and any of its relevant partners",
    legalSource: 'Section 10 of the Children Act 2004',
    prov: sourced(c003('¶28'), c004('¶136')),
  });
}
