import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Party } from '../accountability/index';
import { Body, loadBody } from '../bodies/index';
import { Organisation, loadOrganisation } from '../organisations/index';
import { loadParty, loadPlan } from './plan.records';
import { Consultation, Plan, PlanLink, PlanReview, PlanTarget, ResourceCommitment } from './plan.type';

@Resolver(() => PlanLink)
export class PlanLinkResolver {
  @FieldResolver(() => Plan, { description: 'The plan the link is stated in.' })
  plan(@Root() link: PlanLink, @Ctx() context: Context): Promise<Plan> {
    return loadPlan(context, link.planId, link.asOf);
  }

  @FieldResolver(() => Plan, { description: 'The plan it is consistent with, aligned with or informed by.' })
  linkedPlan(@Root() link: PlanLink, @Ctx() context: Context): Promise<Plan> {
    return loadPlan(context, link.linkedPlanId, link.asOf);
  }
}

@Resolver(() => Consultation)
export class ConsultationResolver {
  @FieldResolver(() => Plan, { description: 'The plan consulted on.' })
  plan(@Root() consultation: Consultation, @Ctx() context: Context): Promise<Plan> {
    return loadPlan(context, consultation.planId, consultation.asOf);
  }

  @FieldResolver(() => Party, {
    nullable: true,
    description: 'The body or organisation consulted; null where a group was (see `consulteeGroup`).',
  })
  async consultee(@Root() consultation: Consultation, @Ctx() context: Context): Promise<typeof Party | null> {
    const { consulteeBodyId, consulteeOrganisationId, asOf } = consultation;
    if (!consulteeBodyId && !consulteeOrganisationId) return null;
    return loadParty(context, consulteeBodyId, consulteeOrganisationId, asOf);
  }
}

@Resolver(() => ResourceCommitment)
export class ResourceCommitmentResolver {
  @FieldResolver(() => Plan, { description: 'The plan the resources are for.' })
  plan(@Root() commitment: ResourceCommitment, @Ctx() context: Context): Promise<Plan> {
    return loadPlan(context, commitment.planId, commitment.asOf);
  }

  @FieldResolver(() => Organisation, { description: 'The partner committing them.' })
  organisation(@Root() commitment: ResourceCommitment, @Ctx() context: Context): Organisation | Promise<Organisation> {
    return loadOrganisation(context, commitment.organisationId, commitment.asOf);
  }
}

@Resolver(() => PlanTarget)
export class PlanTargetResolver {
  @FieldResolver(() => Plan, { description: 'The plan the target belongs to.' })
  plan(@Root() target: PlanTarget, @Ctx() context: Context): Promise<Plan> {
    return loadPlan(context, target.planId, target.asOf);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body (usually a sub-group) that owns the target.' })
  async ownerBody(@Root() target: PlanTarget, @Ctx() context: Context): Promise<Body | null> {
    return target.ownerBodyId ? loadBody(context, target.ownerBodyId, target.asOf) : null;
  }
}

@Resolver(() => PlanReview)
export class PlanReviewResolver {
  @FieldResolver(() => Plan, { description: 'The plan reviewed.' })
  plan(@Root() review: PlanReview, @Ctx() context: Context): Promise<Plan> {
    return loadPlan(context, review.planId, review.asOf);
  }

  @FieldResolver(() => Body, { description: 'The body that made the review.' })
  reviewingBody(@Root() review: PlanReview, @Ctx() context: Context): Body | Promise<Body> {
    return loadBody(context, review.reviewingBodyId, review.asOf);
  }
}
