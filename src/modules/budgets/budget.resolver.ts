import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionOf, toConnection } from '../../shared/connection';
import { resolveAsOf } from '../../shared/dates';
import { rowIdOf } from '../../shared/global-id';
import { ArgumentBounds } from '../../shared/input-bounds';
import { pageRequest } from '../../shared/pagination';
import { Area, toArea } from '../areas/index';
import { Body, loadBody } from '../bodies/index';
import { Organisation, loadOrganisation } from '../organisations/index';
import { BudgetArrangementsArgs } from './budget.args';
import { loadArrangement, ofFinancialYear, toArrangement, toContribution } from './budget.records';
import { BudgetArrangement, Contribution } from './budget.type';

@ObjectType({ description: 'A page of budget arrangements.' })
export class BudgetArrangementConnection extends ConnectionOf(BudgetArrangement, 'BudgetArrangement') {}

export const financialYearArg = { nullable: true, description: 'Only this financial year, e.g. "2008-09".' } as const;

@Resolver(() => BudgetArrangement)
export class BudgetArrangementResolver {
  @Query(() => BudgetArrangementConnection, {
    description: 'Pooled, aligned and other joint budgets in force on a date, by name, a page at a time.',
  })
  async budgetArrangements(
    @Ctx() { stores }: Context,
    @Args(() => BudgetArrangementsArgs) args: BudgetArrangementsArgs,
  ): Promise<BudgetArrangementConnection> {
    const request = pageRequest(args);
    const { filter } = args;
    const criteria = {
      areaId: filter?.area ? rowIdOf(filter.area, 'Area', 'filter.area') : null,
      kinds: filter?.kinds,
      contributorId: filter?.contributor ? rowIdOf(filter.contributor, 'Organisation', 'filter.contributor') : null,
      hostId: filter?.host ? rowIdOf(filter.host, 'Organisation', 'filter.host') : null,
      asOf: resolveAsOf(args.asOf),
    };
    const page = await stores.budgets.page(criteria, request);
    return toConnection(
      page,
      (row) => row.name,
      (row) => toArrangement(row, criteria.asOf),
      () => stores.budgets.count(criteria),
    );
  }

  @FieldResolver(() => Area, { description: 'The area whose budget it is.' })
  async area(@Root() arrangement: BudgetArrangement, @Ctx() { stores }: Context): Promise<Area> {
    const row = await stores.areas.byId.load(arrangement.areaId);
    if (!row) throw new Error(`Area ${arrangement.areaId} of arrangement ${arrangement.uuid} is missing`);
    return toArea(row, arrangement.asOf);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The host that accounts for a pooled fund.' })
  async host(@Root() arrangement: BudgetArrangement, @Ctx() context: Context): Promise<Organisation | null> {
    return arrangement.hostId ? loadOrganisation(context, arrangement.hostId, arrangement.asOf) : null;
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body (often a sub-group) that governs it.' })
  async governingBody(@Root() arrangement: BudgetArrangement, @Ctx() context: Context): Promise<Body | null> {
    return arrangement.governingBodyId ? loadBody(context, arrangement.governingBodyId, arrangement.asOf) : null;
  }

  @FieldResolver(() => [Contribution], { description: 'Partners’ contributions, by financial year.' })
  @ArgumentBounds({ financialYear: { text: 'code' } })
  async contributions(
    @Root() arrangement: BudgetArrangement,
    @Ctx() { stores }: Context,
    @Arg('financialYear', () => String, financialYearArg) financialYear?: string | null,
  ): Promise<Contribution[]> {
    const rows = ofFinancialYear(await stores.budgets.contributionsTo.load(arrangement.uuid), financialYear);
    return rows.map((row) => toContribution(row, arrangement.asOf));
  }
}

@Resolver(() => Contribution)
export class ContributionResolver {
  @FieldResolver(() => BudgetArrangement, { description: 'The arrangement contributed to.' })
  arrangement(@Root() contribution: Contribution, @Ctx() context: Context): Promise<BudgetArrangement> {
    return loadArrangement(context, contribution.arrangementId, contribution.asOf);
  }

  @FieldResolver(() => Organisation, { description: 'The contributing partner.' })
  organisation(@Root() contribution: Contribution, @Ctx() context: Context): Organisation | Promise<Organisation> {
    return loadOrganisation(context, contribution.organisationId, contribution.asOf);
  }
}
