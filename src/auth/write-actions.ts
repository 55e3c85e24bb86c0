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
  'line:record': {
    description: 'Record or end an accountability line from a body or organisation',
    allowed: ['OWNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: 'issue 5; 003 ¶54',
  },
} as const satisfies Record<string, ActionDefinition>;
