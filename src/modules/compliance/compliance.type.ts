import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { IsoDate } from '../../shared/dates';
import { SourceCitation } from '../../shared/record.type';
import { DateScalar } from '../../shared/scalars';
import { Area } from '../areas/index';
import { FindingOutcome, RuleEnforcement, RuleSeverity, RuleSubject } from './compliance.enums';

@ObjectType({ description: 'A rule the registry checks, with its source.' })
export class ComplianceRule {
  @Field(() => ID, { description: 'Stable id, e.g. `board.relevant-partners`: it never changes meaning.' })
  id!: string;

  @Field(() => Int, { description: 'The rule’s number in the registry’s domain brief (§4).' })
  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'What the rule asks, in the sources’ words where they have them.' })
  statement!: string;

  @Field(() => RuleSeverity)
  severity!: keyof typeof RuleSeverity;

  @Field(() => RuleSubject)
  subject!: keyof typeof RuleSubject;

  @Field(() => RuleEnforcement)
  enforcement!: keyof typeof RuleEnforcement;

  @Field(() => String, { description: 'Why the rule is refused at write time, or reported, where that is a choice.' })
  enforcementReason!: string;

  @Field(() => [SourceCitation], { description: 'The source passages the rule rests on.' })
  sources!: SourceCitation[];

  @Field(() => [String], {
    description: 'The mutations that can break a reported rule; their payloads carry it in `warnings` when they do.',
  })
  get warnsOn(): readonly string[] {
    return this.warnsOnList ?? [];
  }

  warnsOnList?: readonly string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Why the registry cannot judge the rule from what it records, where it cannot: `compliance` reports such a ' +
      'rule `UNKNOWN` with this reason, so the catalogue holds what the guidance asks, not only what data shows.',
  })
  notJudgedBecause?: string | null;
}

@ObjectType({
  description: 'A record that shows a finding’s outcome: a seat that meets the rule, a line that breaks it.',
})
export class FindingEvidence {
  @Field(() => String, { description: 'The record’s type, e.g. `Membership`, `AccountabilityLine`.' })
  recordType!: string;

  @Field(() => ID, { description: 'The record’s global id, for `node(id:)`.' })
  recordId!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true, description: 'What about the record matters here (a role, a line kind).' })
  note!: string | null;
}

@ObjectType({ description: 'Something a rule expects that the area lacks.' })
export class MissingItem {
  @Field(() => String, {
    description: 'A stable code: an organisation kind, a terms-of-reference item, a plan or line kind, or `Area`.',
  })
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true, description: 'Where it is instead, or why it cannot be there.' })
  note!: string | null;

  @Field(() => ID, { nullable: true, description: 'The record concerned, where there is one.' })
  recordId!: string | null;
}

@ObjectType({ description: 'One rule judged on one subject as at a date.' })
export class ComplianceFinding {
  @Field(() => ComplianceRule)
  rule!: ComplianceRule;

  @Field(() => String, { description: 'The subject’s type: `Area`, `Body` or `Plan`.' })
  subjectType!: string;

  @Field(() => ID, { description: 'The subject’s global id.' })
  subjectId!: string;

  @Field(() => String)
  subjectLabel!: string;

  @Field(() => FindingOutcome)
  outcome!: keyof typeof FindingOutcome;

  @Field(() => String, { description: 'The outcome in a sentence.' })
  explanation!: string;

  @Field(() => [FindingEvidence])
  evidence!: FindingEvidence[];

  @Field(() => [MissingItem])
  missing!: MissingItem[];
}

@ObjectType({ description: 'How an area’s arrangements measure against the statute and the guidance on a date.' })
export class AreaCompliance {
  @Field(() => Area)
  area!: Area;

  @Field(() => DateScalar, { description: 'The date judged.' })
  asOf!: IsoDate;

  @Field(() => [ComplianceFinding], { description: 'Every reported rule of the catalogue, in its order.' })
  findings!: ComplianceFinding[];

  @Field(() => Int)
  met!: number;

  @Field(() => Int)
  notMet!: number;

  @Field(() => Int)
  unknown!: number;

  @Field(() => Int)
  notApplicable!: number;
}
