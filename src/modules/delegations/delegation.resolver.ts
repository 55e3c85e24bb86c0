import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { visible } from './decision-visibility';
import { ConnectionOf, connectionOfRows, toConnection } from '../../shared/connection';
import { resolveAsOf } from '../../shared/dates';
import { rowIdOf } from '../../shared/global-id';
import { PageArgs, pageRequest } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { Party } from '../accountability/index';
import { DelegationsArgs } from './delegation.args';
import { delegationSortKey } from './delegation.store';
import { Decision } from './decision.type';
import { loadDelegation, loadParty, toDecision, toDelegation, toPower } from './delegation.records';
import { Delegation, Power } from './delegation.type';

@ObjectType({ description: 'A page of delegations.' })
export class DelegationConnection extends ConnectionOf(Delegation, 'Delegation') {}

const asOfArg = { nullable: true, description: 'Default: the date the parent was read as at.' } as const;
const partyTypes = ['Body', 'Organisation'] as const;
const byStart = { kind: 'date', sortKeyOf: delegationSortKey } as const;

@Resolver(() => Power)
export class PowerResolver {
  @Query(() => [Power], { description: 'Every decision power the registry knows, by code.' })
  async powers(
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Read nested facts as at this date (default today).',
    })
    asOf?: Date | null,
  ): Promise<Power[]> {
    const date = resolveAsOf(asOf);
    return (await stores.delegations.allPowers()).map((row) => toPower(row, date));
  }

  @FieldResolver(() => [Delegation], {
    description: 'Delegations of this power in force on the date.',
    deprecationReason: 'A statutory power is delegated in every area: use `delegationsConnection`, which pages.',
  })
  async delegations(
    @Root() power: Power,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Delegation[]> {
    const date = resolveAsOf(asOf, power.asOf);
    return (await stores.delegations.ofPower.load({ key: power.uuid, asOf: date })).map((row) =>
      toDelegation(row, date),
    );
  }

  @FieldResolver(() => DelegationConnection, {
    description: 'Delegations of this power in force on the date, oldest first, a page at a time.',
  })
  async delegationsConnection(
    @Root() power: Power,
    @Ctx() { stores }: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<DelegationConnection> {
    const date = resolveAsOf(asOf, power.asOf);
    const rows = await stores.delegations.ofPower.load({ key: power.uuid, asOf: date });
    return connectionOfRows(rows, page, byStart, (row) => toDelegation(row, date));
  }
}

@Resolver(() => Delegation)
export class DelegationResolver {
  @Query(() => DelegationConnection, { description: 'Delegations in force on a date, oldest first, a page at a time.' })
  async delegations(
    @Ctx() { stores }: Context,
    @Args(() => DelegationsArgs) args: DelegationsArgs,
  ): Promise<DelegationConnection> {
    const request = pageRequest(args);
    const { filter } = args;
    const criteria = {
      delegatorId: filter?.delegator ? rowIdOf(filter.delegator, partyTypes, 'filter.delegator') : null,
      delegateId: filter?.delegate ? rowIdOf(filter.delegate, partyTypes, 'filter.delegate') : null,
      powerId: filter?.power ? rowIdOf(filter.power, 'Power', 'filter.power') : null,
      areaId: filter?.area ? rowIdOf(filter.area, 'Area', 'filter.area') : null,
      asOf: resolveAsOf(args.asOf),
    };
    const page = await stores.delegations.page(criteria, request);
    return toConnection(
      page,
      delegationSortKey,
      (row) => toDelegation(row, criteria.asOf),
      () => stores.delegations.count(criteria),
    );
  }

  @FieldResolver(() => Power, { description: 'The power delegated.' })
  async power(@Root() delegation: Delegation, @Ctx() { stores }: Context): Promise<Power> {
    const row = await stores.delegations.powersById.load(delegation.powerId);
    if (!row) throw new Error(`Power ${delegation.powerId} is referenced but missing`);
    return toPower(row, delegation.asOf);
  }

  @FieldResolver(() => Party, { description: 'Who granted it: a partner, or a body passing on a power it holds.' })
  delegator(@Root() delegation: Delegation, @Ctx() context: Context): typeof Party | Promise<typeof Party> {
    return loadParty(context, delegation.delegatorBodyId, delegation.delegatorOrganisationId, delegation.asOf);
  }

  @FieldResolver(() => Party, { description: 'Who received it: a body or an organisation.' })
  delegate(@Root() delegation: Delegation, @Ctx() context: Context): typeof Party | Promise<typeof Party> {
    return loadParty(context, delegation.delegateBodyId, delegation.delegateOrganisationId, delegation.asOf);
  }

  @FieldResolver(() => Delegation, {
    nullable: true,
    description: 'The delegation this one passes on, if it is a sub-delegation.',
  })
  async parentDelegation(@Root() delegation: Delegation, @Ctx() context: Context): Promise<Delegation | null> {
    const parentId = delegation.parentDelegationId;
    return parentId ? loadDelegation(context, parentId, delegation.asOf) : null;
  }

  @FieldResolver(() => [Delegation], { description: 'Delegations passing this one on, in force on the date.' })
  async subDelegations(
    @Root() delegation: Delegation,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Delegation[]> {
    const date = resolveAsOf(asOf, delegation.asOf);
    const rows = await stores.delegations.subDelegations.load({ key: delegation.uuid, asOf: date });
    return rows.map((row) => toDelegation(row, date));
  }

  @FieldResolver(() => [Decision], { description: 'Decisions taken under this delegation, oldest first.' })
  async decisions(@Root() delegation: Delegation, @Ctx() context: Context): Promise<Decision[]> {
    const rows = await context.stores.decisions.underDelegation.load(delegation.uuid);
    const shown = await visible(context, rows, (row) => row, false);
    return shown.map((row) => toDecision(row, delegation.asOf));
  }
}
