import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Area } from '../areas/index';
import { Body } from '../bodies/index';
import { Organisation } from '../organisations/index';
import { PlanKind } from './plan.enums';
import { toCommitment, toConsultation, toPlan } from './plan.records';
import { Consultation, Plan, ResourceCommitment } from './plan.type';

@Resolver(() => Area)
export class AreaPlansResolver {
  @FieldResolver(() => [Plan], {
    description: 'Plans of this area (not of areas within it), by the start of their period.',
  })
  async plans(
    @Root() area: Area,
    @Ctx() { stores }: Context,
    @Arg('kinds', () => [PlanKind], { nullable: true, description: 'Only these kinds.' })
    kinds?: (keyof typeof PlanKind)[] | null,
  ): Promise<Plan[]> {
    const rows = await stores.plans.inArea.load(area.uuid);
    return rows.filter((row) => !kinds?.length || kinds.includes(row.kind)).map((row) => toPlan(row, area.asOf));
  }
}

@Resolver(() => Body)
export class BodyPlansResolver {
  @FieldResolver(() => [Plan], { description: 'Plans this body owns.' })
  async plansOwned(@Root() body: Body, @Ctx() { stores }: Context): Promise<Plan[]> {
    return (await stores.plans.ownedBy.load(body.uuid)).map((row) => toPlan(row, body.asOf));
  }

  @FieldResolver(() => [Consultation], { description: 'Plans this body was consulted on, and when.' })
  async consultedOn(@Root() body: Body, @Ctx() { stores }: Context): Promise<Consultation[]> {
    return (await stores.plans.consultationsOf.load(body.uuid)).map((row) => toConsultation(row, body.asOf));
  }
}

@Resolver(() => Organisation)
export class OrganisationPlansResolver {
  @FieldResolver(() => [ResourceCommitment], { description: 'Resources the organisation has committed to plans.' })
  async resourceCommitments(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
  ): Promise<ResourceCommitment[]> {
    const rows = await stores.plans.commitmentsBy.load(organisation.uuid);
    return rows.map((row) => toCommitment(row, organisation.asOf));
  }

  @FieldResolver(() => [Consultation], { description: 'Plans this organisation was consulted on, and when.' })
  async consultedOn(@Root() organisation: Organisation, @Ctx() { stores }: Context): Promise<Consultation[]> {
    return (await stores.plans.consultationsOf.load(organisation.uuid)).map((row) =>
      toConsultation(row, organisation.asOf),
    );
  }
}
