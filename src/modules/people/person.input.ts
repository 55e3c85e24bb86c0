import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { PersonCategory } from './people.enums';
import { Person } from './post.type';

@InputType({
  description:
    'A person to record. Their name is guarded on read like every other person’s: recording it reveals it to no one.',
})
export class CreatePersonInput {
  @Field(() => String, {
    nullable: true,
    description:
      'The name. Required for an adult; a young person or parent representative may be recorded by role only, and their name is seen only by the secretariat (004 Box 2.3).',
  })
  @Bounds({ text: 'name' })
  name?: string | null;

  @Field(() => PersonCategory, {
    description: 'Adult, young person or parent representative: decides who may read the name.',
  })
  category!: keyof typeof PersonCategory;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: retrying with the same one never records the person twice.',
  })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({
  description:
    'A correction to a person; leave out what stays. Editors of an organisation whose post they hold or held, and the secretariat of a body they sit on in person, may make it.',
})
export class UpdatePersonInput {
  @Field(() => ID, { description: 'The person.' })
  person!: string;

  @Field(() => Int, { description: 'The person’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'The corrected name.' })
  @Bounds({ text: 'name' })
  name?: string | null;

  @Field(() => PersonCategory, {
    nullable: true,
    description: 'The corrected category. An adult must have a name.',
  })
  category?: keyof typeof PersonCategory | null;
}

@ObjectType({ description: 'The person as they now stand; their name stays subject to the rules on who may read it.' })
export class PersonPayload {
  @Field(() => Person, { description: 'The person.' })
  person!: Person;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
