import { Field, Float, ObjectType } from 'type-graphql';
import type { budgetArrangements, contributions } from '../../../schema/database/index';
import { DatedRecord, Node, RegistryRecord } from '../../shared/record.type';
import { BudgetKind, EcmOutcome, LegalBasis, ResourceType, ServiceArea } from './budget.enums';

export type BudgetArrangementRow = typeof budgetArrangements.$inferSelect;
export type ContributionRow = typeof contributions.$inferSelect;

@ObjectType({
  implements: Node,
  description:
    'A pooled, aligned or other joint budget of an area for a period. A pooled fund has one host that "accounts for ' +
    'the money" (003 ¶107); aligned budgets have none.',
})
export class BudgetArrangement extends DatedRecord {
  areaId!: string;
  hostId!: string | null;
  governingBodyId!: string | null;

  @Field(() => String, { description: 'The arrangement’s name.' })
  name!: string;

  @Field(() => BudgetKind, { description: 'Pooled, aligned, LAA, service level agreement or joint fund.' })
  kind!: keyof typeof BudgetKind;

  @Field(() => LegalBasis, { description: 'The statute it is made under; NONE when informal.' })
  legalBasis!: keyof typeof LegalBasis;

  @Field(() => [ServiceArea], { description: 'The services it pays for.' })
  serviceAreas!: (keyof typeof ServiceArea)[];

  @Field(() => [EcmOutcome], { description: 'The Every Child Matters outcomes it serves.' })
  outcomes!: (keyof typeof EcmOutcome)[];

  @Field(() => String, {
    nullable: true,
    description: 'The agreement that sets it up, e.g. a s31 partnership agreement.',
  })
  agreement!: string | null;

  @Field(() => Boolean, { description: 'Whether it existed before the children’s trust did.' })
  preDatesTrust!: boolean;
}

@ObjectType({
  implements: Node,
  description: 'One partner’s contribution to a budget arrangement in one financial year.',
})
export class Contribution extends RegistryRecord {
  arrangementId!: string;
  organisationId!: string;

  @Field(() => String, { description: 'The financial year, e.g. "2008-09".' })
  financialYear!: string;

  @Field(() => ResourceType, { description: 'What kind of resource is contributed.' })
  resourceType!: keyof typeof ResourceType;

  /** Float, not String: numeric(14,2) fits a double exactly (see `Delegation.financialLimit`). */
  @Field(() => Float, {
    nullable: true,
    description: 'The amount in pounds, where known; null for staff time and the like.',
  })
  amount!: number | null;

  @Field(() => String, { nullable: true, description: 'The share in words where no amount is known, e.g. "50-50".' })
  shareBand!: string | null;
}
