import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { Body, loadBody } from '../bodies/index';
import { Organisation, loadOrganisation } from '../organisations/index';
import { Person, loadPerson } from '../people/index';
import { Membership } from './membership.type';
import { toMembership } from './membership.resolver';
import { Nomination, NominationStatus, toNomination } from './nomination.type';

@Resolver(() => Nomination)
export class NominationResolver {
  @FieldResolver(() => Body, { description: 'The body the seat was proposed to.' })
  body(@Root() nomination: Nomination, @Ctx() context: Context): Body | Promise<Body> {
    return loadBody(context, nomination.bodyId, today());
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation proposed, if any.' })
  async memberOrganisation(@Root() nomination: Nomination, @Ctx() context: Context): Promise<Organisation | null> {
    const id = nomination.memberOrganisationId;
    return id ? loadOrganisation(context, id, today()) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person proposed, if any.' })
  async memberPerson(@Root() nomination: Nomination, @Ctx() context: Context): Promise<Person | null> {
    return nomination.memberPersonId ? loadPerson(context, nomination.memberPersonId, today()) : null;
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that proposed the seat.' })
  proposedBy(@Root() nomination: Nomination, @Ctx() context: Context): Organisation | Promise<Organisation> {
    return loadOrganisation(context, nomination.proposedByOrganisationId, today());
  }

  @FieldResolver(() => Membership, { nullable: true, description: 'The seat made by confirming it, if it was.' })
  async membership(@Root() nomination: Nomination, @Ctx() { stores }: Context): Promise<Membership | null> {
    const row = nomination.membershipId ? await stores.memberships.byId.load(nomination.membershipId) : undefined;
    return row ? toMembership(row, row.validFrom) : null;
  }
}

@Resolver(() => Body)
export class BodyNominationsResolver {
  @FieldResolver(() => [Nomination], {
    nullable: true,
    description:
      'Seats proposed to the body and what became of them, newest first: for its partners, its secretariat and oversight.',
  })
  async nominations(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Arg('statuses', () => [NominationStatus], { nullable: true, description: 'Only these statuses.' })
    statuses?: (keyof typeof NominationStatus)[] | null,
  ): Promise<Nomination[]> {
    const rows = await stores.memberships.nominationsOfBody.load(body.uuid);
    return rows.filter((row) => !statuses?.length || statuses.includes(row.status)).map(toNomination);
  }
}
