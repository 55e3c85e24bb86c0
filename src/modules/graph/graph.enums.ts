import { registerEnumType } from 'type-graphql';
import { accountabilityKind } from '../../../schema/database/index';

/** A seat, a delegated power, or any kind of accountability line. */
export const GraphEdgeKind = {
  MEMBERSHIP: 'MEMBERSHIP',
  DELEGATION: 'DELEGATION',
  ...Object.fromEntries(accountabilityKind.enumValues.map((kind) => [kind, kind])),
} as Record<'MEMBERSHIP' | 'DELEGATION' | (typeof accountabilityKind.enumValues)[number], string>;

export type GraphEdgeKindValue = keyof typeof GraphEdgeKind;

registerEnumType(GraphEdgeKind, {
  name: 'GraphEdgeKind',
  description:
    'MEMBERSHIP: organisation → body it sits on (itself or through its representative); DELEGATION: delegator → ' +
    'delegate; otherwise the accountability line kind, read "source <kind> target".',
});

export const GraphNodeKind = { BODY: 'BODY', ORGANISATION: 'ORGANISATION' } as const;

registerEnumType(GraphNodeKind, {
  name: 'GraphNodeKind',
  description: 'Whether a graph node is a body or an organisation.',
});
