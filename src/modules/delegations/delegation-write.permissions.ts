import { guardOperation } from '../../auth/rules';
import { publicTypes, type PermissionTree } from '../../auth/tree';
import { badUserInput } from '../../shared/errors';
import { decodeGlobalId, rowIdOf } from '../../shared/global-id';
import { mayRead } from './decision-visibility';
import type { RatifyDecisionInput, RecordDecisionInput } from './decision.input';
import type { DelegatePowerInput, RevokeDelegationInput } from './delegation.input';

/** The delegating party answers for a delegation: that organisation's editors, or the body's secretariat. */
function delegatingParty(id: string, field: string) {
  const decoded = decodeGlobalId(id);
  if (decoded?.type === 'Body') return { bodies: [decoded.rowId] };
  if (decoded?.type === 'Organisation') return { owners: [decoded.rowId] };
  throw badUserInput(field, `"${id}" is not the id of a body or organisation`);
}

export const delegationWritePermissions: PermissionTree[] = [
  {
    Mutation: {
      delegatePower: guardOperation<{ input: DelegatePowerInput }>({
        field: 'Mutation.delegatePower',
        action: 'delegation:grant',
        anchorsOf: ({ input }) => delegatingParty(input.delegator, 'input.delegator'),
      }),
      revokeDelegation: guardOperation<{ input: RevokeDelegationInput }>({
        field: 'Mutation.revokeDelegation',
        action: 'delegation:grant',
        anchorsOf: async ({ input }, { stores }) => {
          const id = rowIdOf(input.delegation, 'Delegation', 'input.delegation');
          const delegation = await stores.delegations.byId.load(id);
          return { bodies: [delegation?.delegatorBodyId], owners: [delegation?.delegatorOrganisationId] };
        },
      }),
      recordDecision: guardOperation<{ input: RecordDecisionInput }>({
        field: 'Mutation.recordDecision',
        action: 'decision:record',
        anchorsOf: ({ input }) => ({ bodies: [rowIdOf(input.body, 'Body', 'input.body')] }),
      }),
      // The organisation answering is always the viewer's own, never one named in the input. A decision the viewer
      // may not know of (an LSCB's, to an outsider) is refused exactly as an id of nothing is, so that the answer
      // tells nobody it exists.
      ratifyDecision: guardOperation<{ input: RatifyDecisionInput }>({
        field: 'Mutation.ratifyDecision',
        action: 'decision:ratify',
        anchorsOf: async ({ input }, context) => {
          const decision = await context.stores.decisions.byId.load(
            rowIdOf(input.decision, 'Decision', 'input.decision'),
          );
          const known = decision ? await mayRead(context, decision, false) : false;
          return { owners: known ? [context.viewer.organisationId] : [] };
        },
      }),
    },
  },
  publicTypes('DelegationPayload', 'DecisionPayload', 'RatificationPayload'),
];
