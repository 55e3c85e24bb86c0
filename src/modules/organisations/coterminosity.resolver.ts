import { Arg, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { resolveAsOf } from '../../shared/dates';
import { DateScalar } from '../../shared/scalars';
import { Area } from '../areas/index';
import { loadOrganisation } from './organisation.resolver';
import { Organisation } from './organisation.type';

@ObjectType({
  description:
    'Whether an area’s boundaries match its health and police partners’ on a date, read from their coverage: ' +
    'coterminous when exactly one covers the area and it covers no other upper-tier area (004 ¶66; 003 ¶83).',
})
export class Coterminosity {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Coterminous with its PCT (or care trust); null when no PCT’s coverage is recorded for the area.',
  })
  withPct!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Coterminous with its police service; null when no police service’s coverage is recorded.',
  })
  withPolice!: boolean | null;

  @Field(() => [Organisation], { description: 'The PCTs and care trusts covering the area on the date.' })
  pcts!: Organisation[];

  @Field(() => [Organisation], { description: 'The police services covering the area on the date.' })
  policeServices!: Organisation[];
}

type Coverer = { organisationId: string; kind: string; otherAreas: number };

const coterminous = (coverers: Coverer[]) =>
  coverers.length ? coverers.length === 1 && coverers[0]!.otherAreas === 0 : null;

@Resolver(() => Area)
export class AreaCoterminosityResolver {
  @FieldResolver(() => Coterminosity, {
    description: 'Whether the area is coterminous with its PCT and its police service, as at the date.',
  })
  async coterminosity(
    @Root() area: Area,
    @Ctx() context: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default: the date the area was read as at.' })
    asOf?: Date | null,
  ): Promise<Coterminosity> {
    const date = resolveAsOf(asOf, area.asOf);
    const rows = await context.stores.organisations.coverersOfArea.load({ key: area.uuid, asOf: date });
    const health = rows.filter((row) => row.kind !== 'POLICE_SERVICE');
    const police = rows.filter((row) => row.kind === 'POLICE_SERVICE');
    const load = (list: Coverer[]) =>
      Promise.all(list.map((row) => loadOrganisation(context, row.organisationId, date)));
    // Both lists in one batch, so that every area's partners are read in one statement.
    const [pcts, policeServices] = await Promise.all([load(health), load(police)]);
    return Object.assign(new Coterminosity(), {
      withPct: coterminous(health),
      withPolice: coterminous(police),
      pcts,
      policeServices,
    });
  }
}
