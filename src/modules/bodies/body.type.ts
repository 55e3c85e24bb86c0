import { Field, ID, Int, ObjectType } from 'type-graphql';
import type {
  bodies,
  bodyAliases,
  bodyDocuments,
  bodyWorkings,
  bodyLegalStatuses,
  bodySuccessions,
} from '../../../schema/database/index';
import type { IsoDate } from '../../shared/dates';
import { DatedFact, DatedRecord, Node, SourceCitation } from '../../shared/record.type';
import { DateScalar, DateTimeScalar } from '../../shared/scalars';
import {
  BodyKind,
  BodyLevel,
  BodyRole,
  ChairType,
  DecisionRule,
  DocumentKind,
  DocumentStatus,
  GovernanceModel,
  LegalStatus,
  ScrutinyKind,
  TermsOfReferenceItem,
  VotingArrangement,
} from './body.enums';

export type BodyRow = typeof bodies.$inferSelect;
export type BodyWorkingsRow = typeof bodyWorkings.$inferSelect;
export type BodyAliasRow = typeof bodyAliases.$inferSelect;
export type BodyLegalStatusRow = typeof bodyLegalStatuses.$inferSelect;
export type BodyDocumentRow = typeof bodyDocuments.$inferSelect;
export type BodySuccessionRow = typeof bodySuccessions.$inferSelect;

@ObjectType({
  implements: Node,
  description: "Any partnership or group: a children's trust board, LSP, LSCB, CDRP, sub-group, locality board…",
})
export class Body extends DatedRecord {
  areaId!: string;

  @Field(() => String, { description: 'The body’s name; `aliases` lists the others it is known by.' })
  name!: string;

  @Field(() => BodyKind, {
    description: 'What kind of body it is (the same as `bodyKind`).',
    deprecationReason:
      'Use `bodyKind`: `kind` is an enum of its own on each type, so `... on Body { kind } ... on Organisation { kind }` cannot be asked together.',
  })
  kind!: keyof typeof BodyKind;

  @Field(() => BodyKind, {
    description: 'What kind of body it is. Named for its type, so it sits beside `Organisation.organisationKind`.',
  })
  get bodyKind(): keyof typeof BodyKind {
    return this.kind;
  }

  @Field(() => BodyLevel, { description: 'Strategic, executive or operational.' })
  level!: keyof typeof BodyLevel;

  @Field(() => String, { nullable: true, description: 'How often it meets, in words.' })
  meetingFrequency!: string | null;

  @Field(() => ScrutinyKind, {
    nullable: true,
    description: 'For a scrutiny committee, what it scrutinises (003 ¶149); null for any other body.',
  })
  scrutinyKind!: keyof typeof ScrutinyKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was established.' })
  established!: IsoDate | null;
}

/** The id and version every changeable part of a body shows; `uuid` is the row key, kept off the schema. */
const partId = { description: 'Opaque global id: name it to change or end this, or to read its history.' } as const;
const partVersion = {
  description: 'Goes up by one with every change; send it back as `expectedVersion` to change it.',
} as const;

@ObjectType({ description: 'A body’s legal status for a period.' })
export class BodyLegalStatus extends DatedFact {
  uuid!: string;
  bodyId!: string;

  @Field(() => ID, partId)
  id!: string;

  @Field(() => Int, partVersion)
  version!: number;

  @Field(() => LegalStatus, { description: 'The status.' })
  status!: keyof typeof LegalStatus;
}

@ObjectType({
  description:
    'How a body worked over a period: its model, role, chair, voting and decision rule. A change of any of them ' +
    'ends one period and starts the next; a null is not known.',
})
export class BodyWorkings extends DatedFact {
  uuid!: string;
  bodyId!: string;

  @Field(() => ID, partId)
  id!: string;

  @Field(() => Int, partVersion)
  version!: number;

  @Field(() => GovernanceModel, { nullable: true, description: 'Model A or Model B (004 ¶77).' })
  governanceModel!: keyof typeof GovernanceModel | null;

  @Field(() => BodyRole, { nullable: true, description: 'Advisory or decision-making (004 ¶69).' })
  role!: keyof typeof BodyRole | null;

  @Field(() => ChairType, { nullable: true, description: 'Who chaired it (003 Table 3, 004 ¶87).' })
  chairType!: keyof typeof ChairType | null;

  @Field(() => VotingArrangement, { nullable: true, description: 'How members voted (004 ¶89).' })
  votingArrangement!: keyof typeof VotingArrangement | null;

  @Field(() => DecisionRule, { nullable: true, description: 'How decisions were reached (004 Table 2.3).' })
  decisionRule!: keyof typeof DecisionRule | null;
}

@ObjectType({ description: 'Another name a body was known by, for the period it was used.' })
export class BodyAlias extends DatedFact {
  uuid!: string;
  bodyId!: string;

  @Field(() => ID, partId)
  id!: string;

  @Field(() => Int, partVersion)
  version!: number;

  @Field(() => String, { description: 'The name.' })
  alias!: string;
}

@ObjectType({ description: 'A version of a governing document: terms of reference, constitution, agreement.' })
export class BodyDocument {
  uuid!: string;
  bodyId!: string;

  @Field(() => ID, partId)
  id!: string;

  @Field(() => Int, partVersion)
  version!: number;

  @Field(() => DocumentKind, { description: 'Kind of document.' })
  kind!: keyof typeof DocumentKind;

  @Field(() => String, { description: 'Its title.' })
  title!: string;

  @Field(() => String, { description: 'Its version label.' })
  documentVersion!: string;

  @Field(() => DocumentStatus, { description: 'Draft, adopted or superseded.' })
  status!: keyof typeof DocumentStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When it was adopted.' })
  adoptedOn!: IsoDate | null;

  @Field(() => [TermsOfReferenceItem], { description: 'Which of the 003 Table 5 matters it covers.' })
  covers!: (keyof typeof TermsOfReferenceItem)[];

  @Field(() => DateTimeScalar, { description: 'When the registry recorded it.' })
  createdAt!: Date;

  @Field(() => [SourceCitation], { description: 'Where this comes from.' })
  sources!: SourceCitation[];
}

@ObjectType({ description: 'One body succeeding another, e.g. an ACPC replaced by the LSCB.' })
export class BodySuccession {
  uuid!: string;
  predecessorId!: string;
  successorId!: string;
  asOf!: IsoDate;

  @Field(() => ID, { description: 'Opaque global id: name it to read its history.' })
  id!: string;

  @Field(() => ID, {
    description: 'The id of the record itself, whatever date it was read as at (see `Node.recordId`).',
  })
  recordId!: string;

  @Field(() => DateScalar, { description: 'When it took effect.' })
  occurredOn!: IsoDate;

  @Field(() => [SourceCitation], { description: 'Where this comes from.' })
  sources!: SourceCitation[];
}
