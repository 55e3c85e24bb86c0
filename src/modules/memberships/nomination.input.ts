import { ComplianceFinding } from '../compliance/index';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { RepresentedSector } from '../people/index';
import { Constituency, MembershipRole } from './membership.enums';
import { Membership } from './membership.type';
import { Nomination } from './nomination.type';

@InputType({
  description:
    'A seat proposed to a body: an organisation, or a person, for a term. The body’s secretariat confirms or declines it.',
})
export class ProposeSeatInput {
  @Field(() => ID, { description: 'The body the seat would be on.' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation proposed for the seat.' })
  memberOrganisation?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person proposed for the seat, in their own right.' })
  memberPerson?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation the member would act for.' })
  onBehalfOf?: string | null;

  @Field(() => MembershipRole, { defaultValue: 'MEMBER', description: 'The role proposed.' })
  role!: keyof typeof MembershipRole;

  @Field(() => Constituency, { defaultValue: 'OWN_ORGANISATION', description: 'Whom the member would represent.' })
  constituency!: keyof typeof Constituency;

  @Field(() => RepresentedSector, {
    nullable: true,
    description:
      'Whom a sector or all-districts seat would speak for: schools, colleges, the voluntary sector, districts…; ' +
      'the seat takes it when the nomination is confirmed.',
  })
  represents?: keyof typeof RepresentedSector | null;

  @Field(() => Boolean, { defaultValue: true, description: 'Whether the member would vote.' })
  votingRight!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the member could commit its organisation’s resources.',
  })
  canCommitResources?: boolean | null;

  @Field(() => String, { nullable: true, description: 'What the member could commit, in words.' })
  @Bounds({ text: 'name' })
  commitScope?: string | null;

  @Field(() => DateScalar, {
    description: 'First day of the term proposed (before today only if the secretariat confirms).',
  })
  validFrom!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'First day after the term; leave empty while open.' })
  validTo?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: retrying with the same one never proposes twice.',
  })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Which nomination, at the version read.' })
export class DecideNominationInput {
  @Field(() => ID, { description: 'The nomination.' })
  nomination!: string;

  @Field(() => Int, { description: 'The nomination’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'The nomination as it now stands, and the seat it made once confirmed.' })
export class NominationPayload {
  @Field(() => Nomination, { description: 'The nomination.' })
  nomination!: Nomination;

  @Field(() => Membership, { nullable: true, description: 'The seat made by confirming it; null until then.' })
  membership!: Membership | null;

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
