import type { RuleDefinition } from './rule-catalogue';
import { auditCommission, guidance2008, reported } from './rule-sources';

/**
 * DOMAIN.md §4's rules on the CYPP, and the plan rules numbered on from 17: the LSCB, children and parents consulted
 * before adoption, the partners' resources, its links to the other plans, its annual review. All reported.
 */
export const domainPlanRules: readonly RuleDefinition[] = [
  {
    id: 'plan.lscb-consulted',
    number: 3,
    title: 'LSCB consulted on the CYPP',
    statement: 'The trust must consult the LSCB on the Children and Young People’s Plan before the plan is adopted.',
    severity: 'STATUTORY_DUTY',
    subject: 'PLAN',
    enforcement: 'REPORTED',
    sources: [guidance2008('App. 1')],
    enforcementReason:
      'Publishing a CYPP is refused until the LSCB was consulted before adoption (`publishPlan`: the trust "must" ' +
      'consult, 001 App. 1; DOMAIN.md §4 rule 3 is an error at publication). Plans adopted before the 2008 guidance ' +
      'were adopted without a recorded consultation; the registry records them as they were and reports the gap.',
  },
  {
    id: 'plan.partner-resources',
    number: 5,
    title: 'CYPP resources',
    statement:
      'Each key partner, the PCT included, has committed and made public the resources for the plan’s delivery.',
    severity: 'STATUTORY_DUTY',
    subject: 'PLAN',
    enforcement: 'REPORTED',
    sources: [guidance2008('¶5'), guidance2008('¶8'), guidance2008('¶9')],
    enforcementReason: reported,
    warnsOn: ['publishPlan'],
  },
  {
    id: 'plan.consistency',
    number: 6,
    title: 'Plan consistency',
    statement:
      'The CYPP is consistent with the Sustainable Community Strategy and the Local Area Agreement, and the youth ' +
      'justice plan is aligned with it.',
    severity: 'GUIDANCE',
    subject: 'PLAN',
    enforcement: 'REPORTED',
    sources: [guidance2008('App. 1'), auditCommission('¶90')],
    enforcementReason: reported,
    warnsOn: ['publishPlan'],
  },
  {
    id: 'plan.annual-review',
    number: 17,
    title: 'CYPP reviewed and the review published each year',
    statement:
      '"The CYPP and the annual review must be published"; "the annual review of the plan provides an update on ' +
      'progress against it": a CYPP adopted a year or more before the date has a review made in the year to the ' +
      'date, and published by it.',
    severity: 'STATUTORY_DUTY',
    subject: 'PLAN',
    enforcement: 'REPORTED',
    sources: [guidance2008('App. 1')],
    enforcementReason:
      'A review comes after the plan it reviews: refusing anything at write time would refuse the plan itself.',
  },
  {
    id: 'plan.children-consulted',
    number: 18,
    title: 'Children and young people consulted on the CYPP',
    statement:
      'Councils and their partners "have a duty to consult children and young people when they prepare their ' +
      'Children and Young People\'s Plan": a consultation of children and young people dated before adoption.',
    severity: 'STATUTORY_DUTY',
    subject: 'PLAN',
    enforcement: 'REPORTED',
    sources: [auditCommission('¶72'), guidance2008('App. 1')],
    enforcementReason:
      'Plans were adopted before consultations were recorded here; the registry records them and reports the gap.',
    warnsOn: ['publishPlan'],
  },
  {
    id: 'plan.parents-consulted',
    number: 19,
    title: 'Parents consulted on the CYPP',
    statement:
      '"Undertake high quality consultation with parents, specifically during the preparation of the CYPP": a ' +
      'consultation of parents and carers dated before adoption.',
    severity: 'GUIDANCE',
    subject: 'PLAN',
    enforcement: 'REPORTED',
    sources: [guidance2008('App. 1'), auditCommission('Ch.6 D3')],
    enforcementReason: reported,
    warnsOn: ['publishPlan'],
  },
];
