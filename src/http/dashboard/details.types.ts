/* The shapes the details queries answer; a field the viewer may not read is null, and is left out. */
export interface Party {
  __typename: 'Body' | 'Organisation';
  recordId: string;
  name: string;
}
export interface Seat {
  role: string;
  votingRight: boolean;
  canCommitResources: boolean | null;
  commitScope: string | null;
  validFrom: string;
  member: { __typename: string; name?: string; personName?: string | null; category?: string; title?: string };
  onBehalfOf: { name: string } | null;
  body?: { name: string };
}
export interface Line {
  kind: string;
  validFrom?: string;
  to?: Party;
  from?: Party;
}
export interface Delegation {
  scope: string;
  financialLimit: number | null;
  reservedMatters: string[] | null;
  power: { code: string; description: string };
  delegate?: Party;
  delegator?: Party;
}
export interface Finding {
  outcome: string;
  subjectId: string;
  explanation: string;
  rule: { id: string; title: string; severity: string };
  missing: { label: string }[];
}
export interface BodyDetails {
  recordId: string;
  name: string;
  bodyKind: string;
  level: string;
  established: string | null;
  meetingFrequency: string | null;
  area: { code: string; name: string };
  chair: Seat | null;
  memberships: Seat[];
  linesOut: Line[];
  linesIn: Line[];
  delegationsGranted: Delegation[];
  delegationsReceived: Delegation[];
}
export interface OrganisationDetails {
  name: string;
  organisationKind: string;
  sector: string;
  code: string | null;
  area: { name: string } | null;
  membershipsConnection: { nodes: (Seat & { body: { name: string } })[] };
  linesOut: Line[];
  linesIn: Line[];
  delegationsGranted: Delegation[];
  delegationsReceived: Delegation[];
}
export type EdgeRecord =
  | ({ __typename: 'Membership' } & Seat)
  | ({ __typename: 'AccountabilityLine'; note: string | null; validTo: string | null } & Line & { validFrom: string })
  | ({ __typename: 'Delegation'; validFrom: string; validTo: string | null } & Delegation);
