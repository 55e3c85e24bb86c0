import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { selfAssessmentAnswers, selfAssessmentQuestions, selfAssessments } from '../../../schema/database/index';
import type { IsoDate } from '../../shared/dates';
import { Node, RegistryRecord, SourceCitation } from '../../shared/record.type';
import { DateScalar, DateTimeScalar } from '../../shared/scalars';

export type SelfAssessmentQuestionRow = typeof selfAssessmentQuestions.$inferSelect;
export type SelfAssessmentRow = typeof selfAssessments.$inferSelect;
export type SelfAssessmentAnswerRow = typeof selfAssessmentAnswers.$inferSelect;

@ObjectType({
  description:
    'A question, or a sub-item of one, of the Audit Commission’s self-assessment tool for children’s trust boards, ' +
    'word for word (003 Ch.6 ¶161). The tool has no scoring scale.',
})
export class SelfAssessmentQuestion {
  @Field(() => String, { description: 'The question’s code, e.g. `B5` or the sub-item `B5.1` (DOMAIN.md §6).' })
  id!: string;

  @Field(() => String, { description: 'The group it belongs to, `A` to `G`.' })
  groupCode!: string;

  @Field(() => String, { description: 'The group’s heading, itself a question.' })
  groupQuestion!: string;

  @Field(() => String, {
    nullable: true,
    description: 'For a sub-item, the code of its question; null for a question.',
  })
  parentId!: string | null;

  @Field(() => Int, { description: 'Its position in the questionnaire: sorting by it reproduces the document.' })
  ordinal!: number;

  @Field(() => String, { description: 'The text, with the source’s own spelling.' })
  text!: string;

  @Field(() => [SourceCitation], { description: 'Where this comes from.' })
  sources!: SourceCitation[];
}

@ObjectType({
  implements: Node,
  description: 'One cycle of a body’s self-assessment against the Audit Commission’s questions.',
})
export class SelfAssessment extends RegistryRecord {
  bodyId!: string;

  @Field(() => String, { description: 'The cycle, e.g. "2008-09".' })
  cycle!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was completed; null while in progress.' })
  completedOn!: IsoDate | null;

  @Field(() => Boolean, { description: 'Whether it has been made public (003 ¶11).' })
  published!: boolean;
}

@ObjectType({ description: 'A body’s answer to one question in one self-assessment.' })
export class SelfAssessmentAnswer {
  selfAssessmentId!: string;
  questionId!: string;
  asOf!: IsoDate;

  @Field(() => String, { description: 'The answer, in the body’s words.' })
  narrative!: string;

  @Field(() => [ID], {
    description: 'Global ids of the registry records offered as evidence, as stored, including any since deleted.',
  })
  evidenceIds!: string[];

  @Field(() => Int, {
    nullable: true,
    description:
      'The body’s rating on the registry’s scale (1 not in place, 2 developing, 3 established, 4 embedded and reviewed); the tool has none of its own (003 ¶161).',
  })
  score!: number | null;

  @Field(() => [SourceCitation], { description: 'Where this comes from.' })
  sources!: SourceCitation[];

  @Field(() => DateTimeScalar, { description: 'When the registry recorded it.' })
  createdAt!: Date;
}
