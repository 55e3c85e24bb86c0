import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionOf, toConnection } from '../../shared/connection';
import { resolveAsOf } from '../../shared/dates';
import { rowIdOf } from '../../shared/global-id';
import { pageRequest } from '../../shared/pagination';
import { Body, loadBody } from '../bodies/index';
import { Organisation, loadOrganisation } from '../organisations/index';
import { DecisionsArgs } from './delegation.args';
import { RatificationStatus } from './delegation.enums';
import { decisionSortKey } from './decision.store';
import { Decision, Ratification } from './decision.type';
import { loadDecision, loadDelegation, toDecision, toRatification } from './delegation.records';
import { Delegation } from './delegation.type';

@ObjectType({ description: 'A page of decisions.' })
export class DecisionConnection extends ConnectionOf(Decision, 'Decision') {}

export const ratificationStatusesArg = {
  nullable: true,
  description: 'Only ratifications in these statuses, e.g. PENDING.',
} as const;

export type RatificationStatusValue = keyof typeof RatificationStatus;

@Resolver(() => Decision)
export class DecisionResolver {
  @Query(() => DecisionConnection, { description: 'Decisions of bodies, in the order taken, a page at a time.' })
  async decisions(
    @Ctx() { stores, access }: Context,
    @Args(() => DecisionsArgs) args: DecisionsArgs,
  ): Promise<DecisionConnection> {
    const request = pageRequest(args);
    const { filter } = args;
    const criteria = {
      bodyId: filter?.body ? rowIdOf(filter.body, 'Body', 'filter.body') : null,
      statuses: filter?.statuses,
      awaitingRatificationBy: filter?.awaitingRatificationBy
        ? rowIdOf(filter.awaitingRatificationBy, 'Organisation', 'filter.awaitingRatificationBy')
        : null,
      standing: await access.standing(),
    };
    const asOf = resolveAsOf(args.asOf);
    const page = await stores.decisions.page(criteria, request);
    return toConnection(
      page,
      decisionSortKey,
      (row) => toDecision(row, asOf),
      () => stores.decisions.count(criteria),
    );
  }

  @FieldResolver(() => Body, { description: 'The body that took the decision.' })
  body(@Root() decision: Decision, @Ctx() context: Context): Body | Promise<Body> {
    return loadBody(context, decision.bodyId, decision.asOf);
  }

  @FieldResolver(() => Delegation, { nullable: true, description: 'The delegation it was taken under, if any.' })
  async delegation(@Root() decision: Decision, @Ctx() context: Context): Promise<Delegation | null> {
    return decision.delegationId ? loadDelegation(context, decision.delegationId, decision.asOf) : null;
  }

  @FieldResolver(() => [Ratification], {
    nullable: true,
    description: 'Partners’ ratifications of the decision: answered ones by date, then pending ones.',
  })
  async ratifications(
    @Root() decision: Decision,
    @Ctx() { stores }: Context,
    @Arg('statuses', () => [RatificationStatus], ratificationStatusesArg) statuses?: RatificationStatusValue[] | null,
  ): Promise<Ratification[]> {
    const rows = await stores.decisions.ratificationsOf.load(decision.uuid);
    return rows
      .filter((row) => !statuses?.length || statuses.includes(row.status))
      .map((row) => toRatification(row, decision.asOf));
  }
}

@Resolver(() => Ratification)
export class RatificationResolver {
  @FieldResolver(() => Organisation, { description: 'The partner asked to ratify.' })
  organisation(@Root() ratification: Ratification, @Ctx() context: Context): Organisation | Promise<Organisation> {
    return loadOrganisation(context, ratification.organisationId, ratification.asOf);
  }

  @FieldResolver(() => Decision, { description: 'The decision to be ratified.' })
  decision(@Root() ratification: Ratification, @Ctx() context: Context): Promise<Decision> {
    return loadDecision(context, ratification.decisionId, ratification.asOf);
  }
}
