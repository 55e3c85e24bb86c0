import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { dutyStatuses } from '../../../schema/database/index';
import type { Context } from '../../context';
import { ConnectionOf, toConnection } from '../../shared/connection';
import { resolveAsOf, type IsoDate } from '../../shared/dates';
import { rowIdOf, toGlobalId, viewOf } from '../../shared/global-id';
import { selectsChild } from '../../shared/lookahead';
import { pageRequest } from '../../shared/pagination';
import { fromRow } from '../../shared/records';
import { DateScalar } from '../../shared/scalars';
import { Area, toArea } from '../areas/index';
import { OrganisationKind } from './organisation.enums';
import { OrganisationsArgs } from './organisation.args';
import {
  DutyStatus,
  Organisation,
  OrganisationIdentifier,
  OrganisationName,
  OrganisationSuccession,
  type OrganisationIdentifierRow,
  type OrganisationRow,
  type SuccessionRow,
} from './organisation.type';
import { OrganisationCoverage, toCoverage } from './organisation-coverage.type';

@ObjectType({ description: 'A page of organisations.' })
export class OrganisationConnection extends ConnectionOf(Organisation, 'Organisation') {}

export const toOrganisation = (row: OrganisationRow, asOf: IsoDate) => fromRow(Organisation, 'Organisation', row, asOf);
export const toSuccession = (row: SuccessionRow, asOf: IsoDate) =>
  Object.assign(new OrganisationSuccession(), row, {
    id: toGlobalId('OrganisationSuccession', row.id, asOf),
    recordId: toGlobalId('OrganisationSuccession', row.id),
    asOf,
  });
export const toIdentifier = (row: OrganisationIdentifierRow) =>
  Object.assign(new OrganisationIdentifier(), row, { id: toGlobalId('OrganisationIdentifier', row.id) });

/** The fields that read an organisation's seats as at its own date (see `MembershipStore.ofOrganisation`). */
const seatFields = ['memberships', 'membershipsConnection'];

