import type { SourceCitation } from '../../../schema/database/index';

/** How strongly the sources bind an area to a rule. */
export type RuleSeverity = 'STATUTORY_DUTY' | 'GUIDANCE' | 'GOOD_PRACTICE';

/** The kind of record a rule is judged on. */
export type RuleSubject = 'AREA' | 'BODY' | 'PLAN' | 'ARRANGEMENT' | 'DELEGATION';

/**
 * Where the registry holds the rule: refused at write time, because the state it forbids cannot be recorded at all,
 * or reported by `compliance`, because real areas were in that state and the registry must be able to say so.
 */
export type RuleEnforcement = 'REFUSED_AT_WRITE' | 'REPORTED';

export interface RuleDefinition {
  /** Stable id, e.g. `board.relevant-partners`: clients keep it, so it never changes meaning. */
  id: string;
  /** DOMAIN.md §4's number for the rule; rules the sources set beyond §4 are numbered on from 17. */
  number: number;
  title: string;
  /** What the rule asks, in the sources' words where they have them. */
  statement: string;
  severity: RuleSeverity;
  subject: RuleSubject;
  enforcement: RuleEnforcement;
  sources: SourceCitation[];
  /** Why it is refused rather than reported, or the reverse, where that is a choice. */
  enforcementReason: string;
  /** The writes that can break a reported rule, whose payloads carry it in `warnings` when they do. */
  warnsOn?: readonly string[];
  /**
   * Why the registry cannot judge the rule from what it records, where it cannot: such a rule is catalogued so that
   * a reader knows the guidance asks it, and `compliance` reports it UNKNOWN with this reason.
   */
  notJudgedBecause?: string;
}

import { guidanceRules } from './guidance-rule-catalogue';
import { auditCommission, childrenEngland, consultation, guidance2008, pathfinders, reported } from './rule-sources';

/**
 * Every rule of DOMAIN.md §4 the registry checks, with its source, then the guidance's further rules. `compliance(areaCode:, asOf:)` evaluates the
 * reported ones as at a date; the refused ones are held by the write path and its constraints, so no area can be
 * recorded in breach of them.
 */
