import { Field, ObjectType } from 'type-graphql';
import type { decisions, ratifications } from '../../../schema/database/index';
import type { IsoDate } from '../../shared/dates';
import { Node, RegistryRecord, SourceCitation } from '../../shared/record.type';
import { DateScalar, DateTimeScalar } from '../../shared/scalars';
import { DecisionStatus, RatificationStatus } from './delegation.enums';

export type DecisionRow = typeof decisions.$inferSelect;
export type RatificationRow = typeof ratifications.$inferSelect;

@ObjectType({
  implements: Node,
  description: 'A decision of a body: a recommendation until partners ratify it, unless taken under a delegation.',
})
export class Decision extends RegistryRecord {
  bodyId!: string;
  delegationId!: string | null;

  @Field(() => DateScalar, { description: 'When the body took it.' })
  decidedOn!: IsoDate;

  @Field(() => String, {
    nullable: true,
    description: 'What was decided, in words; null unless published, or for an LSCB, unless you sit on it.',
  })
  summary!: string;

  @Field(() => DecisionStatus, { description: 'Recommendation, decided under delegation, ratified, or rejected.' })
  status!: keyof typeof DecisionStatus;

  @Field(() => Boolean, { description: 'Whether the decision has been made public (003 F9).' })
  published!: boolean;
}

@ObjectType({
  description: 'A partner’s formal answer to a body’s decision: it binds the partner only once ratified (003 ¶3).',
})
export class Ratification {
  decisionId!: string;
  organisationId!: string;
  asOf!: IsoDate;

  @Field(() => RatificationStatus, { description: 'Pending, ratified or rejected.' })
  status!: keyof typeof RatificationStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When the partner answered; null while pending.' })
  decidedOn!: IsoDate | null;

  @Field(() => [SourceCitation], { description: 'Where this comes from.' })
  sources!: SourceCitation[];

  @Field(() => DateTimeScalar, { description: 'When the registry recorded it.' })
  createdAt!: Date;
}
