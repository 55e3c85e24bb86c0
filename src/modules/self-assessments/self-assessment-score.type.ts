import { Field, Float, Int, ObjectType } from 'type-graphql';

/**
 * The registry's own scale: the Audit Commission's tool is a "self-help questionnaire" with no scale (003 ¶161), so
 * the rating is ours (DOMAIN.md §2), and says how far what the question asks about is in place.
 */
export const scoreScale = [
  { score: 1, label: 'not in place' },
  { score: 2, label: 'developing' },
  { score: 3, label: 'established' },
  { score: 4, label: 'embedded and reviewed' },
] as const;

@ObjectType({ description: 'How many answers gave one score of the registry’s scale.' })
export class ScoreCount {
  @Field(() => Int, { description: 'The score, 1 to 4.' })
  score!: number;

  @Field(() => String, { description: 'What the score means on the registry’s scale.' })
  label!: string;

  @Field(() => Int, { description: 'How many answers gave it.' })
  answers!: number;
}

@ObjectType({
  description: 'A group of the questionnaire (A to G) in one self-assessment: how much is answered, and how it scores.',
})
export class SelfAssessmentGroupScore {
  @Field(() => String, { description: 'The group, `A` to `G`.' })
  groupCode!: string;

  @Field(() => String, { description: 'The group’s heading, itself a question.' })
  groupQuestion!: string;

  @Field(() => Int, { description: 'Questions and sub-items in the group.' })
  items!: number;

  @Field(() => Int, { description: 'Of them, how many are answered.' })
  answered!: number;

  @Field(() => Int, { description: 'Of the answers, how many carry a score.' })
  scored!: number;

  @Field(() => Float, { nullable: true, description: 'The mean score of the scored answers; null where none is.' })
  meanScore!: number | null;

  @Field(() => [ScoreCount], { description: 'How many answers gave each score.' })
  distribution!: ScoreCount[];
}

@ObjectType({ description: 'The others’ answers to one question, or one group, in the same cycle.' })
export class NationalScores {
  @Field(() => Int, { description: 'How many of the others’ answers carry a score.' })
  scored!: number;

  @Field(() => Float, { nullable: true, description: 'Their mean score; null where none is scored.' })
  meanScore!: number | null;

  @Field(() => [ScoreCount], { description: 'How many of their answers gave each score.' })
  distribution!: ScoreCount[];
}

@ObjectType({ description: 'One question of a self-assessment beside the national distribution of answers to it.' })
export class QuestionComparison {
  questionId!: string;

  @Field(() => String, { description: 'The group, `A` to `G`.' })
  groupCode!: string;

  @Field(() => Int, { nullable: true, description: 'This body’s score for it; null where unanswered or unscored.' })
  score!: number | null;

  @Field(() => NationalScores, { description: 'The other bodies’ published scores for it.' })
  national!: NationalScores;
}

@ObjectType({ description: 'One group of a self-assessment beside the national distribution for the group.' })
export class GroupComparison {
  @Field(() => String, { description: 'The group, `A` to `G`.' })
  groupCode!: string;

  @Field(() => String, { description: 'The group’s heading.' })
  groupQuestion!: string;

  @Field(() => Float, { nullable: true, description: 'This body’s mean score in the group.' })
  meanScore!: number | null;

  @Field(() => NationalScores, { description: 'The other bodies’ published scores in the group.' })
  national!: NationalScores;

  @Field(() => Float, {
    nullable: true,
    description: 'This body’s mean less the national mean; null where either is missing.',
  })
  difference!: number | null;
}

@ObjectType({
  description:
    'A self-assessment beside the others of its cycle and kind of body, so a board can "compare where they are with ' +
    'other areas" (003 ¶11). Only published self-assessments, and never an LSCB’s, are counted among the others.',
})
export class SelfAssessmentComparison {
  @Field(() => Int, { description: 'The published self-assessments of the same cycle and kind of body compared with.' })
  comparedWith!: number;

  @Field(() => [GroupComparison], { description: 'Per group of questions, A to G.' })
  groups!: GroupComparison[];

  @Field(() => [QuestionComparison], { description: 'Per question and sub-item, in questionnaire order.' })
  questions!: QuestionComparison[];
}

@ObjectType({ description: 'One group of the questionnaire across the published self-assessments of a cycle.' })
export class NationalGroupScore extends NationalScores {
  @Field(() => String, { description: 'The group, `A` to `G`.' })
  groupCode!: string;

  @Field(() => String, { description: 'The group’s heading.' })
  groupQuestion!: string;

  @Field(() => Int, { description: 'Questions and sub-items in the group.' })
  items!: number;

  @Field(() => Int, { description: 'How many of the self-assessments answered something in the group.' })
  assessments!: number;
}

@ObjectType({ description: 'The published self-assessments of one cycle and kind of body, summed per group.' })
export class SelfAssessmentScores {
  @Field(() => String, { description: 'The cycle, e.g. "2008-09".' })
  cycle!: string;

  @Field(() => Int, { description: 'How many published self-assessments answered at least one question.' })
  assessments!: number;

  @Field(() => [NationalGroupScore], { description: 'Per group of questions, A to G.' })
  groups!: NationalGroupScore[];
}
