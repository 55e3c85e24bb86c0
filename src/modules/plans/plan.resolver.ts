import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionOf, toConnection } from '../../shared/connection';
import { resolveAsOf } from '../../shared/dates';
import { rowIdOf } from '../../shared/global-id';
import { pageRequest } from '../../shared/pagination';
import { Area, toArea } from '../areas/index';
import { Party } from '../accountability/index';
import { Body, loadBody } from '../bodies/index';
import { PlansArgs } from './plan.args';
import { heldOn } from '../../shared/dates';
import { loadParty } from './plan.records';
import { toCommitment, toConsultation, toPlan, toPlanLink, toPlanReview, toPlanStatus, toTarget } from './plan.records';
import { planSortKey } from './plan.store';
import { PlanStatus } from './plan.enums';
import {
  Consultation,
  Plan,
  PlanLink,
  PlanReview,
  PlanStatusPeriod,
  PlanTarget,
  ResourceCommitment,
} from './plan.type';

@ObjectType({ description: 'A page of plans.' })
export class PlanConnection extends ConnectionOf(Plan, 'Plan') {}

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => PlanConnection, { description: 'Plans by the start of their period, filtered, a page at a time.' })
  async plans(@Ctx() { stores }: Context, @Args(() => PlansArgs) args: PlansArgs): Promise<PlanConnection> {
    const request = pageRequest(args);
    const criteria = {
      areaId: args.filter?.area ? rowIdOf(args.filter.area, 'Area', 'filter.area') : null,
      kinds: args.filter?.kinds,
    };
    const asOf = resolveAsOf(args.asOf);
    const page = await stores.plans.page(criteria, request);
    return toConnection(
      page,
      planSortKey,
      (row) => toPlan(row, asOf),
      () => stores.plans.count(criteria),
    );
  }

  @FieldResolver(() => Area, { description: 'The area the plan is for.' })
  async area(@Root() plan: Plan, @Ctx() { stores }: Context): Promise<Area> {
    const row = await stores.areas.byId.load(plan.areaId);
    if (!row) throw new Error(`Area ${plan.areaId} of plan ${plan.uuid} is missing`);
    return toArea(row, plan.asOf);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body that owns the plan, where recorded.' })
  async ownerBody(@Root() plan: Plan, @Ctx() context: Context): Promise<Body | null> {
    return plan.ownerBodyId ? loadBody(context, plan.ownerBodyId, plan.asOf) : null;
  }

  @FieldResolver(() => [PlanLink], { description: 'How this plan relates to others (e.g. consistent with the SCS).' })
  async links(@Root() plan: Plan, @Ctx() { stores }: Context): Promise<PlanLink[]> {
    return (await stores.plans.linksFrom.load(plan.uuid)).map((row) => toPlanLink(row, plan.asOf));
  }

  @FieldResolver(() => [PlanLink], { description: 'Other plans’ links to this one.' })
  async linkedFrom(@Root() plan: Plan, @Ctx() { stores }: Context): Promise<PlanLink[]> {
    return (await stores.plans.linksTo.load(plan.uuid)).map((row) => toPlanLink(row, plan.asOf));
  }

  @FieldResolver(() => [Consultation], { description: 'Who was consulted on the plan, and when.' })
  async consultations(@Root() plan: Plan, @Ctx() { stores }: Context): Promise<Consultation[]> {
    return (await stores.plans.consultationsOn.load(plan.uuid)).map((row) => toConsultation(row, plan.asOf));
  }

  @FieldResolver(() => [ResourceCommitment], { description: 'Resources partners have committed to deliver it.' })
  async resourceCommitments(@Root() plan: Plan, @Ctx() { stores }: Context): Promise<ResourceCommitment[]> {
    return (await stores.plans.commitmentsTo.load(plan.uuid)).map((row) => toCommitment(row, plan.asOf));
  }

  @FieldResolver(() => [PlanTarget], { description: 'The plan’s targets.' })
  async targets(@Root() plan: Plan, @Ctx() { stores }: Context): Promise<PlanTarget[]> {
    return (await stores.plans.targetsOf.load(plan.uuid)).map((row) => toTarget(row, plan.asOf));
  }

  @FieldResolver(() => PlanStatus, {
    nullable: true,
    description: 'Where the plan stands on the date it is read as at; null where no status is recorded for it.',
  })
  async status(@Root() plan: Plan, @Ctx() { stores }: Context): Promise<keyof typeof PlanStatus | null> {
    const rows = await stores.plans.statusesOf.load(plan.uuid);
    return rows.find((row) => heldOn(row, plan.asOf))?.status ?? null;
  }

  @FieldResolver(() => [PlanStatusPeriod], { description: 'Every status the plan has had, oldest first.' })
  async statuses(@Root() plan: Plan, @Ctx() { stores }: Context): Promise<PlanStatusPeriod[]> {
    return (await stores.plans.statusesOf.load(plan.uuid)).map(toPlanStatus);
  }

  @FieldResolver(() => [PlanReview], {
    description: 'Reviews of the plan made on or before the date it is read as at, oldest first (001 App. 1).',
  })
  async reviews(@Root() plan: Plan, @Ctx() { stores }: Context): Promise<PlanReview[]> {
    const rows = await stores.plans.reviewsOf.load(plan.uuid);
    return rows.filter((row) => row.reviewedOn <= plan.asOf).map((row) => toPlanReview(row, plan.asOf));
  }

  @FieldResolver(() => [Party], {
    description: 'The organisations and bodies that produced the plan, where a source names them (003 Fig 15).',
  })
  async producers(@Root() plan: Plan, @Ctx() context: Context): Promise<(typeof Party)[]> {
    const rows = await context.stores.plans.producersOf.load(plan.uuid);
    return Promise.all(
      rows.map((row) => loadParty(context, row.producerBodyId, row.producerOrganisationId, plan.asOf)),
    );
  }
}
