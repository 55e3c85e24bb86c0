import { Field, ObjectType } from 'type-graphql';
import { Area } from '../areas/index';
import { Body } from '../bodies/index';
import { Organisation } from '../organisations/index';

@ObjectType({ description: 'One role the caller holds, with what it covers where it covers one thing.' })
export class ViewerRole {
  @Field(() => String, {
    description: 'reader, editor, administrator, secretariat (the officers of one body) or auditor (of one area).',
  })
  role!: string;

  @Field(() => Body, { nullable: true, description: 'The body whose secretariat the caller is.' })
  body!: Body | null;

  @Field(() => Area, {
    nullable: true,
    description: 'The area the caller audits or inspects, with the areas within it.',
  })
  area!: Area | null;
}

@ObjectType({
  description:
    'Who the registry takes the caller to be, from its verified credentials: the organisation it acts for and its roles.',
})
export class Viewer {
  @Field(() => String, { description: 'The credential’s subject: a person’s token subject, or `api-key:<id>`.' })
  subject!: string;

  @Field(() => Organisation, { description: 'The organisation the caller acts for; its id is what writes name.' })
  organisation!: Organisation;

  @Field(() => [ViewerRole], { description: 'The roles the caller holds.' })
  roles!: ViewerRole[];

  @Field(() => Boolean, { description: 'Whether the caller may write at all (a read-only API key may not).' })
  canWrite!: boolean;
}
