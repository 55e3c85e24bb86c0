import type { GuidanceRule } from './guidance-rule-catalogue';
import { auditCommission, guidance2008, pathfinders } from './rule-sources';

/** Rules on the area's plans, the CYPP's making and targets, and its pooled and aligned budgets. */
export const planRules: readonly GuidanceRule[] = [
  {
    id: 'plan.cypp-in-place',
    title: 'A CYPP in place',
    statement:
      '"The Children’s Trust must have a Children and Young People’s Plan in place" (Children Act 2004 s17): an ' +
      'adopted CYPP is in force on the date.',
    severity: 'STATUTORY_DUTY',
    subject: 'AREA',
    sources: [guidance2008('¶5'), guidance2008('¶8'), pathfinders('fn 41')],
  },
  {
    id: 'plan.cypp-published',
    title: 'The CYPP published',
    statement: '"The CYPP and the annual review must be published": an adopted CYPP is published by the date.',
    severity: 'STATUTORY_DUTY',
    subject: 'PLAN',
    sources: [guidance2008('App. 1')],
  },
  {
    id: 'plan.cypp-owned-by-board',
    title: 'The board owns the CYPP',
    statement:
      'Government was to "give the Board responsibility for producing the Children and Young People’s Plan": the ' +
      'CYPP is owned by the children’s trust board.',
    severity: 'GUIDANCE',
    subject: 'PLAN',
    sources: [guidance2008('¶4'), guidance2008('App. 1')],
    warnsOn: ['publishPlan'],
  },
  {
    id: 'plan.la-pct-joint-sign-off',
    title: 'The CYPP developed and signed off by the LA and the PCT',
    statement:
      '"Joint development and sign-off of the CYPP and relevant LA and PCT commissioning plans": the authority and ' +
      'a PCT are among the plan’s producers.',
    severity: 'GUIDANCE',
    subject: 'PLAN',
    sources: [guidance2008('App. 1'), guidance2008('¶5')],
    warnsOn: ['publishPlan', 'recordPlanProducer', 'withdrawPlanProducer'],
  },
  {
    id: 'plan.pct-contribution',
    title: 'The PCT’s contribution to the CYPP set out',
    statement:
      '"PCTs are expected to provide greater transparency over the use of local resources, setting out their ' +
      'contribution to implementing the CYPP": a PCT of the area has a published commitment to the plan.',
    severity: 'GUIDANCE',
    subject: 'PLAN',
    sources: [guidance2008('¶9'), guidance2008('¶5'), guidance2008('App. 1')],
    warnsOn: ['publishPlan'],
  },
  {
    id: 'plan.jsna',
    title: 'A joint strategic needs assessment',
    statement:
      'The LGPIH Act "imposed a statutory duty on local authorities and PCTs to work together to produce a joint ' +
      'strategic needs assessment" (from April 2008): a JSNA of the area is in force.',
    severity: 'STATUTORY_DUTY',
    subject: 'AREA',
    sources: [auditCommission('¶43'), guidance2008('App. 1')],
  },
  {
    id: 'plan.jsna-informs',
    title: 'The JSNA informs the SCS and the CYPP',
    statement:
      '"The Joint Strategic Needs Assessment should be taken into account in preparing both the SCS and the CYPP": ' +
      'each is recorded as informed by a JSNA.',
    severity: 'GUIDANCE',
    subject: 'PLAN',
    sources: [guidance2008('App. 1')],
    warnsOn: ['publishPlan'],
  },
  {
    id: 'plan.joint-commissioning-strategy',
    title: 'A joint commissioning strategy',
    statement:
      '"Does the board have a joint commissioning strategy?"; "agreed local approach to joint commissioning at the ' +
      'LA/PCT level": one is in place on the date (nearly half had one, 40% planned one, in 2008).',
    severity: 'GOOD_PRACTICE',
    subject: 'AREA',
    sources: [auditCommission('¶94'), auditCommission('Ch.6 B8'), guidance2008('App. 1')],
  },
  {
    id: 'plan.targets-owned',
    title: 'Each CYPP target owned and tied to an outcome',
    statement:
      '"What mechanisms does the board use to allocate and assess responsibilities for achieving the desired ' +
      'outcomes?": each of the plan’s targets names the body that owns it and the ECM outcome it serves.',
    severity: 'GOOD_PRACTICE',
    subject: 'PLAN',
    sources: [auditCommission('Ch.6 C1'), auditCommission('Ch.6 C2'), guidance2008('App. 1')],
    warnsOn: ['publishPlan'],
  },
  {
    id: 'plan.outcomes-covered',
    title: 'The CYPP’s targets cover the five outcomes',
    statement:
      'The plan is looked at "in greater detail" with "the five outcomes": its targets serve each of being ' +
      'healthy, staying safe, enjoying and achieving, making a positive contribution and economic well-being.',
    severity: 'GOOD_PRACTICE',
    subject: 'PLAN',
    sources: [guidance2008('¶7'), auditCommission('¶23')],
    warnsOn: ['publishPlan'],
  },
  {
    id: 'plan.front-line-providers-heard',
    title: 'Front-line providers heard on the CYPP',
    statement:
      '"Should ensure that the voice of front line providers is clearly heard, and directly influences, the ' +
      'strategic direction, content of the CYPP": front-line providers consulted before adoption.',
    severity: 'GUIDANCE',
    subject: 'PLAN',
    sources: [guidance2008('App. 1')],
    warnsOn: ['publishPlan'],
  },
  {
    id: 'arrangement.pooled-or-aligned',
    title: 'Budgets pooled or aligned',
    statement:
      '"All Children’s Trust partners should pursue commissioning activities jointly and pool budgets, wherever ' +
      'appropriate"; "an agreed process in each locality for aligning or pooling budgets": a pooled or aligned ' +
      'arrangement is in force.',
    severity: 'GUIDANCE',
    subject: 'AREA',
    sources: [guidance2008('App. 1'), guidance2008('¶5'), auditCommission('¶111'), auditCommission('¶115')],
  },
  {
    id: 'arrangement.pool-governed',
    title: 'A pool has a governing body',
    statement:
      'A pooled budget brings resources "under a single accountability and management structure": each pool in ' +
      'force names the body that governs it.',
    severity: 'GOOD_PRACTICE',
    subject: 'ARRANGEMENT',
    sources: [auditCommission('¶107'), auditCommission('Ch.6 F2')],
  },
  {
    id: 'arrangement.pool-formalised',
    title: 'A pool rests on a statutory power and an agreement',
    statement:
      '"Pooled budgets are created under statutory powers": each pool in force names its legal basis and records ' +
      'the agreement it is made under.',
    severity: 'GOOD_PRACTICE',
    subject: 'ARRANGEMENT',
    sources: [auditCommission('¶107'), pathfinders('¶135'), pathfinders('¶72')],
  },
];
