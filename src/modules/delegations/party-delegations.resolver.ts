import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { visible } from './decision-visibility';
import { connectionOfRows } from '../../shared/connection';
import { resolveAsOf, type IsoDate } from '../../shared/dates';
import type { DatedKey } from '../../shared/loaders';
import { PageArgs } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { Body } from '../bodies/index';
import { Organisation } from '../organisations/index';
import { DecisionConnection, ratificationStatusesArg, type RatificationStatusValue } from './decision.resolver';
import { Decision, Ratification } from './decision.type';
import { DecisionStatus, RatificationStatus } from './delegation.enums';
import { toDecision, toDelegation, toRatification } from './delegation.records';
import { Delegation, type DelegationRow } from './delegation.type';

const asOfArg = { nullable: true, description: 'Default: the date the parent was read as at.' } as const;

interface PartyRecord {
  uuid: string;
  asOf: IsoDate;
}

type DatedLoader = { load(key: DatedKey): Promise<DelegationRow[]> };

async function delegationsOf(loader: DatedLoader, party: PartyRecord, asOf: Date | null | undefined) {
  const date = resolveAsOf(asOf, party.asOf);
  return (await loader.load({ key: party.uuid, asOf: date })).map((row) => toDelegation(row, date));
}

@Resolver(() => Body)
export class BodyDelegationsResolver {
  @FieldResolver(() => [Delegation], { description: 'Powers delegated to this body, in force on the date.' })
  delegationsReceived(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Delegation[]> {
    return delegationsOf(stores.delegations.receivedBy, body, asOf);
  }

  @FieldResolver(() => [Delegation], { description: 'Powers this body has passed on, in force on the date.' })
  delegationsGranted(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Delegation[]> {
    return delegationsOf(stores.delegations.grantedBy, body, asOf);
  }

  @FieldResolver(() => [Decision], {
    nullable: true,
    description: 'Decisions the body has taken, oldest first; an LSCB’s only for those who sit on it.',
    deprecationReason: 'Decisions accumulate for as long as the body sits: use `decisionsConnection`, which pages.',
  })
  async decisions(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Arg('statuses', () => [DecisionStatus], { nullable: true, description: 'Only decisions in these statuses.' })
    statuses?: (keyof typeof DecisionStatus)[] | null,
  ): Promise<Decision[]> {
    const rows = await stores.decisions.ofBody.load(body.uuid);
    return rows
      .filter((row) => !statuses?.length || statuses.includes(row.status))
      .map((row) => toDecision(row, body.asOf));
  }

  @FieldResolver(() => DecisionConnection, {
    nullable: true,
    description:
      'Decisions the body has taken, oldest first, a page at a time; an LSCB’s only for those who sit on it.',
  })
  async decisionsConnection(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('statuses', () => [DecisionStatus], { nullable: true, description: 'Only decisions in these statuses.' })
    statuses?: (keyof typeof DecisionStatus)[] | null,
  ): Promise<DecisionConnection> {
    const rows = await stores.decisions.ofBody.load(body.uuid);
    const shown = rows.filter((row) => !statuses?.length || statuses.includes(row.status));
    return connectionOfRows(shown, page, byDecisionDate, (row) => toDecision(row, body.asOf));
  }
}

const byDecisionDate = { kind: 'date', sortKeyOf: (row: { decidedOn: string }) => row.decidedOn } as const;

@Resolver(() => Organisation)
export class OrganisationDelegationsResolver {
  @FieldResolver(() => [Delegation], { description: 'Powers this organisation has delegated, in force on the date.' })
  delegationsGranted(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Delegation[]> {
    return delegationsOf(stores.delegations.grantedBy, organisation, asOf);
  }

  @FieldResolver(() => [Delegation], { description: 'Powers delegated to this organisation, in force on the date.' })
  delegationsReceived(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Delegation[]> {
    return delegationsOf(stores.delegations.receivedBy, organisation, asOf);
  }

  @FieldResolver(() => [Ratification], {
    description: 'Decisions of bodies this organisation has been asked to ratify.',
  })
  async ratifications(
    @Root() organisation: Organisation,
    @Ctx() context: Context,
    @Arg('statuses', () => [RatificationStatus], ratificationStatusesArg) statuses?: RatificationStatusValue[] | null,
  ): Promise<Ratification[]> {
    const rows = await context.stores.decisions.ratificationsBy.load(organisation.uuid);
    const wanted = rows.filter((row) => !statuses?.length || statuses.includes(row.status));
    // A ratification tells of its decision: shown only where the decision itself may be read in full.
    const shown = await visible(context, wanted, (row) => context.stores.decisions.byId.load(row.decisionId), true);
    return shown.map((row) => toRatification(row, organisation.asOf));
  }
}
