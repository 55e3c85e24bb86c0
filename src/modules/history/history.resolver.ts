import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { toConnection } from '../../shared/connection';
import { isoDate } from '../../shared/dates';
import { badUserInput } from '../../shared/errors';
import { decodeGlobalId, rowIdOf, toGlobalId, type RecordTypeName } from '../../shared/global-id';
import { ArgumentBounds } from '../../shared/input-bounds';
import { pageRequest, toPage } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { Change, ChangeConnection, type ChangeRow } from './change.type';
import { ChangeRedactor } from './redaction';

const toChange =
  (redactor: ChangeRedactor) =>
  (row: ChangeRow): Change => {
    // The images are only ever shown through the redactor, so they are not copied onto the object.
    const { before: _before, after: _after, ...fields } = row;
    return Object.assign(new Change(), fields, {
      row,
      redactor,
      record: toGlobalId(row.recordType as RecordTypeName, row.recordId),
    });
  };

@Resolver()
export class HistoryResolver {
  @Query(() => [Change], { description: 'Every change made to a record through the API, oldest first.' })
  async history(@Ctx() context: Context, @Arg('id', () => ID, { description: 'The record’s global id.' }) id: string) {
    const decoded = decodeGlobalId(id);
    if (!decoded) throw badUserInput('id', `"${id}" is not an id this API gave out`);
    return (await context.stores.history.ofRecord.load(decoded.rowId)).map(toChange(new ChangeRedactor(context)));
  }

  @Query(() => ChangeConnection, {
    description: 'Changes to records of an area (and the areas within it) over a period, newest first.',
  })
  @ArgumentBounds({ after: { text: 'cursor' }, before: { text: 'cursor' } })
  async changes(
    @Ctx() context: Context,
    @Arg('area', () => ID, { description: 'The area.' }) area: string,
    @Arg('from', () => DateScalar, { nullable: true, description: 'From this day (inclusive).' }) from?: Date | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Up to this day (exclusive).' }) to?: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many: 1 to 100, default 25.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Continue after this cursor.' }) after?: string | null,
    @Arg('last', () => Int, { nullable: true, description: 'Page backwards: the last 1 to 100 (newer first).' })
    last?: number | null,
    @Arg('before', () => String, { nullable: true, description: 'Return the changes before this cursor.' })
    before?: string | null,
  ): Promise<ChangeConnection> {
    const request = pageRequest({ first, after, last, before }, 'instant');
    const criteria = {
      areaId: rowIdOf(area, 'Area', 'area'),
      from: from ? isoDate(from) : null,
      to: to ? isoDate(to) : null,
    };
    const { stores } = context;
    const rows = await stores.history.page(criteria, request);
    const sortKey = (row: ChangeRow) => row.changedAt.toISOString();
    const page = toPage(rows, request, sortKey);
    return toConnection(page, sortKey, toChange(new ChangeRedactor(context)), () => stores.history.count(criteria));
  }
}
