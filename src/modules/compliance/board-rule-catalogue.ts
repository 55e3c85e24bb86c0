import type { GuidanceRule } from './guidance-rule-catalogue';
import { auditCommission, childrenEngland, guidance2008, pathfinders } from './rule-sources';

/** Rules on the board, who sits on it and how it answers, and on the partnerships beside it. */
export const boardRules: readonly GuidanceRule[] = [
  {
    id: 'board.in-place',
    title: 'A children’s trust board in place',
    statement:
      '"Have a Children’s Trust Board in place": the area has a children’s trust board on the date (96% did in ' +
      'March 2008).',
    severity: 'GUIDANCE',
    subject: 'AREA',
    sources: [guidance2008('¶8'), guidance2008('¶4'), auditCommission('¶58')],
  },
  {
    id: 'board.extended-partners',
    title: 'Schools, colleges and Jobcentre Plus on the board',
    statement:
      '"Routinely include schools, sixth form and FE colleges and Job Centre Plus as key partners in the Trust", ' +
      'the relevant partners the 2008 legislation was to add: from 2008, the board seats each, or a representative ' +
      'speaking for schools or colleges.',
    severity: 'GUIDANCE',
    subject: 'BODY',
    sources: [guidance2008('¶8'), guidance2008('¶4'), auditCommission('¶71')],
    warnsOn: ['endMembership'],
  },
  {
    id: 'board.third-and-private-sectors',
    title: 'Voluntary and private sectors on the board',
    statement:
      '"Include voluntary and private sector representatives in the Children’s Trust"; "every Children’s Trust ' +
      'Board should include third sector representation" (the private sector sat on one board in six).',
    severity: 'GUIDANCE',
    subject: 'BODY',
    sources: [guidance2008('App. 1'), childrenEngland('Q3'), auditCommission('¶71')],
    warnsOn: ['endMembership'],
  },
  {
    id: 'board.lead-member-and-director',
    title: 'Lead member and director on the board',
    statement:
      '"The Director of Children’s Services and Lead Member for Children’s Services have the lead role in ' +
      'establishing and maintaining the inter-agency governance arrangements": both sit on the board (92% of ' +
      'boards seat the lead member).',
    severity: 'GUIDANCE',
    subject: 'BODY',
    sources: [guidance2008('App. 1'), auditCommission('¶70')],
    warnsOn: ['endMembership'],
  },
  {
    id: 'board.lead-gp',
    title: 'A lead GP on the board',
    statement:
      '"Directors of Children’s Services are recommended to consult PCTs to secure a lead General Practitioner ' +
      '(GP) to sit on the Children’s Trust Board": a post of the kind lead GP holds a seat.',
    severity: 'GUIDANCE',
    subject: 'BODY',
    sources: [guidance2008('¶9'), guidance2008('App. 1')],
    warnsOn: ['endMembership'],
  },
  {
    id: 'board.chaired',
    title: 'The board has a chair',
    statement: 'A seat on the board is held in the chair on the date; who chairs is what the sources compare.',
    severity: 'GOOD_PRACTICE',
    subject: 'BODY',
    sources: [auditCommission('Table 3'), auditCommission('¶84'), pathfinders('¶87')],
    warnsOn: ['endMembership'],
  },
  {
    id: 'board.reporting-lines',
    title: 'Reporting lines to the local authority',
    statement:
      '"Arrangements should clarify the reporting lines to the local authority and the boards of the relevant ' +
      'partners": the board has a line (accountable to, reports to, held to account by) to the authority.',
    severity: 'GUIDANCE',
    subject: 'BODY',
    sources: [guidance2008('App. 1'), pathfinders('¶73'), auditCommission('Ch.6 G3')],
  },
  {
    id: 'board.scrutinised',
    title: 'The board is scrutinised',
    statement:
      'The board is scrutinised by an overview and scrutiny committee, or held to account by its partners: "How is ' +
      'the board formally held to account by its partner organisations".',
    severity: 'GOOD_PRACTICE',
    subject: 'BODY',
    sources: [auditCommission('¶149'), auditCommission('Ch.6 G3')],
  },
  {
    id: 'board.children-and-parents-heard',
    title: 'Children, young people and parents have a voice',
    statement:
      '"Involve and empower parents, and become more responsive to children and young people themselves": a board ' +
      'seat, or a shadow board or user group of the area, for children and young people, and a seat for parents.',
    severity: 'GOOD_PRACTICE',
    subject: 'AREA',
    sources: [guidance2008('App. 1'), auditCommission('Ch.6 D3'), auditCommission('¶62')],
  },
  {
    id: 'board.self-review',
    title: 'The board reviews its own performance',
    statement:
      '"How effectively does it review its own performance and that of its members?": a self-assessment the ' +
      'board completed and published in the year to the date.',
    severity: 'GOOD_PRACTICE',
    subject: 'BODY',
    sources: [auditCommission('Ch.6 E3'), auditCommission('¶161'), guidance2008('App. 1')],
  },
  {
    id: 'board.decisions-under-delegation',
    title: 'A decision-making board holds delegated powers',
    statement:
      'A board recorded as "a decision-making body with delegated powers", or as a partnership by legal ' +
      'agreement, holds a delegation from a partner in force on the date: without one it can only recommend.',
    severity: 'GOOD_PRACTICE',
    subject: 'BODY',
    sources: [pathfinders('¶69'), pathfinders('¶77'), auditCommission('¶3')],
  },
  {
    id: 'lscb.in-place',
    title: 'A Local Safeguarding Children Board',
    statement:
      'The LSCB is statutory under the Children Act 2004 ss13–16, due by April 2006: the area has one on the date.',
    severity: 'STATUTORY_DUTY',
    subject: 'AREA',
    sources: [auditCommission('Glossary'), pathfinders('Box 2.1')],
  },
  {
    id: 'lscb.joint-members',
    title: 'Members linking the LSCB and the board',
    statement:
      'Joint members link the two boards ("ongoing communication between the LSCB and the Children’s Trust"): a ' +
      'post or person sits on both.',
    severity: 'GOOD_PRACTICE',
    subject: 'BODY',
    sources: [pathfinders('¶83'), guidance2008('App. 1'), childrenEngland('Q2')],
  },
  {
    id: 'yot.formal-accountability',
    title: 'Youth offending team accountability formalised',
    statement:
      '"YOTs are a statutory ‘relevant’ body and should have formalised accountability arrangements": each youth ' +
      'offending team of the area has a line saying whom it is accountable or reports to.',
    severity: 'GUIDANCE',
    subject: 'AREA',
    sources: [guidance2008('App. 1')],
  },
  {
    id: 'partnership.vision-14-19',
    title: 'A local 14-19 vision',
    statement:
      '"The 14-19 strategic body should agree and review the local vision for 14-19": an adopted 14-19 vision is in ' +
      'force on the date.',
    severity: 'GUIDANCE',
    subject: 'AREA',
    sources: [guidance2008('App. 1'), pathfinders('¶64')],
  },
];
