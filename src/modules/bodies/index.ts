export { Body, BodyDocument, type BodyRow } from './body.type';
export { BodyKind, BodyLevel, DecisionRule } from './body.enums';
export {
  BodyResolver,
  BodySuccessionResolver,
  AreaBodiesResolver,
  BodyConnection,
  toBody,
  loadBody,
  toDocument,
} from './body.resolver';
export { BodyStore } from './body.store';
export { BodyMutations } from './body.mutations';
