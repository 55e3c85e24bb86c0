export { Area, type AreaRow } from './area.type';
export { AreaKind, AreaTier, Region } from './area.enums';
export { AreaResolver, AreaConnection, toArea } from './area.resolver';
export { AreaStore } from './area.store';
export { areaAndDescendants, inAreaTree } from './area-tree';
