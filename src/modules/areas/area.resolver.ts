import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionOf, toConnection } from '../../shared/connection';
import { resolveAsOf, type IsoDate } from '../../shared/dates';
import { badUserInput } from '../../shared/errors';
import { rowIdOf, viewOf } from '../../shared/global-id';
import { ArgumentBounds } from '../../shared/input-bounds';
import { pageRequest } from '../../shared/pagination';
import { fromRow } from '../../shared/records';
import { DateScalar } from '../../shared/scalars';
import { AreasArgs } from './area.args';
import { Area, type AreaRow } from './area.type';

@ObjectType({ description: 'A page of areas.' })
export class AreaConnection extends ConnectionOf(Area, 'Area') {}

export const toArea = (row: AreaRow, asOf: IsoDate) => fromRow(Area, 'Area', row, asOf);

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => Area, { nullable: true, description: 'One area, by id or by GSS code (give exactly one).' })
  @ArgumentBounds({ code: { text: 'code' } })
  async area(
    @Ctx() { stores }: Context,
    @Arg('id', () => ID, { nullable: true, description: 'The area’s global id.' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'The area’s GSS code, e.g. E10000028.' })
    code?: string | null,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Read nested facts as at this date (default: the date a dated id carries, else today).',
    })
    asOf?: Date | null,
  ): Promise<Area | null> {
    if ((id == null) === (code == null))
      throw badUserInput(id == null ? 'id' : 'code', 'Give either id or code, not both');
    const view = id != null ? viewOf(id, 'Area', 'id') : null;
    const row = view ? await stores.areas.byId.load(view.rowId) : await stores.areas.byCode(code!);
    return row ? toArea(row, resolveAsOf(asOf, view?.asOf ?? undefined)) : null;
  }

  @Query(() => AreaConnection, { description: 'Areas by name, filtered, a page at a time.' })
  async areas(@Ctx() { stores }: Context, @Args(() => AreasArgs) args: AreasArgs): Promise<AreaConnection> {
    const request = pageRequest(args);
    const criteria = {
      ...args.filter,
      parentAreaId: args.filter?.parentArea ? rowIdOf(args.filter.parentArea, 'Area', 'filter.parentArea') : null,
      asOf: resolveAsOf(args.asOf),
    };
    const page = await stores.areas.page(criteria, request);
    return toConnection(
      page,
      (row) => row.name,
      (row) => toArea(row, criteria.asOf),
      () => stores.areas.count(criteria),
    );
  }

  @FieldResolver(() => Area, {
    nullable: true,
    description: 'The area this one lies within, e.g. a district’s county.',
  })
  async parentArea(@Root() area: Area, @Ctx() { stores }: Context): Promise<Area | null> {
    if (!area.parentAreaId) return null;
    const row = await stores.areas.byId.load(area.parentAreaId);
    return row ? toArea(row, area.asOf) : null;
  }

  @FieldResolver(() => [Area], { description: 'Districts and localities within this area, as at the date.' })
  async childAreas(
    @Root() area: Area,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default: the date the area was read as at.' })
    asOf?: Date | null,
  ): Promise<Area[]> {
    const date = resolveAsOf(asOf, area.asOf);
    const rows = await stores.areas.children.load({ key: area.uuid, asOf: date });
    return rows.map((row) => toArea(row, date));
  }
}
