export { AccountabilityLine, AccountabilityPath, Party, type AccountabilityLineRow } from './accountability-line.type';
export { AccountabilityKind, upwardKinds } from './accountability.enums';
export {
  AccountabilityLineResolver,
  BodyLinesResolver,
  OrganisationLinesResolver,
  toLine,
} from './accountability-line.resolver';
export { AccountabilityLineStore } from './accountability-line.store';
export { AccountabilityLineMutations } from './accountability-line.mutations';
export { partyOf, type PartyRecord } from './party';