const asOfArg = { nullable: true, description: 'Default: the date the parent was read as at.' } as const;

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: 'One organisation by global id.' })
  async organisation(
    @Ctx() { stores }: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { description: 'The organisation’s global id.' }) id: string,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Read nested facts as at this date (default: the date a dated id carries, else today).',
    })
    asOf?: Date | null,
  ): Promise<Organisation | null> {
    const view = viewOf(id, 'Organisation', 'id');
    const date = resolveAsOf(asOf, view.asOf ?? undefined);
    if (selectsChild(info, seatFields, 'asOf')) await stores.memberships.readOrganisationWithSeats(view.rowId, date);
    const row = await stores.organisations.byId.load(view.rowId);
    return row ? toOrganisation(row, date) : null;
  }

  @Query(() => OrganisationConnection, { description: 'Organisations by name, filtered, a page at a time.' })
  async organisations(
    @Ctx() { stores }: Context,
    @Args(() => OrganisationsArgs) args: OrganisationsArgs,
  ): Promise<OrganisationConnection> {
    const request = pageRequest(args);
    const criteria = {
      ...args.filter,
      areaId: args.filter?.area ? rowIdOf(args.filter.area, 'Area', 'filter.area') : null,
      asOf: resolveAsOf(args.asOf),
    };
    const page = await stores.organisations.page(criteria, request);
    return toConnection(
      page,
      (row) => row.name,
      (row) => toOrganisation(row, criteria.asOf),
      () => stores.organisations.count(criteria),
    );
  }

  @Query(() => [DutyStatus], {
    name: 'dutyStatuses',
    description: 'Duty-to-co-operate statuses of organisation kinds as at a date.',
  })
  async dutyStatusesOfKinds(
    @Ctx() { stores }: Context,
    @Arg('kind', () => OrganisationKind, { nullable: true, description: 'One kind only.' })
    kind?: keyof typeof OrganisationKind | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'As at this date (default today).' })
    asOf?: Date | null,
  ): Promise<DutyStatus[]> {
    return (await stores.organisations.dutyStatusesOfKind(kind ?? null, resolveAsOf(asOf))).map(toDutyStatus);
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area the organisation is based in.' })
  async area(@Root() organisation: Organisation, @Ctx() { stores }: Context): Promise<Area | null> {
    if (!organisation.areaId) return null;
    const row = await stores.areas.byId.load(organisation.areaId);
    return row ? toArea(row, organisation.asOf) : null;
  }

  @FieldResolver(() => [Area], { description: 'Areas the organisation serves, as at the date.' })
  async coverage(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Area[]> {
    const date = resolveAsOf(asOf, organisation.asOf);
    const rows = await stores.organisations.coverage.load({ key: organisation.uuid, asOf: date });
    return rows.map((row) => toArea(row.area, date));
  }

  @FieldResolver(() => [OrganisationCoverage], {
    description:
      'Every period in which the organisation served an area, ended ones too, oldest first: `coverage` lists only the areas, as at a date.',
  })
  async coveragePeriods(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
  ): Promise<OrganisationCoverage[]> {
    const rows = await stores.organisations.coveragePeriods.load(organisation.uuid);
    return rows.map((row) => toCoverage(row, organisation.asOf));
  }

  @FieldResolver(() => [OrganisationName], { description: 'Every name the organisation has borne, oldest first.' })
  names(@Root() organisation: Organisation, @Ctx() { stores }: Context): Promise<OrganisationName[]> {
    return stores.organisations.names.load(organisation.uuid);
  }

  @FieldResolver(() => [OrganisationIdentifier], { description: 'Identifiers in outside registers (ODS, URN…).' })
  async identifiers(@Root() organisation: Organisation, @Ctx() { stores }: Context): Promise<OrganisationIdentifier[]> {
    return (await stores.organisations.identifiers.load(organisation.uuid)).map(toIdentifier);
  }

  @FieldResolver(() => [OrganisationSuccession], { description: 'Organisations this one succeeded.' })
  async predecessors(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
  ): Promise<OrganisationSuccession[]> {
    const rows = await stores.organisations.successionsTo.load(organisation.uuid);
    return rows.map((row) => toSuccession(row, organisation.asOf));
  }

  @FieldResolver(() => [OrganisationSuccession], { description: 'Organisations that succeeded this one.' })
  async successors(@Root() organisation: Organisation, @Ctx() { stores }: Context): Promise<OrganisationSuccession[]> {
    const rows = await stores.organisations.successionsFrom.load(organisation.uuid);
    return rows.map((row) => toSuccession(row, organisation.asOf));
  }

  @FieldResolver(() => [DutyStatus], { description: 'Duties that bind this organisation (its own, and its kind’s).' })
  async dutyStatuses(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<DutyStatus[]> {
    const rows = await stores.organisations.dutyStatuses.load({
      key: organisation.uuid,
      asOf: resolveAsOf(asOf, organisation.asOf),
    });
    return rows.map((row) => toDutyStatus(row.status));
  }
}

/** A duty status shows a global id of its own in place of the row key, which it keeps as `uuid`. */
export const toDutyStatus = (row: typeof dutyStatuses.$inferSelect) =>
  Object.assign(new DutyStatus(), row, { id: toGlobalId('DutyStatus', row.id), uuid: row.id });

@Resolver(() => OrganisationSuccession)
export class OrganisationSuccessionResolver {
  @FieldResolver(() => Organisation, { description: 'The organisation that gave way.' })
  predecessor(
    @Root() succession: OrganisationSuccession,
    @Ctx() context: Context,
  ): Organisation | Promise<Organisation> {
    return loadOrganisation(context, succession.predecessorId, succession.asOf);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that took over.' })
  successor(@Root() succession: OrganisationSuccession, @Ctx() context: Context): Organisation | Promise<Organisation> {
    return loadOrganisation(context, succession.successorId, succession.asOf);
  }
}

/** For references the database guarantees (foreign keys), so a missing row is a fault, not an answer. */
export function loadOrganisation(
  { stores }: Context,
  rowId: string,
  asOf: IsoDate,
): Organisation | Promise<Organisation> {
  const known = stores.organisations.byId.peek(rowId);
  if (known) return toOrganisation(known, asOf);
  return stores.organisations.byId.load(rowId).then((row) => {
    if (!row) throw new Error(`Organisation ${rowId} is referenced but missing`);
    return toOrganisation(row, asOf);
  });
}
