import type { ActionDefinition } from './actions';

/**
 * Changes a viewer can be allowed to make. OWNER here means an editor (or a machine key granted writing) of the
 * organisation the change concerns; SECRETARIAT the officers of the body it concerns.
 *
 * Standing is given, never taken (DOMAIN.md §8; 003 ¶68): who sits on a body is the body's business, what goes into
 * an arrangement its parties', what is committed to a plan its body's partners'. So every create that attaches one
 * party's record to another's names, below, whose act it is; where it takes two parties' consent the mutation checks
 * two actions (the permissions snapshot lists both).
 */
export const writeActions = {
  'membership:appoint': {
    description:
      'Appoint a member to a body, change a seat’s role, voting right or mandate, confirm or decline a proposed seat, or date a seat’s start or end before today (the body’s secretariat)',
    allowed: ['SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'DOMAIN.md §8; 003 ¶68',
  },
  'membership:resign': {
    description: 'End one’s own organisation’s seat on a body, today or later (resign)',
    allowed: ['OWNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'DOMAIN.md §8; 003 ¶68',
  },
  'nomination:propose': {
    description:
      'Propose a seat on a body for its secretariat to confirm or decline (the organisation proposed, for itself, or a partner of the body)',
    allowed: ['OWNER', 'PARTNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'DOMAIN.md §8; 003 ¶68',
  },
  'nomination:withdraw': {
    description: 'Withdraw a seat one’s own organisation proposed, while it is undecided',
    allowed: ['OWNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'DOMAIN.md §8; 003 ¶68',
  },
  'person:edit': {
    description:
      'Record a person, or correct their name or category (editors of an organisation whose post they hold, the secretariat of a body they sit on)',
    allowed: ['OWNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 004 Box 2.3',
  },
  'interest:declare': {
    description:
      'Record a declaration of interest on a seat: the seat’s own organisation (a seat it was given) or the body’s secretariat',
    allowed: ['OWNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 003 Table 5, F3',
  },
  'line:record': {
    description:
      'Record or end an accountability line from a body or organisation (the party that answers, never the one answered to)',
    allowed: ['OWNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 003 ¶54',
  },
  'organisation:register': {
    description:
      'Register or end an organisation, register a body, record successions, or set registry-level facts (code, kind, seniority, duty-to-co-operate statuses)',
    allowed: ['ADMINISTRATOR'],
    basis: 'issue 5',
  },
  'organisation:edit': {
    description: "Change an organisation's own details (name, area, identifiers, the areas it covers)",
    allowed: ['OWNER', 'ADMINISTRATOR'],
    basis: 'issue 5',
  },
  'body:edit': {
    description:
      'Change or end a body, add or end another name, record its legal status, its workings (chair type, voting, model) and its documents',
    allowed: ['SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5',
  },
  'post:edit': {
    description:
      'Create, change or end a post of an organisation, record who holds it and who funds it (the employer’s own account of its post)',
    allowed: ['OWNER', 'ADMINISTRATOR'],
    basis: 'issue 5',
  },
  'budget:edit': {
    description: 'Create or end a budget arrangement (its host, its governing body’s secretariat)',
    allowed: ['HOST', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 004 ¶135; 003 ¶107',
  },
  'budget:govern': {
    description: 'Name a body as the governing body of a new arrangement (a partner of that body, or its secretariat)',
    allowed: ['PARTNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'DOMAIN.md §8; 003 ¶107',
  },
  'contribution:edit': {
    description: 'Record or change a partner’s contribution to a budget arrangement (its own, or the host for it)',
    allowed: ['OWNER', 'HOST', 'ADMINISTRATOR'],
    basis: 'issue 5; 003 ¶112',
  },
  'contribution:join': {
    description:
      'Add a contribution to an arrangement: its host, or an organisation already party to it (a contributor in any year); a new partner joins when the host records its first contribution',
    allowed: ['HOST', 'PARTY', 'ADMINISTRATOR'],
    basis: 'DOMAIN.md §8; 003 ¶112; 004 ¶136',
  },
  'delegation:grant': {
    description:
      'Delegate a power from an organisation or body, or revoke such a delegation (the delegating party, whoever the delegate)',
    allowed: ['OWNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 004 §2.2, Table 2.4',
  },
  'decision:record': {
    description: 'Record a decision of a body',
    allowed: ['SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 003 ¶3',
  },
  'decision:ratify': {
    description:
      "Record one's own organisation's ratification or rejection of a decision of a body it sat on when it decided",
    allowed: ['OWNER'],
    basis: 'issue 5; 003 ¶3, ¶103',
  },
  'plan:edit': {
    description:
      'Create or publish a plan, or state its facts: consultations, links to other plans, targets, statuses, reviews and producers (the owning body’s secretariat)',
    allowed: ['SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; DOMAIN.md §8; 001 ¶4, App. 1',
  },
  'commitment:edit': {
    description: 'Commit one’s own organisation’s resources to a plan, change them while unpublished, or publish them',
    allowed: ['OWNER', 'ADMINISTRATOR'],
    basis: 'issue 5; 001 ¶5',
  },
  'plan:commit': {
    description: 'Add a resource commitment to a plan: a partner of the plan’s owning body today, or its secretariat',
    allowed: ['PARTNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'DOMAIN.md §8; 001 ¶5',
  },
  'self-assessment:edit': {
    description:
      'Record a body’s self-assessment, answer and score its questions, or publish it (the body’s secretariat)',
    allowed: ['SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 003 Ch.6',
  },
} as const satisfies Record<string, ActionDefinition>;
