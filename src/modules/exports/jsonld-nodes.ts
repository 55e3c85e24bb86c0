import type { AnyExportKind } from './export-kind';
import type { Cell } from './csv';

/** A JSON-LD node object, compacted against the export's context. */
export type Node = Record<string, unknown>;

/** A row as its CSV columns read it, confidential cells already left out where the viewer may not read them. */
export type Cells = Record<string, Cell>;

export const ref = (globalId: Cell) => (globalId ? `record:${String(globalId)}` : undefined);

/** An OWL-Time interval from the first day to the first day after (the registry's exclusive end). */
export function interval(from: Cell, to: Cell): Node {
  return {
    type: 'Interval',
    hasBeginning: { type: 'Instant', inXSDDate: from },
    ...(to ? { hasEnd: { type: 'Instant', inXSDDate: to } } : {}),
  };
}

/** Leaves out what is empty, so that an absent value is absent, not a literal "null". */
function node(values: Node): Node {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== null && value !== undefined && value !== ''),
  );
}

const redacted = (cells: Cells) =>
  Array.isArray(cells.redacted) && cells.redacted.length ? cells.redacted : undefined;

/** Each kind's rows as nodes: a row may add facts to other nodes too (a sub-group to its parent). */
const builders: Record<string, (cells: Cells) => Node[]> = {
  areas: (c) => [
    node({
      id: ref(c.id),
      type: 'reg:Area',
      name: c.name,
      gssCode: c.code,
      classification: c.kind,
      parentArea: ref(c.parent_area_id),
    }),
  ],
  organisations: (c) => [
    node({
      id: ref(c.id),
      type: 'FormalOrganization',
      name: c.name,
      identifier: c.identifiers,
      classification: c.organisation_kind,
      area: ref(c.area_id),
      'reg:code': c.code,
    }),
  ],
  bodies: (c) => [
    node({
      id: ref(c.id),
      type: 'Organization',
      name: c.name,
      altName: c.aliases,
      classification: c.body_kind,
      level: c.level,
      area: ref(c.area_id),
      'dcterms:created': c.established,
    }),
  ],
  memberships: (c) => {
    const member = ref(c.member_organisation_id ?? c.member_post_id ?? c.member_person_id);
    const post = c.member_post_id ? [node({ id: member, type: 'Post', name: c.member_post_title })] : [];
    return [
      node({
        id: ref(c.id),
        type: 'Membership',
        member,
        organization: ref(c.body_id),
        role: c.role,
        onBehalfOf: ref(c.on_behalf_of_id),
        votingRight: c.voting_right,
        canCommitResources: c.can_commit_resources,
        commitScope: c.commit_scope,
        memberDuring: interval(c.valid_from, c.valid_to),
        redacted: redacted(c),
      }),
      ...post,
    ];
  },
  'accountability-lines': (c) => {
    const line = node({
      id: ref(c.id),
      type: 'reg:AccountabilityLine',
      lineKind: c.kind,
      from: ref(c.from_id),
      to: ref(c.to_id),
      'skos:note': c.note,
      during: interval(c.valid_from, c.valid_to),
    });
    if (c.kind !== 'SUB_GROUP_OF') return [line];
    return [
      line,
      { id: ref(c.from_id), type: 'OrganizationalUnit', subOrganizationOf: ref(c.to_id) },
      { id: ref(c.to_id), hasSubOrganization: ref(c.from_id) },
    ];
  },
  delegations: (c) => [
    node({
      id: ref(c.id),
      type: 'reg:Delegation',
      power: c.power_code,
      delegator: ref(c.delegator_id),
      delegate: ref(c.delegate_id),
      scope: c.scope,
      financialLimit:
        c.financial_limit === null || c.financial_limit === undefined ? undefined : String(c.financial_limit),
      reservedMatter: c.reserved_matters,
      during: interval(c.valid_from, c.valid_to),
      redacted: redacted(c),
    }),
  ],
  'budget-arrangements': (c) => [
    node({
      id: ref(c.id),
      type: 'reg:BudgetArrangement',
      name: c.name,
      budgetKind: c.budget_kind,
      legalBasis: c.legal_basis,
      area: ref(c.area_id),
      host: ref(c.host_id),
      governingBody: ref(c.governing_body_id),
      during: interval(c.valid_from, c.valid_to),
    }),
  ],
  contributions: (c) => [
    node({
      id: ref(c.id),
      type: 'reg:Contribution',
      arrangement: ref(c.arrangement_id),
      contributor: ref(c.organisation_id),
      financialYear: c.financial_year,
      resourceType: c.resource_type,
      amount: c.amount === null || c.amount === undefined ? undefined : String(c.amount),
      shareBand: c.share_band,
      redacted: redacted(c),
    }),
  ],
  plans: (c) => [
    node({
      id: ref(c.id),
      type: 'reg:Plan',
      title: c.title,
      planKind: c.plan_kind,
      area: ref(c.area_id),
      ownerBody: ref(c.owner_body_id),
      periodStart: c.period_start,
      periodEnd: c.period_end,
    }),
  ],
};

export function nodesOf(kind: AnyExportKind, cells: Cells): Node[] {
  return builders[kind.name]!(cells);
}
