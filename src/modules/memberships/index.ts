export { Membership, Member, type MembershipRow } from './membership.type';
export { MembershipRole, Constituency } from './membership.enums';
export {
  MembershipResolver,
  BodyMembershipsResolver,
  OrganisationMembershipsResolver,
  PostMembershipsResolver,
  PersonMembershipsResolver,
  toMembership,
} from './membership.resolver';
export { MembershipStore } from './membership.store';
export { MembershipMutations } from './membership.mutations';
export { NominationMutations } from './nomination.mutations';
export { NominationResolver, BodyNominationsResolver } from './nomination.resolver';
