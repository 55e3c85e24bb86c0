import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { DutyRegime, DutyStatusValue, OrganisationKind } from './organisation.enums';
import { DutyStatus } from './organisation.type';

@InputType({ description: 'A passage of a source document a status rests on.' })
export class SourceCitationInput {
  @Field(() => String, { description: 'File name of the source document, e.g. `003_6b44b8124f27778d.txt`.' })
  @Bounds({ text: 'code' })
  document!: string;

  @Field(() => String, { description: 'The document’s own locator: paragraph, table or figure, e.g. `¶15`.' })
  @Bounds({ text: 'code' })
  locator!: string;
}

@InputType({
  description:
    'A duty-to-co-operate status from a date, of an organisation kind or of one organisation (registry ' +
    'administrators only). An organisation’s own status overrides its kind’s.',
})
export class RecordDutyStatusInput {
  @Field(() => ID, { nullable: true, description: 'The organisation; give this or `organisationKind`.' })
  organisation?: string | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'The kind; give this or `organisation`.' })
  organisationKind?: keyof typeof OrganisationKind | null;

  @Field(() => DutyRegime, { description: 'The statutory regime.' })
  regime!: keyof typeof DutyRegime;

  @Field(() => DutyStatusValue, { description: 'The status.' })
  status!: keyof typeof DutyStatusValue;

  @Field(() => DateScalar, { description: 'First day it holds.' })
  validFrom!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'First day it no longer holds; leave out while it holds.' })
  validTo?: Date | null;

  @Field(() => [SourceCitationInput], { description: 'The passages it rests on: at least one.' })
  @Bounds({ items: 20 })
  sources!: SourceCitationInput[];

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: retrying with the same one never records twice.',
  })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Ends a duty status on a date; it stays in the history.' })
export class EndDutyStatusInput {
  @Field(() => ID, { description: 'The status, by the `id` it shows.' })
  dutyStatus!: string;

  @Field(() => DateScalar, { description: 'First day it no longer holds.' })
  endOn!: Date;

  @Field(() => Int, { description: 'Its `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'A duty status as it now stands.' })
export class DutyStatusPayload {
  @Field(() => DutyStatus, { description: 'The status recorded or ended.' })
  dutyStatus!: DutyStatus;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
