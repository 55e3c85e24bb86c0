import { guardOperation } from '../../auth/rules';
import { publicTypes, type PermissionTree } from '../../auth/tree';
import { decodeGlobalId } from '../../shared/global-id';

/**
 * Before-and-after images can hold confidential values, so history is for auditors of the record's area and
 * administrators. Refusals are recorded, as for writes.
 */
export const historyPermissions: PermissionTree[] = [
  {
    Query: {
      history: guardOperation<{ id: string }>({
        field: 'Query.history',
        action: 'history:read',
        anchorsOf: async ({ id }, { stores }) => {
          const rowId = decodeGlobalId(id)?.rowId;
          const rows = rowId ? await stores.history.ofRecord(rowId) : [];
          return { areas: rows.map((row) => row.areaId) };
        },
      }),
      changes: guardOperation<{ area: string }>({
        field: 'Query.changes',
        action: 'history:read',
        anchorsOf: ({ area }) => ({ areas: [decodeGlobalId(area)?.rowId] }),
      }),
    },
  },
  publicTypes('Change', 'ChangeConnection', 'ChangeEdge'),
];
