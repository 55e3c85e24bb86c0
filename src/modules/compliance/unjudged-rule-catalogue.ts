import type { GuidanceRule } from './guidance-rule-catalogue';
import { auditCommission, childrenEngland, guidance2008 } from './rule-sources';

/**
 * Rules the guidance sets that the registry records nothing to judge: catalogued so that the catalogue is the
 * guidance's, not the data's, and reported UNKNOWN with what would be needed.
 */
export const unjudgedRules: readonly GuidanceRule[] = [
  {
    id: 'board.drugs-strategy',
    title: 'The trust co-ordinates the drugs strategy',
    statement:
      '"The Children’s Trust should coordinate the work of different agencies regarding implementing the ' +
      'Government’s drugs strategy. The Drug Action Team will not now take the lead."',
    severity: 'GUIDANCE',
    subject: 'AREA',
    sources: [guidance2008('¶9'), guidance2008('App. 1')],
    notJudgedBecause: 'The registry records no drug action team, drugs strategy or who leads it.',
  },
  {
    id: 'partners.child-poverty',
    title: 'Partners assess their contribution to tackling child poverty',
    statement:
      '"Children’s Trust partners should assess the contribution that each of their services could make to tackle ' +
      'child poverty."',
    severity: 'GUIDANCE',
    subject: 'AREA',
    sources: [guidance2008('¶7'), guidance2008('App. 1')],
    notJudgedBecause: 'The registry records no partner’s assessment of its services against child poverty.',
  },
  {
    id: 'plan.workforce-strategy',
    title: 'A workforce strategy underpins the CYPP',
    statement: '"Develop a local workforce strategy that underpins the CYPP."',
    severity: 'GUIDANCE',
    subject: 'AREA',
    sources: [guidance2008('App. 1'), auditCommission('Ch.6 E2')],
    notJudgedBecause: 'No plan kind records a workforce strategy.',
  },
  {
    id: 'outcomes.narrowing-the-gap',
    title: 'Outcomes for the most vulnerable improve faster',
    statement:
      'Trusts "must begin to show relatively faster rates of improvement in the outcomes for vulnerable and ' +
      'disadvantaged groups, such as looked after children … and to close the gap".',
    severity: 'GUIDANCE',
    subject: 'AREA',
    sources: [guidance2008('App. 1'), auditCommission('Ch.6 A4')],
    notJudgedBecause: 'The registry records targets, not measured outcomes, and never child-level data (DOMAIN.md §8).',
  },
  {
    id: 'plan.review-invites-views',
    title: 'The annual review says how the public can be heard',
    statement:
      '"The review should make clear about how the public can make their views and concerns known in order to ' +
      'improve outcomes for children and young people."',
    severity: 'GUIDANCE',
    subject: 'PLAN',
    sources: [guidance2008('App. 1')],
    notJudgedBecause: 'A review is recorded with its dates and a summary, not what it tells the public.',
  },
  {
    id: 'lscb.consulted-on-safeguarding',
    title: 'The LSCB consulted on safeguarding issues',
    statement:
      '"The Children’s Trust should consult the LSCB on issues affecting how children are safeguarded" (beyond ' +
      'the CYPP, which rule 3 judges).',
    severity: 'GUIDANCE',
    subject: 'AREA',
    sources: [guidance2008('App. 1')],
    notJudgedBecause: 'Consultations are recorded on plans only, not on the board’s other business.',
  },
  {
    id: 'board.representatives-selected',
    title: 'Sector representatives selected openly',
    statement:
      'Those "sitting as representatives on its board have been selected through a transparent and robust ' +
      'process", with a mandate from the organisations they speak for.',
    severity: 'GOOD_PRACTICE',
    subject: 'BODY',
    sources: [childrenEngland('Q3')],
    notJudgedBecause: 'A seat records whom it speaks for, not how its holder was chosen.',
  },
];
