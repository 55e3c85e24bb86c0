import { publicQueries, publicTypes, type PermissionTree } from '../../auth/tree';

/** Search reads public names only; each hit's node keeps its own type's field rules. */
export const searchPermissions: PermissionTree[] = [publicQueries('search'), publicTypes('SearchHit', 'MatchedSpan')];
