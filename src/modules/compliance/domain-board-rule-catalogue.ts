import type { RuleDefinition } from './rule-catalogue';
import { auditCommission, childrenEngland, consultation, guidance2008, pathfinders, reported } from './rule-sources';

/**
 * DOMAIN.md §4's rules on the board: who sits on it, the LSCB beside it and never beneath it, its place within the
 * LSP, how its decisions are formalised, its members' mandates and its terms of reference. All reported.
 */
export const domainBoardRules: readonly RuleDefinition[] = [
  {
    id: 'board.relevant-partners',
    number: 1,
    title: 'Relevant partners on the board',
    statement:
      'Every organisation under the duty to co-operate in the area holds a seat on the children’s trust board, ' +
      '"representative key partners at a senior level"; where one does not, where it sits instead.',
    severity: 'STATUTORY_DUTY',
    subject: 'AREA',
    enforcement: 'REPORTED',
    sources: [pathfinders('¶42'), auditCommission('¶68'), guidance2008('App. 1'), guidance2008('¶8')],
    enforcementReason: reported,
    warnsOn: ['endMembership'],
  },
  {
    id: 'board.districts-engaged',
    number: 2,
    title: 'Every district engaged',
    statement:
      'In a two-tier area, "engage effectively with all the district councils and not assume that one district ' +
      'represents the others": each district has a seat, or a member speaks for all districts.',
    severity: 'GUIDANCE',
    subject: 'AREA',
    enforcement: 'REPORTED',
    sources: [guidance2008('App. 1'), auditCommission('¶140')],
    enforcementReason: reported,
    warnsOn: ['endMembership'],
  },
  {
    id: 'lscb.independence',
    number: 4,
    title: 'LSCB independence',
    statement:
      'The LSCB is not accountable to, nor a sub-group of, the children’s trust board, directly or through other ' +
      'bodies; it is formally represented on the board.',
    severity: 'GUIDANCE',
    subject: 'BODY',
    enforcement: 'REPORTED',
    sources: [pathfinders('¶84'), consultation('Q4'), childrenEngland('Q2')],
    enforcementReason: 'Some areas did make the LSCB accountable to the board (004 ¶84): recorded, and reported.',
    warnsOn: ['recordAccountabilityLine'],
  },
  {
    id: 'board.la-pct-relationship',
    number: 7,
    title: 'LA–PCT relationship',
    statement:
      'The local authority and the primary care trust both hold board seats with a mandate to commit resources; ' +
      'a lead GP is sought for the board (shown where one sits: the guidance asks, it does not require).',
    severity: 'GUIDANCE',
    subject: 'AREA',
    enforcement: 'REPORTED',
    sources: [guidance2008('¶5'), guidance2008('¶9')],
    enforcementReason: reported,
    warnsOn: ['updateMembership', 'endMembership'],
  },
  {
    id: 'board.within-lsp',
    number: 8,
    title: 'Trust within the LSP',
    statement: 'The board reports to the Local Strategic Partnership and works with the CDRP.',
    severity: 'GUIDANCE',
    subject: 'BODY',
    enforcement: 'REPORTED',
    sources: [auditCommission('¶44'), auditCommission('¶148'), guidance2008('App. 1')],
    enforcementReason: reported,
    warnsOn: ['endAccountabilityLine'],
  },
  {
    id: 'decision.formalised',
    number: 9,
    title: 'Decisions need formalising',
    statement:
      'A decision that commits a partner’s resources needs that partner’s delegation or its ratification; a ' +
      'decision recorded as ratified has at least one partner’s ratification.',
    severity: 'GUIDANCE',
    subject: 'AREA',
    enforcement: 'REPORTED',
    sources: [auditCommission('¶3'), auditCommission('¶103'), pathfinders('¶79'), pathfinders('Table 2.3')],
    enforcementReason: reported,
    warnsOn: ['recordDecision'],
  },
  {
    id: 'board.mandates',
    number: 15,
    title: 'Mandate gaps',
    statement:
      'Members of the board who lack, or are not known to have, a mandate to commit their organisation’s resources.',
    severity: 'GOOD_PRACTICE',
    subject: 'BODY',
    enforcement: 'REPORTED',
    sources: [auditCommission('Summary')],
    enforcementReason: reported,
    warnsOn: ['appointMember', 'confirmNomination', 'updateMembership'],
  },
  {
    id: 'board.terms-of-reference',
    number: 16,
    title: 'Terms-of-reference coverage',
    statement: 'The board’s adopted terms of reference cover the nine items of 003 Table 5.',
    severity: 'GOOD_PRACTICE',
    subject: 'BODY',
    enforcement: 'REPORTED',
    sources: [auditCommission('Table 5')],
    enforcementReason: reported,
    warnsOn: ['recordBodyDocument', 'updateBodyDocument'],
  },
];
