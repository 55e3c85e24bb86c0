import { registerEnumType } from 'type-graphql';

export const RuleSeverity = {
  STATUTORY_DUTY: 'STATUTORY_DUTY',
  GUIDANCE: 'GUIDANCE',
  GOOD_PRACTICE: 'GOOD_PRACTICE',
} as const;

registerEnumType(RuleSeverity, {
  name: 'RuleSeverity',
  description: 'How strongly the sources bind an area to a rule.',
  valuesConfig: {
    STATUTORY_DUTY: { description: 'A duty of the Children Act 2004 or of statutory guidance ("must").' },
    GUIDANCE: { description: 'What the guidance expects ("should").' },
    GOOD_PRACTICE: { description: 'What inspectors and evaluations found works, or an invariant of the registry.' },
  },
});

export const RuleSubject = {
  AREA: 'AREA',
  BODY: 'BODY',
  PLAN: 'PLAN',
  ARRANGEMENT: 'ARRANGEMENT',
  DELEGATION: 'DELEGATION',
} as const;

registerEnumType(RuleSubject, {
  name: 'RuleSubject',
  description: 'The kind of record a rule is judged on.',
  valuesConfig: {
    AREA: { description: 'A children’s services authority’s area and its arrangements as a whole.' },
    BODY: { description: 'One body, such as the board or the LSCB.' },
    PLAN: { description: 'One plan, such as the CYPP.' },
    ARRANGEMENT: { description: 'One pooled or aligned budget arrangement.' },
    DELEGATION: { description: 'One delegation of a power.' },
  },
});

export const RuleEnforcement = { REFUSED_AT_WRITE: 'REFUSED_AT_WRITE', REPORTED: 'REPORTED' } as const;

registerEnumType(RuleEnforcement, {
  name: 'RuleEnforcement',
  description: 'Where the registry holds a rule.',
  valuesConfig: {
    REFUSED_AT_WRITE: { description: 'A write that would break it is refused, so no record breaks it.' },
    REPORTED: { description: 'Writes that break it succeed; `compliance` reports the breach as at any date.' },
  },
});

export const FindingOutcome = {
  MET: 'MET',
  NOT_MET: 'NOT_MET',
  NOT_APPLICABLE: 'NOT_APPLICABLE',
  UNKNOWN: 'UNKNOWN',
} as const;

registerEnumType(FindingOutcome, {
  name: 'FindingOutcome',
  description: 'What a rule found on the date.',
  valuesConfig: {
    MET: { description: 'The records show the rule met.' },
    NOT_MET: { description: 'The records show a breach; `missing` and `evidence` say what.' },
    NOT_APPLICABLE: { description: 'The rule does not apply on the date (no districts, no CYPP in force …).' },
    UNKNOWN: { description: 'The registry lacks the data, or the data is not the viewer’s to read.' },
  },
});
