import type { GuidanceRule } from './guidance-rule-catalogue';
import { auditCommission, guidance2008 } from './rule-sources';

/**
 * Rules on how the trust's parts are joined, catalogued after the first catalogue so that no earlier rule's number
 * moves: the board's levels beneath it, its lines to the relevant partners, the executive group between the board
 * and the LSP (judged in structure-rules.ts); the JSNA produced by the authority and the PCT together, and one CYPP
 * for all services (joint-plan-rules.ts).
 */
export const structureRules: readonly GuidanceRule[] = [
  {
    id: 'board.sub-groups',
    title: 'The board supported at executive and operational levels',
    statement:
      '"Strategic boards should be supported by sub-groups working at executive and operational levels": a body ' +
      'of each level answers to the board, directly or through another (theme sub-groups, area teams; 003 Table 2).',
    severity: 'GOOD_PRACTICE',
    subject: 'BODY',
    sources: [auditCommission('Summary'), auditCommission('¶53'), auditCommission('Table 2')],
  },
  {
    id: 'board.partner-reporting-lines',
    title: 'Reporting lines between the board and the relevant partners',
    statement:
      '"Arrangements should clarify the reporting lines to the local authority and the boards of the relevant ' +
      'partners": each relevant partner but the authority (whose line `board.reporting-lines` judges) has a line of ' +
      'accountability or reporting with the board.',
    severity: 'GUIDANCE',
    subject: 'BODY',
    sources: [guidance2008('App. 1'), auditCommission('¶54')],
  },
  {
    id: 'executive.guided-by-board-and-lsp',
    title: 'The executive group guided by the board and the LSP',
    statement:
      '"The executive group should be guided by the decisions made at both the children’s trust board and LSP ' +
      'board": each executive group of the area has a line to the board and one to the LSP.',
    severity: 'GOOD_PRACTICE',
    subject: 'BODY',
    sources: [auditCommission('¶91')],
  },
  {
    id: 'plan.jsna-produced-jointly',
    title: 'The JSNA produced by the authority and the PCT together',
    statement:
      'The LGPIH Act "imposed a statutory duty on local authorities and PCTs to work together to produce a joint ' +
      'strategic needs assessment" (from April 2008): the authority and a PCT are among the JSNA’s producers.',
    severity: 'STATUTORY_DUTY',
    subject: 'PLAN',
    sources: [auditCommission('¶43'), auditCommission('Glossary'), guidance2008('App. 1')],
    enforcementReason:
      'The duty is the authority’s and the PCT’s to meet, not a state the registry can forbid: producers are named ' +
      'one at a time, so a JSNA passes through naming one of them. A write that leaves it breaking the rule ' +
      'succeeds, and its payload says so in `warnings`.',
    warnsOn: ['recordPlanProducer', 'withdrawPlanProducer'],
  },
  {
    id: 'plan.single-cypp',
    title: 'One CYPP for all services',
    statement:
      '"The CYPP should be the single strategic, overarching plan for all services which affect children and young ' +
      'people in the area": one CYPP is in place on the date, not several at once.',
    severity: 'GUIDANCE',
    subject: 'AREA',
    sources: [auditCommission('Glossary')],
  },
];
