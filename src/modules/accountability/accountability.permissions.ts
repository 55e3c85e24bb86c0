import { guardOperation } from '../../auth/rules';
import { badUserInput } from '../../shared/errors';
import { decodeGlobalId, rowIdOf } from '../../shared/global-id';
import type { EndAccountabilityLineInput, RecordAccountabilityLineInput } from './accountability-line.input';
import { publicQueries, publicTypes, type PermissionTree } from '../../auth/tree';

export const accountabilityPermissions: PermissionTree[] = [
  publicQueries('accountabilityChain'),
  publicTypes('AccountabilityLine', 'AccountabilityPath', 'AccountabilityLineConnection', 'AccountabilityLineEdge'),
];

/** The party a line starts from answers for it: that organisation's editors, or the body's secretariat. */
function fromParty(id: string, field: string) {
  const decoded = decodeGlobalId(id);
  if (decoded?.type === 'Body') return { bodies: [decoded.rowId] };
  if (decoded?.type === 'Organisation') return { owners: [decoded.rowId] };
  throw badUserInput(field, `"${id}" is not the id of a body or organisation`);
}

export const accountabilityWritePermissions: PermissionTree[] = [
  {
    Mutation: {
      recordAccountabilityLine: guardOperation<{ input: RecordAccountabilityLineInput }>({
        field: 'Mutation.recordAccountabilityLine',
        action: 'line:record',
        anchorsOf: ({ input }) => fromParty(input.from, 'input.from'),
      }),
      endAccountabilityLine: guardOperation<{ input: EndAccountabilityLineInput }>({
        field: 'Mutation.endAccountabilityLine',
        action: 'line:record',
        anchorsOf: async ({ input }, { stores }) => {
          const line = await stores.accountability.byId.load(rowIdOf(input.line, 'AccountabilityLine', 'input.line'));
          return { bodies: [line?.fromBodyId], owners: [line?.fromOrganisationId] };
        },
      }),
    },
  },
  publicTypes('AccountabilityLinePayload'),
];
