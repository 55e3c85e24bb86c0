import { Field, ID, Int, ObjectType } from 'type-graphql';
import { nominationStatus, type nominations } from '../../../schema/database/index';
import { registerDatabaseEnum } from '../../shared/enums';
import { nominationStatusLabels } from '../reference/labels';
import type { IsoDate } from '../../shared/dates';
import { toGlobalId } from '../../shared/global-id';
import { DateScalar } from '../../shared/scalars';
import { RepresentedSector } from '../people/index';
import { Constituency, MembershipRole } from './membership.enums';

export type NominationRow = typeof nominations.$inferSelect;

export const NominationStatus = registerDatabaseEnum(
  nominationStatus.enumValues,
  'NominationStatus',
  'Where a proposed seat stands: awaiting the body’s secretariat, confirmed (the seat was made), declined, or withdrawn by the proposer.',
  nominationStatusLabels,
);

/**
 * A proposed seat: a part of its body, read only through `Body.nominations` (whose rule decides who sees it) and the
 * payloads of the writes that made it, so `node` answers null for it.
 */
@ObjectType({
  description:
    'A seat proposed to a body, which its secretariat confirms (making the seat) or declines: seats are given by the body, not taken by the member (003 ¶68).',
})
export class Nomination {
  /** The row key, kept off the schema. */
  uuid!: string;
  bodyId!: string;
  memberOrganisationId!: string | null;
  memberPersonId!: string | null;
  onBehalfOfId!: string | null;
  proposedByOrganisationId!: string;
  decidedByOrganisationId!: string | null;
  membershipId!: string | null;

  @Field(() => ID, { description: 'Opaque id of the nomination; it names the nomination in `history`.' })
  id!: string;

  @Field(() => Int, { description: 'Goes up by one with every change; send it back as `expectedVersion`.' })
  version!: number;

  @Field(() => NominationStatus, { description: 'Where the proposal stands.' })
  status!: keyof typeof NominationStatus;

  @Field(() => MembershipRole, { description: 'The role proposed.' })
  role!: keyof typeof MembershipRole;

  @Field(() => Constituency, { description: 'Whom the member would represent.' })
  constituency!: keyof typeof Constituency;

  @Field(() => RepresentedSector, {
    nullable: true,
    description: 'The sector a sector or all-districts seat would speak for, where proposed; the seat takes it.',
  })
  represents!: keyof typeof RepresentedSector | null;

  @Field(() => Boolean, { description: 'Whether the member would vote.' })
  votingRight!: boolean;

  @Field(() => DateScalar, { description: 'First day of the term proposed.' })
  validFrom!: IsoDate;

  @Field(() => DateScalar, { nullable: true, description: 'First day after the term proposed; null for open.' })
  validTo!: IsoDate | null;

  @Field(() => DateScalar, { description: 'When it was proposed.' })
  proposedOn!: IsoDate;

  @Field(() => DateScalar, { nullable: true, description: 'When it was confirmed, declined or withdrawn.' })
  decidedOn!: IsoDate | null;
}

export const toNomination = (row: NominationRow): Nomination =>
  Object.assign(new Nomination(), row, { id: toGlobalId('Nomination', row.id), uuid: row.id });
