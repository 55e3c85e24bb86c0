import { boardRules } from './board-rule-catalogue';
import { planRules } from './plan-rule-catalogue';
import type { RuleDefinition } from './rule-catalogue';
import { reported } from './rule-sources';
import { structureRules } from './structure-rule-catalogue';
import { unjudgedRules } from './unjudged-rule-catalogue';

/** A reported rule of the guidance beyond DOMAIN.md §4; its number is its place in the catalogue. */
export type GuidanceRule = Omit<RuleDefinition, 'number' | 'enforcement' | 'enforcementReason'> &
  Partial<Pick<RuleDefinition, 'enforcementReason'>>;

/** Why a rule is reported: warned of on the writes that break it, judged as at a date, or unjudgeable. */
function reasonFor(rule: GuidanceRule): string {
  if (rule.notJudgedBecause)
    return 'Nothing the registry records can break it, so nothing is refused: it is reported UNKNOWN.';
  if (rule.warnsOn?.length) return reported;
  return (
    'No statute forbids the state and areas were found in it, so a registry that refused it could not record them: ' +
    '`compliance` reports it as at any date.'
  );
}

/**
 * The checkable rules of the sources beyond DOMAIN.md §4's sixteen and the plan rules numbered 17–19: the board
 * and its partnerships, the plans and budgets, those the registry lacks the records to judge, then the rules on how
 * the trust's parts are joined (numbered last, so no earlier number moved when they were added). All are reported:
 * none describes a state a statute forbids, and areas were found in each (003 ¶58, ¶71, ¶94, ¶111).
 */
export const guidanceRules: readonly RuleDefinition[] = [
  ...boardRules,
  ...planRules,
  ...unjudgedRules,
  ...structureRules,
].map((rule, index) => ({
  ...rule,
  number: 20 + index,
  enforcement: 'REPORTED' as const,
  enforcementReason: rule.enforcementReason ?? reasonFor(rule),
}));
