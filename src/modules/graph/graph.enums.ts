import { registerEnumType } from 'type-graphql';
import { accountabilityKind } from '../../../schema/database/index';
import { accountabilityKindLabels } from '../reference/labels';

/** A seat, a delegated power, or any kind of accountability line. */
export const GraphEdgeKind = {
  MEMBERSHIP: 'MEMBERSHIP',
  DELEGATION: 'DELEGATION',
  ...Object.fromEntries(accountabilityKind.enumValues.map((kind) => [kind, kind])),
} as Record<'MEMBERSHIP' | 'DELEGATION' | (typeof accountabilityKind.enumValues)[number], string>;

export type GraphEdgeKindValue = keyof typeof GraphEdgeKind;

registerEnumType(GraphEdgeKind, {
  name: 'GraphEdgeKind',
  valuesConfig: {
    MEMBERSHIP: { description: 'A seat: the organisation (itself or through its representative) sits on the body.' },
    DELEGATION: { description: 'A delegated power: from the delegator to the delegate.' },
    ...Object.fromEntries(
      accountabilityKind.enumValues.map((kind) => [
        kind,
        {
          description: `An accountability line, read "source ${accountabilityKindLabels[kind].label.toLowerCase()} target".`,
        },
      ]),
    ),
  },
  description:
    'MEMBERSHIP: organisation → body it sits on (itself or through its representative); DELEGATION: delegator → ' +
    'delegate; otherwise the accountability line kind, read "source <kind> target".',
});

export const GraphNodeKind = { BODY: 'BODY', ORGANISATION: 'ORGANISATION' } as const;

registerEnumType(GraphNodeKind, {
  name: 'GraphNodeKind',
  valuesConfig: {
    BODY: { description: 'A partnership body or group; `bodyKind` and `level` say which.' },
    ORGANISATION: { description: 'A partner organisation; `organisationKind` says which.' },
  },
  description: 'Whether a graph node is a body or an organisation.',
});
