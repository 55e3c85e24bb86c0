import { Field, Float, ObjectType } from 'type-graphql';
import type { delegations, powers } from '../../../schema/database/index';
import { DatedRecord, Node, RegistryRecord } from '../../shared/record.type';
import { DecisionRule } from '../bodies/index';

export type PowerRow = typeof powers.$inferSelect;
export type DelegationRow = typeof delegations.$inferSelect;

@ObjectType({
  implements: Node,
  description: 'A decision power a partner holds in law, e.g. commissioning CAMHS under s31 Health Act 1999.',
})
export class Power extends RegistryRecord {
  @Field(() => String, { description: 'Short stable code of the power.' })
  code!: string;

  @Field(() => String, { description: 'What the power allows, in words.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'The statute or instrument the power comes from, where known.' })
  legalSource!: string | null;
}

@ObjectType({
  implements: Node,
  description:
    'A power passed for a period from a delegator (a partner, or a body holding it by delegation) to a delegate ' +
    'body or organisation (004 §2.2).',
})
export class Delegation extends DatedRecord {
  powerId!: string;
  delegatorOrganisationId!: string | null;
  delegatorBodyId!: string | null;
  delegateBodyId!: string | null;
  delegateOrganisationId!: string | null;
  parentDelegationId!: string | null;

  @Field(() => String, { description: 'What the delegate may decide under it, in words.' })
  scope!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The instrument that makes the delegation, e.g. a scheme of delegation.',
  })
  instrument!: string | null;

  /**
   * numeric(14,2) arrives as a string. Exposed as Float: at most 14 significant digits, and any decimal of up to 15
   * significant digits survives a round trip through a double exactly, so nothing is lost and clients can compare and
   * sum without parsing. Budgets and plans make the same choice for their amounts.
   */
  @Field(() => Float, { nullable: true, description: 'The most the delegate may commit in one decision, in pounds.' })
  financialLimit!: number | null;

  @Field(() => [String], {
    description:
      'Matters kept back "that could only be made by the full council or primary care trust executive board" (004 ¶75).',
    nullable: true,
  })
  reservedMatters!: string[];

  @Field(() => Boolean, { description: 'Whether the delegate may pass the power on.' })
  subDelegationAllowed!: boolean;

  @Field(() => DecisionRule, {
    nullable: true,
    description: 'How the delegate must reach decisions under it, where set.',
  })
  decisionRule!: keyof typeof DecisionRule | null;
}