const domainRules: readonly RuleDefinition[] = [
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
    id: 'plan.lscb-consulted',
    number: 3,
    title: 'LSCB consulted on the CYPP',
    statement: 'The trust must consult the LSCB on the Children and Young People’s Plan before the plan is adopted.',
    severity: 'STATUTORY_DUTY',
    subject: 'PLAN',
    enforcement: 'REPORTED',
    sources: [guidance2008('App. 1')],
    enforcementReason:
      'Plans adopted before the 2008 guidance were adopted without a recorded consultation; the registry records ' +
      'them as they were and reports the gap.',
  },
  {
    id: 'lscb.independence',
    number: 4,
    title: 'LSCB independence',
    statement:
      'The LSCB is not accountable to, nor a sub-group of, the children’s trust board, directly or through other ' +
      'bodies; it is formally represented on the board.',
    severity: 'GUIDANCE',
    subject: 'AREA',
    enforcement: 'REPORTED',
    sources: [pathfinders('¶84'), consultation('Q4'), childrenEngland('Q2')],
    enforcementReason: 'Some areas did make the LSCB accountable to the board (004 ¶84): recorded, and reported.',
    warnsOn: ['recordAccountabilityLine'],
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
    subject: 'AREA',
    enforcement: 'REPORTED',
    sources: [auditCommission('¶44'), auditCommission('¶148'), guidance2008('App. 1')],
    enforcementReason: reported,
  },
  {
    id: 'decision.formalised',
    number: 9,
    title: 'Decisions need formalising',
    statement:
      'A decision that commits a partner’s resources needs that partner’s delegation or its ratification; a ' +
      'decision recorded as ratified has at least one partner’s ratification.',
    severity: 'GUIDANCE',
    subject: 'BODY',
    enforcement: 'REPORTED',
    sources: [auditCommission('¶3'), auditCommission('¶103'), pathfinders('¶79'), pathfinders('Table 2.3')],
    enforcementReason: reported,
    warnsOn: ['recordDecision'],
  },
  {
    id: 'delegation.within-delegator',
    number: 10,
    title: 'A delegate never exceeds its delegator',
    statement:
      'A delegation’s scope, cap and period lie within what the delegator holds; sub-delegation needs permission; ' +
      'reserved matters are never delegated.',
    severity: 'GOOD_PRACTICE',
    subject: 'DELEGATION',
    enforcement: 'REFUSED_AT_WRITE',
    sources: [pathfinders('Table 2.4'), pathfinders('Table 2.2')],
    enforcementReason:
      'A power nobody holds cannot be exercised: such a delegation would record nothing real. A pooling power ' +
      'is held only by the parties its statute names (004 ¶136), so delegatePower refuses it from anyone else, ' +
      'e.g. a voluntary body delegating the s10 pooled-fund power.',
  },
  {
    id: 'arrangement.parties-fit-basis',
    number: 11,
    title: 'Pool parties fit the legal basis',
    statement:
      'Under s31 the parties are local authorities and health bodies; under s10, the authority and its relevant ' +
      'partners.',
    severity: 'STATUTORY_DUTY',
    subject: 'ARRANGEMENT',
    enforcement: 'REFUSED_AT_WRITE',
    sources: [pathfinders('¶136'), pathfinders('Table 2.3')],
    enforcementReason: 'The statute gives no power to pool outside these parties: the state is unlawful, not late.',
  },
  {
    id: 'arrangement.one-host',
    number: 12,
    title: 'One host per pool',
    statement: 'A pooled budget has exactly one host; an aligned budget has no pooled fund.',
    severity: 'STATUTORY_DUTY',
    subject: 'ARRANGEMENT',
    enforcement: 'REFUSED_AT_WRITE',
    sources: [pathfinders('¶135'), auditCommission('¶114')],
    enforcementReason: 'A pool is defined by its host’s accounts: a second host is no pool.',
  },
  {
    id: 'lines.acyclic',
    number: 13,
    title: 'No accountability cycles',
    statement: 'Accountable-to, reports-to and sub-group-of lines form an acyclic graph at every date.',
    severity: 'GOOD_PRACTICE',
    subject: 'AREA',
    enforcement: 'REFUSED_AT_WRITE',
    sources: [auditCommission('¶54'), auditCommission('¶91')],
    enforcementReason: 'A cycle leaves no answer to "who holds this body to account"; lines "should be clear".',
  },
  {
    id: 'records.temporal-integrity',
    number: 14,
    title: 'Temporal integrity',
    statement: 'An edge lies within the validity of both its ends; a body has one chair at a time.',
    severity: 'GOOD_PRACTICE',
    subject: 'BODY',
    enforcement: 'REFUSED_AT_WRITE',
    sources: [pathfinders('¶87')],
    enforcementReason: 'A seat on a body that does not exist describes nothing.',
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

export const ruleCatalogue: readonly RuleDefinition[] = [...domainRules, ...guidanceRules];

export const ruleById = new Map(ruleCatalogue.map((rule) => [rule.id, rule]));

/** The catalogue as committed in schema/compliance-rules.txt, so a change of a rule shows in review. */
export function printRuleCatalogue(): string {
  const entries = ruleCatalogue.map((rule) =>
    [
      `${rule.number}. ${rule.id}: ${rule.title} [${rule.severity}, ${rule.subject}, ${rule.enforcement}]`,
      `   ${rule.statement}`,
      `   Sources: ${rule.sources.map((source) => `${source.document} ${source.locator}`).join('; ')}`,
      `   Why ${rule.enforcement === 'REPORTED' ? 'reported' : 'refused'}: ${rule.enforcementReason}`,
      ...(rule.warnsOn?.length ? [`   Warned on the payloads of: ${rule.warnsOn.join(', ')}`] : []),
      ...(rule.notJudgedBecause ? [`   Reported UNKNOWN: ${rule.notJudgedBecause}`] : []),
    ].join('\n'),
  );
  return `# The rules the registry checks. Generated by \`npm run schema:emit\`; do not edit.\n\n${entries.join('\n\n')}\n`;
}
