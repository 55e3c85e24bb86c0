import { createUnionType, Field, ObjectType } from 'type-graphql';
import type { accountabilityLines } from '../../../schema/database/index';
import { DatedRecord, Node } from '../../shared/record.type';
import { Body } from '../bodies/index';
import { Organisation } from '../organisations/index';
import { AccountabilityKind } from './accountability.enums';

export type AccountabilityLineRow = typeof accountabilityLines.$inferSelect;

export const Party = createUnionType({
  name: 'Party',
  description: 'Either end of a line: a body or an organisation.',
  types: () => [Body, Organisation] as const,
});

@ObjectType({ implements: Node, description: 'A typed, directed, dated line between bodies and organisations.' })
export class AccountabilityLine extends DatedRecord {
  fromBodyId!: string | null;
  fromOrganisationId!: string | null;
  toBodyId!: string | null;
  toOrganisationId!: string | null;

  @Field(() => AccountabilityKind, { description: 'What the line means, read "from <kind> to".' })
  kind!: keyof typeof AccountabilityKind;

  @Field(() => String, { nullable: true, description: 'Qualification, e.g. "to cabinet only".' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'The document that establishes the line.' })
  basisDocument!: string | null;
}

@ObjectType({ description: 'One path upward from a body, line by line, to a top or to where it turns back on itself.' })
export class AccountabilityPath {
  @Field(() => [AccountabilityLine], { description: 'The lines, starting at the body asked about.' })
  lines!: AccountabilityLine[];

  @Field(() => Boolean, { description: 'True when the path stops because it would revisit a party (a cycle).' })
  cyclic!: boolean;
}
