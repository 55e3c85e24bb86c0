import type { NonEmptyArray } from 'type-graphql';
import {
  AccountabilityLineResolver,
  BodyLinesResolver,
  OrganisationLinesResolver,
} from './accountability/index';
import { AreaResolver } from './areas/index';
import { AreaBodiesResolver, BodyResolver, BodySuccessionResolver } from './bodies/index';
import { GraphEdgeResolver, GraphNodeResolver, PartnershipGraphResolver } from './graph/index';
import {
  BodyMembershipsResolver,
  MembershipResolver,
  OrganisationMembershipsResolver,
  PersonMembershipsResolver,
  PostMembershipsResolver,
} from './memberships/index';
import { NodeResolver } from './node/node.resolver';
import { OrganisationResolver, OrganisationSuccessionResolver } from './organisations/index';
import {
  BodyPostsResolver,
  OrganisationPostsResolver,
  PersonResolver,
  PostFunderResolver,
  PostHoldingResolver,
  PostResolver,
} from './people/index';

/** Every resolver class of the schema. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  AreaResolver,
  OrganisationResolver,
  OrganisationSuccessionResolver,
  BodyResolver,
  BodySuccessionResolver,
  AreaBodiesResolver,
  PostResolver,
  PersonResolver,
  PostHoldingResolver,
  PostFunderResolver,
  OrganisationPostsResolver,
  BodyPostsResolver,
  MembershipResolver,
  BodyMembershipsResolver,
  OrganisationMembershipsResolver,
  PostMembershipsResolver,
  PersonMembershipsResolver,
  AccountabilityLineResolver,
  BodyLinesResolver,
  OrganisationLinesResolver,
  PartnershipGraphResolver,
  GraphNodeResolver,
  GraphEdgeResolver,
];
