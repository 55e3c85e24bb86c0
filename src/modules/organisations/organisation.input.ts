import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { OrganisationKind, Sector } from './organisation.enums';
import { Organisation } from './organisation.type';

@InputType({ description: 'An organisation to register. Only registry administrators register organisations.' })
export class CreateOrganisationInput {
  @Field(() => String, {
    nullable: true,
    description: 'The registry’s code, which identity tokens and API keys name; unique.',
  })
  @Bounds({ text: 'code' })
  code?: string | null;

  @Field(() => String, { description: 'The organisation’s name.' })
  @Bounds({ text: 'name' })
  name!: string;

  @Field(() => OrganisationKind, { description: 'What kind of partner it is.' })
  kind!: keyof typeof OrganisationKind;

  @Field(() => Sector, { defaultValue: 'PUBLIC', description: 'Its sector.' })
  sector!: keyof typeof Sector;

  @Field(() => ID, { nullable: true, description: 'The area it is based in.' })
  area?: string | null;

  @Field(() => DateScalar, { description: 'First day it exists.' })
  validFrom!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: retrying with the same one never registers twice.',
  })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({
  description:
    'Changes to an organisation; leave out what stays. Its editors may change the name and area; code and kind only an administrator.',
})
export class UpdateOrganisationInput {
  @Field(() => ID, { description: 'The organisation.' })
  organisation!: string;

  @Field(() => Int, { description: 'The organisation’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'A new name; the old one stays in `names`.' })
  @Bounds({ text: 'name' })
  name?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When a new name took effect (default today).' })
  nameChangedOn?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The area it is now based in.' })
  area?: string | null;

  @Field(() => Sector, { nullable: true, description: 'Its sector.' })
  sector?: keyof typeof Sector | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'Its kind (administrators only).' })
  kind?: keyof typeof OrganisationKind | null;

  @Field(() => String, { nullable: true, description: 'Its registry code (administrators only).' })
  @Bounds({ text: 'code' })
  code?: string | null;
}

@InputType({ description: 'Ends an organisation on a date (abolished, merged); it stays in the history.' })
export class EndOrganisationInput {
  @Field(() => ID, { description: 'The organisation.' })
  organisation!: string;

  @Field(() => DateScalar, { description: 'First day it no longer exists.' })
  endOn!: Date;

  @Field(() => Int, { description: 'The organisation’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'The organisation as it now stands.' })
export class OrganisationPayload {
  @Field(() => Organisation, { description: 'The organisation.' })
  organisation!: Organisation;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
