import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Area, Region } from '../areas/index';
import { Body } from '../bodies/index';
import { Organisation } from '../organisations/index';

/** How far an auditor's or inspector's role reaches. */
export const OversightKind = { AREA: 'AREA', REGION: 'REGION', ENGLAND: 'ENGLAND' } as const;

registerEnumType(OversightKind, {
  name: 'OversightKind',
  valuesConfig: {
    AREA: { description: 'One area and the areas within it: `auditor:<area code>`.' },
    REGION: { description: 'Every area of one of the nine English regions: `auditor:region:<region>`.' },
    ENGLAND: { description: 'Every area: `auditor:england`.' },
  },
  description:
    'AREA: one area and the areas within it (`auditor:<area code>`); REGION: every area of one English region ' +
    '(`auditor:region:<region>`); ENGLAND: every area (`auditor:england`).',
});

@ObjectType({ description: 'One role the caller holds, with what it covers where it covers one thing.' })
export class ViewerRole {
  @Field(() => String, {
    description:
      'reader, editor, administrator, secretariat (the officers of one body) or auditor (of an area, a region or ' +
      'England).',
  })
  role!: string;

  @Field(() => Body, { nullable: true, description: 'The body whose secretariat the caller is.' })
  body!: Body | null;

  @Field(() => OversightKind, { nullable: true, description: 'For an auditor: how far its oversight reaches.' })
  oversight!: keyof typeof OversightKind | null;

  @Field(() => Area, {
    nullable: true,
    description: 'The area the caller audits or inspects, with the areas within it.',
  })
  area!: Area | null;

  @Field(() => Region, { nullable: true, description: 'The region the caller audits or inspects.' })
  region!: keyof typeof Region | null;
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

  @Field(() => Boolean, {
    description:
      'Whether any write can be allowed to the caller: true for an editor, an administrator or a secretariat (and an API key granted writing); false for a reader, an auditor or a read-only API key, whose writes are all refused. Each write still checks the caller’s standing to its record.',
  })
  canWrite!: boolean;
}
