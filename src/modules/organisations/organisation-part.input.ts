import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { IdentifierScheme, SuccessionKind } from './organisation.enums';
import { Organisation, OrganisationIdentifier, OrganisationSuccession } from './organisation.type';
import { OrganisationCoverage } from './organisation-coverage.type';

const clientMutationIdField = {
  nullable: true,
  description: 'Any unique string: retrying with the same one never records twice.',
} as const;

@InputType({
  description:
    'An identifier an outside register gives an organisation (its ODS code, URN, charity number…). Its own editors or an administrator record it.',
})
export class RecordOrganisationIdentifierInput {
  @Field(() => ID, { description: 'The organisation the register identifies.' })
  organisation!: string;

  @Field(() => IdentifierScheme, { description: 'The register.' })
  scheme!: keyof typeof IdentifierScheme;

  @Field(() => String, {
    description:
      'The identifier, in the register’s own format where it has one (a GSS code is a letter and 8 digits); letters are taken in capitals.',
  })
  @Bounds({ text: 'code' })
  value!: string;

  @Field(() => DateScalar, { description: 'First day the organisation bore it; within the organisation’s existence.' })
  validFrom!: Date;

  @Field(() => String, clientMutationIdField)
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Ends an identifier on a date; it stays in the history, and the register may reuse it.' })
export class EndOrganisationIdentifierInput {
  @Field(() => ID, { description: 'The identifier, by the `id` it was read with.' })
  identifier!: string;

  @Field(() => DateScalar, { description: 'First day the organisation no longer bore it.' })
  endOn!: Date;

  @Field(() => Int, { description: 'The identifier’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@InputType({
  description: 'An area an organisation serves for a period, e.g. a police service covering several trusts (003 ¶83).',
})
export class RecordOrganisationCoverageInput {
  @Field(() => ID, { description: 'The organisation serving the area.' })
  organisation!: string;

  @Field(() => ID, { description: 'The area it serves.' })
  area!: string;

  @Field(() => DateScalar, { description: 'First day it served the area; while both it and the area existed.' })
  validFrom!: Date;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day it no longer served the area; left out, it serves the area while both exist.',
  })
  validTo?: Date | null;

  @Field(() => String, clientMutationIdField)
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Ends an organisation’s coverage of an area on a date; it stays in the history.' })
export class EndOrganisationCoverageInput {
  @Field(() => ID, { description: 'The period of coverage, by the `id` it was read with.' })
  coverage!: string;

  @Field(() => DateScalar, { description: 'First day the organisation no longer served the area.' })
  endOn!: Date;

  @Field(() => Int, { description: 'The coverage’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@InputType({
  description:
    'One organisation giving way to another: PCTs merging in October 2006 (004 ¶66), a renaming, a replacement. Administrators only.',
})
export class RecordOrganisationSuccessionInput {
  @Field(() => ID, { description: 'The organisation that gave way; it must have begun before the succession.' })
  predecessor!: string;

  @Field(() => ID, { description: 'The organisation that took over; it must exist on the day of the succession.' })
  successor!: string;

  @Field(() => SuccessionKind, { description: 'Merger, split, absorption, renaming or replacement.' })
  kind!: keyof typeof SuccessionKind;

  @Field(() => DateScalar, { description: 'The day the succession took effect.' })
  occurredOn!: Date;

  @Field(() => String, clientMutationIdField)
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@ObjectType({ description: 'The identifier as it now stands, and the organisation it identifies.' })
export class OrganisationIdentifierPayload {
  @Field(() => OrganisationIdentifier, { description: 'The identifier.' })
  identifier!: OrganisationIdentifier;

  @Field(() => Organisation, { description: 'The organisation it identifies.' })
  organisation!: Organisation;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}

@ObjectType({ description: 'The period of coverage as it now stands, and the organisation serving the area.' })
export class OrganisationCoveragePayload {
  @Field(() => OrganisationCoverage, { description: 'The period of coverage.' })
  coverage!: OrganisationCoverage;

  @Field(() => Organisation, { description: 'The organisation serving the area.' })
  organisation!: Organisation;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}

@ObjectType({ description: 'The succession recorded, and the organisation that took over.' })
export class OrganisationSuccessionPayload {
  @Field(() => OrganisationSuccession, { description: 'The succession.' })
  succession!: OrganisationSuccession;

  @Field(() => Organisation, { description: 'The successor: the organisation that took over.' })
  organisation!: Organisation;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
