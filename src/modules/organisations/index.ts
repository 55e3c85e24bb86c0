export { Organisation, DutyStatus, type OrganisationRow } from './organisation.type';
export { OrganisationKind, Sector } from './organisation.enums';
export {
  OrganisationResolver,
  OrganisationSuccessionResolver,
  OrganisationConnection,
  toOrganisation,
  loadOrganisation,
} from './organisation.resolver';
export { OrganisationStore } from './organisation.store';
export { OrganisationMutations } from './organisation.mutations';
export { DutyStatusMutations } from './duty-status.mutations';
export { AreaCoterminosityResolver, Coterminosity } from './coterminosity.resolver';
