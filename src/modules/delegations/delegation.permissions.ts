import { guard } from '../../auth/rules';
import { publicQueries, publicStructure, publicTypes, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import { lscbOr } from '../bodies/body.permissions';
import type { Decision } from './decision.type';
import type { Delegation } from './delegation.type';

async function delegationAnchors(delegation: Delegation, { stores }: Context) {
  const bodyId = delegation.delegateBodyId ?? delegation.delegatorBodyId;
  const body = bodyId ? await stores.bodies.byId.load(bodyId) : undefined;
  return {
    owners: [delegation.delegatorOrganisationId, delegation.delegateOrganisationId],
    bodies: [delegation.delegateBodyId, delegation.delegatorBodyId],
    areas: [body?.areaId],
  };
}

const limit = (field: string) =>
  guard<Delegation>({
    field: `Delegation.${field}`,
    actions: ['mandate:read'],
    decide: async (delegation, context) => ({
      action: 'mandate:read',
      anchors: await delegationAnchors(delegation, context),
    }),
    recordId: (delegation) => delegation.uuid,
  });

/** Published decisions are public; unpublished ones are the partners'; an LSCB's are its members' alone. */
async function decisionRule(decision: Decision, { stores }: Context) {
  const body = await stores.bodies.byId.load(decision.bodyId);
  if (!body) throw new Error(`Body ${decision.bodyId} of decision ${decision.uuid} is missing`);
  const { action, anchors } = lscbOr('decision:read')({ kind: body.kind, uuid: body.id, areaId: body.areaId });
  return { action, anchors: { ...anchors, public: action === 'decision:read' && decision.published } };
}

const decisionContent = (field: string) =>
  guard<Decision>({
    field: `Decision.${field}`,
    actions: ['lscb:read', 'decision:read'],
    decide: decisionRule,
    recordId: (decision) => decision.uuid,
  });

export const delegationPermissions: PermissionTree[] = [
  publicQueries('powers', 'delegations', 'decisions'),
  publicTypes('Power', 'DelegationConnection', 'DelegationEdge', 'DecisionConnection', 'DecisionEdge', 'Ratification'),
  {
    Delegation: {
      ...publicStructure(),
      financialLimit: limit('financialLimit'),
      reservedMatters: limit('reservedMatters'),
    },
    Decision: {
      ...publicStructure(),
      summary: decisionContent('summary'),
      ratifications: decisionContent('ratifications'),
    },
  },
];
