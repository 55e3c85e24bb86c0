import { guardOperation } from '../../auth/rules';
import { publicTypes, type PermissionTree } from '../../auth/tree';
import { decodeGlobalId } from '../../shared/global-id';
import { recordAreas } from './record-area';

/**
 * History is for auditors of the record's area and administrators; the values in it keep their own fields' rules
 * (`redaction.ts`). A record's area is the one its changes were filed under and the one it belongs to now, so a
 * record the seeds loaded, with no history yet, is its area's too. Refusals are recorded, as for writes.
 */
export const historyPermissions: PermissionTree[] = [
  {
    Query: {
      history: guardOperation<{ id: string }>({
        field: 'Query.history',
        action: 'history:read',
        anchorsOf: async ({ id }, { stores }) => {
          const decoded = decodeGlobalId(id);
          if (!decoded) return {};
          const [rows, current] = await Promise.all([
            stores.history.ofRecord.load(decoded.rowId),
            recordAreas(stores, decoded.type, decoded.rowId),
          ]);
          return { areas: [...rows.map((row) => row.areaId), ...current] };
        },
      }),
      changes: guardOperation<{ area: string }>({
        field: 'Query.changes',
        action: 'history:read',
        anchorsOf: ({ area }) => ({ areas: [decodeGlobalId(area)?.rowId] }),
      }),
    },
  },
  publicTypes('Change', 'ChangeConnection', 'ChangeEdge', 'RedactedValue'),
];
