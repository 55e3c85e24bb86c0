import { Field, ID, ObjectType } from 'type-graphql';
import type { changes } from '../../../schema/database/index';
import { ConnectionOf } from '../../shared/connection';
import { DateTimeScalar, JSONObjectScalar } from '../../shared/scalars';

export type ChangeRow = typeof changes.$inferSelect;

@ObjectType({
  description: 'One change made through the API: who, when, which operation, the record before and after.',
})
export class Change {
  organisationId!: string | null;
  areaId!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the change was committed.' })
  changedAt!: Date;

  @Field(() => String, { description: 'Who made it: the token subject, or the API key.' })
  subject!: string;

  @Field(() => String, { description: 'The mutation, e.g. appointMember.' })
  operation!: string;

  @Field(() => String, { description: 'The type of record changed.' })
  recordType!: string;

  @Field(() => ID, { description: 'Global id of the record changed.' })
  record!: string;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'The record before; null for a creation.' })
  before!: Record<string, unknown> | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'The record after.' })
  after!: Record<string, unknown> | null;
}

@ObjectType({ description: 'A page of changes.' })
export class ChangeConnection extends ConnectionOf(Change, 'Change') {}
