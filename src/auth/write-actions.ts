import type { ActionDefinition } from './actions';

/**
 * Changes a viewer can be allowed to make. OWNER here means an editor (or a machine key granted writing) of the
 * organisation the change concerns; SECRETARIAT the officers of the body it concerns.
 */
export const writeActions = {
  'membership:appoint': {
    description: 'Appoint a member to a body, or end a membership',
    allowed: ['OWNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 003 ¶68',
  },
  'person:edit': {
    description:
      'Record a person, or correct their name or category (editors of an organisation whose post they hold, the secretariat of a body they sit on)',
    allowed: ['OWNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 004 Box 2.3',
  },
  'interest:declare': {
    description: 'Record a declaration of interest by a member (its own organisation, the body’s secretariat)',
    allowed: ['OWNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 003 Table 5, F3',
  },
  'line:record': {
    description: 'Record or end an accountability line from a body or organisation',
    allowed: ['OWNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 003 ¶54',
  },
  'organisation:register': {
    description:
      'Register or end an organisation, register a body, record successions, or set registry-level facts (code, kind, seniority)',
    allowed: ['ADMINISTRATOR'],
    basis: 'issue 5',
  },
  'organisation:edit': {
    description: "Change an organisation's own details (name, area, identifiers, the areas it covers)",
    allowed: ['OWNER', 'ADMINISTRATOR'],
    basis: 'issue 5',
  },
  'body:edit': {
    description: 'Change or end a body, add another name, record its legal status and its documents',
    allowed: ['SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5',
  },
  'post:edit': {
    description: 'Create, change or end a post of an organisation, record who holds it and who funds it',
    allowed: ['OWNER', 'ADMINISTRATOR'],
    basis: 'issue 5',
  },
  'budget:edit': {
    description: 'Create or end a budget arrangement (its host, its governing body’s secretariat)',
    allowed: ['HOST', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 004 ¶135; 003 ¶107',
  },
  'contribution:edit': {
    description: 'Record or change a partner’s contribution to a budget arrangement',
    allowed: ['OWNER', 'HOST', 'ADMINISTRATOR'],
    basis: 'issue 5; 003 ¶112',
  },
  'delegation:grant': {
    description: 'Delegate a power from an organisation or body, or revoke such a delegation',
    allowed: ['OWNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 004 §2.2, Table 2.4',
  },
  'decision:record': {
    description: 'Record a decision of a body',
    allowed: ['SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 003 ¶3',
  },
  'decision:ratify': {
    description: "Record one's own organisation's ratification or rejection of a decision",
    allowed: ['OWNER'],
    basis: 'issue 5; 003 ¶3, ¶103',
  },
  'plan:edit': {
    description: 'Create or publish a plan, or record a consultation on it (the owning body’s secretariat)',
    allowed: ['SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 001 App. 1',
  },
  'commitment:edit': {
    description: 'Commit one’s own organisation’s resources to a plan, change them while unpublished, or publish them',
    allowed: ['OWNER', 'ADMINISTRATOR'],
    basis: 'issue 5; 001 ¶5',
  },
  'self-assessment:edit': {
    description: 'Record a body’s self-assessment or answer its questions (the body’s secretariat)',
    allowed: ['SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 003 Ch.6',
  },
} as const satisfies Record<string, ActionDefinition>;
