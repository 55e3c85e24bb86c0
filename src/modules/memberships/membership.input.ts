import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { IsoDate } from '../../shared/dates';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { ComplianceFinding } from '../compliance/index';
import { RepresentedSector } from '../people/index';
import { Constituency, MembershipRole } from './membership.enums';
import { Membership } from './membership.type';

@InputType({ description: 'A seat to create. Give the member as an organisation, a post or a person (or several).' })
export class AppointMemberInput {
  @Field(() => ID, { description: 'The body the seat is on.' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation holding the seat itself.' })
  memberOrganisation?: string | null;

  @Field(() => ID, { nullable: true, description: 'The post holding the seat.' })
  memberPost?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person holding the seat in their own right.' })
  memberPerson?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organisation the member acts for. Only its editors, the body’s secretariat or an administrator may appoint for it.',
  })
  onBehalfOf?: string | null;

  @Field(() => MembershipRole, { defaultValue: 'MEMBER', description: 'The seat’s role.' })
  role!: keyof typeof MembershipRole;

  @Field(() => Constituency, { defaultValue: 'OWN_ORGANISATION', description: 'Whom the member represents.' })
  constituency!: keyof typeof Constituency;

  @Field(() => RepresentedSector, {
    nullable: true,
    description: 'Whom a sector or all-districts seat speaks for: schools, colleges, the voluntary sector, districts…',
  })
  represents?: keyof typeof RepresentedSector | null;

  @Field(() => Boolean, { defaultValue: true, description: 'Whether the member may vote.' })
  votingRight!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Whether the member may commit its organisation’s resources.' })
  canCommitResources?: boolean | null;

  @Field(() => String, { nullable: true, description: 'What the member may commit, in words.' })
  @Bounds({ text: 'name' })
  commitScope?: string | null;

  @Field(() => DateScalar, { description: 'First day of the term.' })
  validFrom!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'First day after the term; leave empty while open.' })
  validTo?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: retrying with the same one never appoints twice.',
  })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Ends a seat on a date; the seat stays in the history.' })
export class EndMembershipInput {
  @Field(() => ID, { description: 'The membership.' })
  membership!: string;

  @Field(() => DateScalar, { description: 'First day the member no longer holds the seat.' })
  endOn!: Date;

  @Field(() => Int, { description: 'The membership’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@InputType({
  description:
    'A change to a seat’s terms, given by the body’s secretariat; leave out what stays. Who holds the seat and its term do not change here: end it and appoint anew.',
})
export class UpdateMembershipInput {
  @Field(() => ID, { description: 'The membership.' })
  membership!: string;

  @Field(() => MembershipRole, { nullable: true, description: 'The seat’s new role.' })
  role?: keyof typeof MembershipRole | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the member may vote.' })
  votingRight?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the member may commit its organisation’s resources.' })
  canCommitResources?: boolean | null;

  @Field(() => String, { nullable: true, description: 'What the member may commit, in words.' })
  @Bounds({ text: 'name' })
  commitScope?: string | null;

  @Field(() => Int, { description: 'The membership’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'The seat as it now stands.' })
export class MembershipPayload {
  @Field(() => Membership, { description: 'The membership.' })
  membership!: Membership;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => [ComplianceFinding], {
    description:
      'Rules of `complianceRules` that the write leaves broken on the day it takes effect (a seat without a ' +
      'mandate, a relevant partner or district left without a seat…). The write is recorded: these say what the ' +
      'area now needs to put right.',
  })
  warnings!: ComplianceFinding[];
}

export interface MembershipPeriod {
  validFrom: IsoDate;
  validTo: IsoDate | null;
}
