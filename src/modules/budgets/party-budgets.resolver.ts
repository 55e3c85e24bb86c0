import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { resolveAsOf, type IsoDate } from '../../shared/dates';
import { ArgumentBounds } from '../../shared/input-bounds';
import type { DatedKey } from '../../shared/loaders';
import { DateScalar } from '../../shared/scalars';
import { Area } from '../areas/index';
import { Body } from '../bodies/index';
import { Organisation } from '../organisations/index';
import { financialYearArg } from './budget.resolver';
import { ofFinancialYear, toArrangement, toContribution } from './budget.records';
import { BudgetArrangement, Contribution, type BudgetArrangementRow } from './budget.type';

const asOfArg = { nullable: true, description: 'Default: the date the parent was read as at.' } as const;

type DatedLoader = { load(key: DatedKey): Promise<BudgetArrangementRow[]> };

async function arrangementsOf(loader: DatedLoader, parent: { uuid: string; asOf: IsoDate }, asOf?: Date | null) {
  const date = resolveAsOf(asOf, parent.asOf);
  return (await loader.load({ key: parent.uuid, asOf: date })).map((row) => toArrangement(row, date));
}

@Resolver(() => Area)
export class AreaBudgetsResolver {
  @FieldResolver(() => [BudgetArrangement], {
    description: 'Budget arrangements of this area (not of areas within it), in force on the date.',
  })
  budgetArrangements(
    @Root() area: Area,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<BudgetArrangement[]> {
    return arrangementsOf(stores.budgets.inArea, area, asOf);
  }
}

@Resolver(() => Organisation)
export class OrganisationBudgetsResolver {
  @FieldResolver(() => [Contribution], {
    description: 'What the organisation has put into budget arrangements, by year.',
  })
  @ArgumentBounds({ financialYear: { text: 'code' } })
  async contributions(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
    @Arg('financialYear', () => String, financialYearArg) financialYear?: string | null,
  ): Promise<Contribution[]> {
    const rows = ofFinancialYear(await stores.budgets.contributionsBy.load(organisation.uuid), financialYear);
    return rows.map((row) => toContribution(row, organisation.asOf));
  }

  @FieldResolver(() => [BudgetArrangement], {
    description: 'Pooled funds the organisation hosts, in force on the date.',
  })
  hostedArrangements(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<BudgetArrangement[]> {
    return arrangementsOf(stores.budgets.hostedBy, organisation, asOf);
  }
}

@Resolver(() => Body)
export class BodyBudgetsResolver {
  @FieldResolver(() => [BudgetArrangement], {
    description: 'Budget arrangements this body governs, in force on the date.',
  })
  governedArrangements(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<BudgetArrangement[]> {
    return arrangementsOf(stores.budgets.governedBy, body, asOf);
  }
}
