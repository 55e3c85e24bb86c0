import { ComplianceFinding } from '../compliance/index';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { Decision, Ratification } from './decision.type';
import { DecisionStatus, RatificationStatus } from './delegation.enums';

@InputType({ description: 'A decision a body has taken.' })
export class RecordDecisionInput {
  @Field(() => ID, { description: 'The body that took it.' })
  body!: string;

  @Field(() => DateScalar, { description: 'When the body took it.' })
  decidedOn!: Date;

  @Field(() => String, { description: 'What was decided, in words.' })
  @Bounds({ text: 'text' })
  summary!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The delegation to the body it was taken under; required for DECIDED_UNDER_DELEGATION.',
  })
  delegation?: string | null;

  @Field(() => DecisionStatus, { defaultValue: 'RECOMMENDATION', description: 'Where the decision stands.' })
  status!: keyof typeof DecisionStatus;

  @Field(() => Boolean, { defaultValue: false, description: 'Whether the decision has been made public.' })
  published!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: retrying with the same one never records twice.',
  })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Your organisation’s formal answer to a body’s decision.' })
export class RatifyDecisionInput {
  @Field(() => ID, { description: 'The decision.' })
  decision!: string;

  @Field(() => RatificationStatus, { description: 'RATIFIED or REJECTED.' })
  status!: keyof typeof RatificationStatus;

  @Field(() => DateScalar, { description: 'When your organisation answered; on or after the decision.' })
  decidedOn!: Date;
}

@ObjectType({ description: 'The decision as it now stands.' })
export class DecisionPayload {
  @Field(() => Decision, { description: 'The decision.' })
  decision!: Decision;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => [ComplianceFinding], {
    description:
      'Rules of `complianceRules` the decision breaks on the day it was taken (e.g. recorded as ratified with no ' +
      'partner’s ratification). The decision is recorded: these say what needs putting right.',
  })
  warnings!: ComplianceFinding[];
}

@ObjectType({ description: 'A partner’s answer to a decision, as now recorded.' })
export class RatificationPayload {
  @Field(() => Ratification, { description: 'The ratification.' })
  ratification!: Ratification;

  @Field(() => Decision, { description: 'The decision answered.' })
  decision!: Decision;
}
