import { writeActions } from './write-actions';

/**
 * How a viewer stands to a record (DOMAIN.md §8). AUTHENTICATED is anyone signed in; the rest depend on the record:
 * OWNER its organisation, HOST the host of its arrangement, PARTY an organisation already party to its arrangement
 * (its host or a contributor), PARTNER a current member organisation of its body, SECRETARIAT the body's own
 * officers, OVERSIGHT an auditor or inspector of its area, ADMINISTRATOR the registry's. For a write, OWNER, HOST,
 * PARTY and PARTNER stand only for an editor (or a machine key granted writing) of that organisation.
 */
export const relations = [
  'AUTHENTICATED',
  'OWNER',
  'HOST',
  'PARTY',
  'PARTNER',
  'SECRETARIAT',
  'OVERSIGHT',
  'ADMINISTRATOR',
] as const;
export type Relation = (typeof relations)[number];

export interface ActionDefinition {
  description: string;
  /** Relations that may perform the action; anything else is denied. */
  allowed: readonly Relation[];
  basis: string;
}

/** What a viewer can be allowed to read beyond the public structure. */
export const readActions = {
  'structure:read': {
    description: 'Read the public structure: areas, organisations, bodies, seats by organisation or post, lines',
    allowed: ['AUTHENTICATED'],
    basis: '003 F9',
  },
  'contribution:read': {
    description: "Read a partner's contribution to a budget arrangement (amount, share)",
    allowed: ['OWNER', 'HOST', 'SECRETARIAT', 'OVERSIGHT', 'ADMINISTRATOR'],
    basis: '003 ¶112, ¶116; 004 ¶126',
  },
  'commitment:read': {
    description: 'Read an unpublished resource commitment to a plan (published ones are public)',
    allowed: ['OWNER', 'SECRETARIAT', 'OVERSIGHT', 'ADMINISTRATOR'],
    basis: '001 ¶5',
  },
  'mandate:read': {
    description: 'Read whether a member may commit resources, and delegated limits and reserved matters',
    allowed: ['OWNER', 'PARTNER', 'SECRETARIAT', 'OVERSIGHT', 'ADMINISTRATOR'],
    basis: '004 §2.2',
  },
  'interest:read': {
    description: 'Read declarations of interest',
    allowed: ['PARTNER', 'SECRETARIAT', 'OVERSIGHT', 'ADMINISTRATOR'],
    basis: '003 Table 5, F3',
  },
  'draft:read': {
    description: 'Read draft agreements and documents before adoption',
    allowed: ['PARTNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: '004 ¶72',
  },
  'person:read': {
    description: 'Read the name of a person on a board who holds no senior post (senior post holders are public)',
    allowed: ['PARTNER', 'SECRETARIAT', 'OVERSIGHT', 'ADMINISTRATOR'],
    basis: 'DOMAIN.md §8 (proposal)',
  },
  'young-person:read': {
    description: 'Read the name of a young person or parent representative',
    allowed: ['SECRETARIAT', 'ADMINISTRATOR'],
    basis: '004 Box 2.3',
  },
  'decision:read': {
    description: 'Read an unpublished decision (published ones are public)',
    allowed: ['PARTNER', 'SECRETARIAT', 'OVERSIGHT', 'ADMINISTRATOR'],
    basis: '003 F9',
  },
  'lscb:read': {
    description: "Read an LSCB's business: its decisions, documents and self-assessments",
    allowed: ['PARTNER', 'SECRETARIAT', 'ADMINISTRATOR'],
    basis: '004 ¶84',
  },
  'self-assessment:read': {
    description: 'Read unpublished self-assessment answers',
    allowed: ['PARTNER', 'SECRETARIAT', 'OVERSIGHT', 'ADMINISTRATOR'],
    basis: '003 ¶11',
  },
  'nomination:read': {
    description: 'Read the seats proposed to a body and what became of them',
    allowed: ['PARTNER', 'SECRETARIAT', 'OVERSIGHT', 'ADMINISTRATOR'],
    basis: 'DOMAIN.md §8; 003 ¶68',
  },
  'history:read': {
    description: 'Read the history of changes to records, before and after',
    allowed: ['OVERSIGHT', 'ADMINISTRATOR'],
    basis: 'issue 5',
  },
} as const satisfies Record<string, ActionDefinition>;

/** The typed catalogue of everything a viewer can be allowed to do. Rules and the access matrix derive from it. */
export const actions = { ...readActions, ...writeActions };

export type Action = keyof typeof actions;

export const isWrite = (action: Action): boolean => action in writeActions;
