import { authenticated } from '../../auth/rules';
import { publicTypes, type PermissionTree } from '../../auth/tree';

/**
 * Any authenticated viewer may subscribe: each event is then judged for that viewer by the field rules of the record
 * changed (`feed-visibility.ts`), and one it could learn nothing from is not sent. The event's own fields are ids,
 * kinds and dates of what was delivered, public once it is.
 */
export const changeFeedPermissions: PermissionTree[] = [
  { Subscription: { registryChanged: authenticated, bodyChanged: authenticated } },
  publicTypes('RegistryChange'),
];
