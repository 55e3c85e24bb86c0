import type { RuleDefinition } from './rule-catalogue';
import { auditCommission, pathfinders } from './rule-sources';

/**
 * DOMAIN.md §4's rules on the records themselves: delegations within their delegators, pools' parties and hosts,
 * acyclic lines, dates within dates. All refused at write time, since the state each forbids cannot be real.
 */
export const domainRecordRules: readonly RuleDefinition[] = [
  {
    id: 'delegation.within-delegator',
    number: 10,
    title: 'A delegate never exceeds its delegator',
    statement:
      'A delegation’s scope, cap and period lie within what the delegator holds; sub-delegation needs permission; ' +
      'reserved matters are never delegated.',
    severity: 'GOOD_PRACTICE',
    subject: 'DELEGATION',
    enforcement: 'REFUSED_AT_WRITE',
    sources: [pathfinders('Table 2.4'), pathfinders('Table 2.2')],
    enforcementReason:
      'A power nobody holds cannot be exercised: such a delegation would record nothing real. A pooling power ' +
      'is held only by the parties its statute names (004 ¶136), so delegatePower refuses it from anyone else, ' +
      'e.g. a voluntary body delegating the s10 pooled-fund power.',
  },
  {
    id: 'arrangement.parties-fit-basis',
    number: 11,
    title: 'Pool parties fit the legal basis',
    statement:
      'Under s31 the parties are local authorities and health bodies; under s10, the authority and its relevant ' +
      'partners.',
    severity: 'STATUTORY_DUTY',
    subject: 'ARRANGEMENT',
    enforcement: 'REFUSED_AT_WRITE',
    sources: [pathfinders('¶136'), pathfinders('Table 2.3')],
    enforcementReason: 'The statute gives no power to pool outside these parties: the state is unlawful, not late.',
  },
  {
    id: 'arrangement.one-host',
    number: 12,
    title: 'One host per pool',
    statement: 'A pooled budget has exactly one host; an aligned budget has no pooled fund.',
    severity: 'STATUTORY_DUTY',
    subject: 'ARRANGEMENT',
    enforcement: 'REFUSED_AT_WRITE',
    sources: [pathfinders('¶135'), auditCommission('¶114')],
    enforcementReason: 'A pool is defined by its host’s accounts: a second host is no pool.',
  },
  {
    id: 'lines.acyclic',
    number: 13,
    title: 'No accountability cycles',
    statement: 'Accountable-to, reports-to and sub-group-of lines form an acyclic graph at every date.',
    severity: 'GOOD_PRACTICE',
    subject: 'AREA',
    enforcement: 'REFUSED_AT_WRITE',
    sources: [auditCommission('¶54'), auditCommission('¶91')],
    enforcementReason: 'A cycle leaves no answer to "who holds this body to account"; lines "should be clear".',
  },
  {
    id: 'records.temporal-integrity',
    number: 14,
    title: 'Temporal integrity',
    statement: 'An edge lies within the validity of both its ends; a body has one chair at a time.',
    severity: 'GOOD_PRACTICE',
    subject: 'BODY',
    enforcement: 'REFUSED_AT_WRITE',
    sources: [pathfinders('¶87')],
    enforcementReason: 'A seat on a body that does not exist describes nothing.',
  },
];
