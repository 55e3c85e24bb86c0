import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { resolveAsOf } from '../../shared/dates';
import { badUserInput } from '../../shared/errors';
import { ArgumentBounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { Region } from '../areas/index';
import { figuresOf, mandateMinimumBoards } from './figures';
import type { Scope, StatisticsFacts } from './statistics.store';
import { Figure, Statistics } from './statistics.type';

/**
 * Whether the viewer may read the mandates of every board counted, by the rule of `Membership.canCommitResources`
 * (a partner or the secretariat of the board, an inspector of its area). Asked only where the scope has too few
 * boards for the aggregate to hide each one; each answer goes to the read audit.
 */
async function mandatesReadable(facts: StatisticsFacts, context: Context): Promise<boolean> {
  if (facts.boards >= mandateMinimumBoards) return true;
  const grounds = await Promise.all(
    facts.boardRows.map((board) =>
      context.access.grounds('mandate:read', { bodies: [board.id], areas: [board.areaId] }),
    ),
  );
  facts.boardRows.forEach((board, index) => {
    const read = { action: 'mandate:read' as const, recordType: 'Body', recordId: board.id, field: 'mandateFigures' };
    const allowed = grounds[index];
    if (!allowed) context.access.recordRefusal(read);
    else if (allowed !== 'AUTHENTICATED') context.access.recordRead({ ...read, grounds: allowed });
  });
  return grounds.every((allowed) => allowed !== null);
}

@Resolver(() => Statistics)
export class StatisticsResolver {
  @Query(() => Statistics, {
    description:
      'The reference figures of the registry’s domain brief (§5) for an area and the areas within it, a region, or ' +
      'England (neither given), as at a date: each with its numerator, denominator, the sources’ value and citation. ' +
      'A fixed number of SQL statements, whatever the scope.',
  })
  @ArgumentBounds({ areaCode: { text: 'code' } })
  async statistics(
    @Ctx() context: Context,
    @Arg('areaCode', () => String, { nullable: true, description: 'An area by GSS code, with the areas within it.' })
    areaCode?: string | null,
    @Arg('region', () => Region, { nullable: true, description: 'An English region.' }) region?: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The date to count on (default today).' })
    asOf?: Date | null,
  ): Promise<Statistics> {
    if (areaCode != null && region != null) throw badUserInput('region', 'Give an area or a region, not both');
    const date = resolveAsOf(asOf);
    let scope: Scope = { england: true };
    let label = 'England';
    if (areaCode != null) {
      const area = await context.stores.areas.byCode(areaCode);
      if (!area) throw badUserInput('areaCode', `No area has the code "${areaCode}"`);
      scope = { areaCode };
      label = area.name;
    } else if (region != null) {
      scope = { region };
      label = region;
    }
    const facts = await context.stores.statistics.facts(scope, date);
    const figures = figuresOf(facts, await mandatesReadable(facts, context));
    return Object.assign(new Statistics(), {
      scope: label,
      asOf: date,
      areas: facts.areas,
      boards: facts.boards,
      figures: figures.map((figure) => Object.assign(new Figure(), figure)),
    });
  }
}
