import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { AccountabilityKind } from './accountability.enums';
import { AccountabilityLine } from './accountability-line.type';
import { ComplianceFinding } from '../compliance/compliance.type';

@InputType({ description: 'A line to record between two bodies or organisations.' })
export class RecordAccountabilityLineInput {
  @Field(() => AccountabilityKind, { description: 'What the line means, read "from <kind> to".' })
  kind!: keyof typeof AccountabilityKind;

  @Field(() => ID, { description: 'The body or organisation the line starts from.' })
  from!: string;

  @Field(() => ID, { description: 'The body or organisation it points to.' })
  to!: string;

  @Field(() => DateScalar, { description: 'First day the line holds.' })
  validFrom!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'First day it no longer holds; leave empty while open.' })
  validTo?: Date | null;

  @Field(() => String, { nullable: true, description: 'Qualification, e.g. "to cabinet only".' })
  @Bounds({ text: 'text' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'The document that establishes the line.' })
  @Bounds({ text: 'name' })
  basisDocument?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: retrying with the same one never records twice.',
  })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Ends a line on a date; it stays in the history.' })
export class EndAccountabilityLineInput {
  @Field(() => ID, { description: 'The line.' })
  line!: string;

  @Field(() => DateScalar, { description: 'First day the line no longer holds.' })
  endOn!: Date;

  @Field(() => Int, { description: 'The line’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'The line as it now stands.' })
export class AccountabilityLinePayload {
  @Field(() => AccountabilityLine, { description: 'The line.' })
  line!: AccountabilityLine;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => [ComplianceFinding], {
    description:
      'Rules of `complianceRules` the line breaks on its first day (e.g. an LSCB made to answer to the board), or ' +
      'that ending it breaks on the day it ends (the board left with no line to the LSP). The write is recorded: ' +
      'these say what the area now needs to put right.',
  })
  warnings!: ComplianceFinding[];
}
