import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { SelfAssessment } from './self-assessment.type';

@InputType({ description: 'A cycle of a body’s self-assessment, recorded by its secretariat.' })
export class RecordSelfAssessmentInput {
  @Field(() => ID, { description: 'The body assessing itself.' })
  body!: string;

  @Field(() => String, { description: 'The cycle, e.g. "2008-09"; one self-assessment per body and cycle.' })
  @Bounds({ text: 'code' })
  cycle!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was completed; empty while in progress.' })
  completedOn?: Date | null;

  @Field(() => String, { nullable: true, description: 'Any unique string: retrying with it never records twice.' })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'The body’s answer to one question; answering again replaces the earlier answer.' })
export class AnswerSelfAssessmentQuestionInput {
  @Field(() => ID, { description: 'The self-assessment.' })
  selfAssessment!: string;

  @Field(() => String, { description: 'The question’s code, e.g. `B5` or `B5.1`.' })
  @Bounds({ text: 'code' })
  question!: string;

  @Field(() => String, { description: 'The answer, in the body’s words.' })
  @Bounds({ text: 'text' })
  narrative!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Global ids of registry records offered as evidence.' })
  evidence!: string[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Where the body stands on the question, on the registry’s scale: 1 not in place, 2 developing, 3 established, 4 embedded and reviewed; empty for none.',
  })
  score?: number | null;

  @Field(() => Int, { description: 'The self-assessment’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@InputType({ description: 'Publishes a self-assessment: its answers become public (003 ¶11), and count nationally.' })
export class PublishSelfAssessmentInput {
  @Field(() => ID, { description: 'The self-assessment.' })
  selfAssessment!: string;

  @Field(() => Int, { description: 'The self-assessment’s `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'The self-assessment as it now stands.' })
export class SelfAssessmentPayload {
  @Field(() => SelfAssessment, { description: 'The self-assessment.' })
  selfAssessment!: SelfAssessment;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
