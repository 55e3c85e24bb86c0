import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { ComplianceFinding } from '../compliance/index';
import { DateScalar } from '../../shared/scalars';
import { DocumentKind, DocumentStatus, LegalStatus, TermsOfReferenceItem } from './body.enums';
import { Body, BodyDocument, BodyLegalStatus, BodySuccession } from './body.type';

const retryKey = {
  nullable: true,
  description: 'Any unique string: retrying with the same one never records twice.',
} as const;

@InputType({
  description:
    'A change of a body’s legal status from a date, e.g. a board becoming statutory (001 ¶4). The status holding ' +
    'until then ends that day.',
})
export class RecordBodyLegalStatusInput {
  @Field(() => ID, { description: 'The body.' })
  body!: string;

  @Field(() => LegalStatus, { description: 'Its legal status from that day.' })
  status!: keyof typeof LegalStatus;

  @Field(() => DateScalar, {
    description: 'First day it holds: within the body’s existence, and after the current status began.',
  })
  validFrom!: Date;

  @Field(() => String, retryKey)
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Ends a legal status on a date, leaving none recorded from then; it stays in the history.' })
export class EndBodyLegalStatusInput {
  @Field(() => ID, { description: 'The legal status, by the `id` it shows in `legalStatuses`.' })
  legalStatus!: string;

  @Field(() => DateScalar, { description: 'First day it no longer holds.' })
  endOn!: Date;

  @Field(() => Int, { description: 'Its `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

@InputType({ description: 'A version of a body’s terms of reference, constitution, agreement or protocol.' })
export class RecordBodyDocumentInput {
  @Field(() => ID, { description: 'The body it governs.' })
  body!: string;

  @Field(() => DocumentKind, { description: 'Kind of document.' })
  kind!: keyof typeof DocumentKind;

  @Field(() => String, { description: 'Its title.' })
  @Bounds({ text: 'name' })
  title!: string;

  @Field(() => String, {
    description: 'Its version label, e.g. "2008 revision"; one document per body, kind and label.',
  })
  @Bounds({ text: 'code' })
  documentVersion!: string;

  @Field(() => DocumentStatus, {
    description: 'Draft (confidential to the parties and the secretariat), adopted or superseded.',
  })
  status!: keyof typeof DocumentStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'When it was adopted, within the body’s existence: required for an adopted document, refused for a draft.',
  })
  adoptedOn?: Date | null;

  @Field(() => [TermsOfReferenceItem], { description: 'Which of the nine 003 Table 5 matters it covers.' })
  covers!: (keyof typeof TermsOfReferenceItem)[];

  @Field(() => String, retryKey)
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({
  description:
    'Changes to a document; leave out what stays. Its kind and version label never change: record a new version. ' +
    'A status only moves forward: draft, adopted, superseded.',
})
export class UpdateBodyDocumentInput {
  @Field(() => ID, { description: 'The document, by the `id` it shows in `documents` or `draftDocuments`.' })
  document!: string;

  @Field(() => Int, { description: 'Its `version` as you read it; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'A corrected title.' })
  @Bounds({ text: 'name' })
  title?: string | null;

  @Field(() => DocumentStatus, { nullable: true, description: 'A later status: adopted, or superseded.' })
  status?: keyof typeof DocumentStatus | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it was adopted; needed when adopting unless already recorded.',
  })
  adoptedOn?: Date | null;

  @Field(() => [TermsOfReferenceItem], { nullable: true, description: 'The matters it covers, all of them.' })
  covers?: (keyof typeof TermsOfReferenceItem)[] | null;
}

@InputType({ description: 'One body succeeding another, e.g. the ACPC replaced by the LSCB (004 Box 2.1).' })
export class RecordBodySuccessionInput {
  @Field(() => ID, { description: 'The body that gave way; it must have begun before the succession.' })
  predecessor!: string;

  @Field(() => ID, { description: 'The body that took over; it must exist on the day of the succession.' })
  successor!: string;

  @Field(() => DateScalar, { description: 'When the succession took effect.' })
  occurredOn!: Date;

  @Field(() => String, retryKey)
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@ObjectType({ description: 'A legal status as it now stands, and its body.' })
export class BodyLegalStatusPayload {
  @Field(() => BodyLegalStatus, { description: 'The legal status recorded or ended.' })
  legalStatus!: BodyLegalStatus;

  @Field(() => Body, { description: 'Its body, whose `legalStatuses` show any status this one ended.' })
  body!: Body;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}

@ObjectType({ description: 'A document as it now stands, and its body.' })
export class BodyDocumentPayload {
  @Field(() => BodyDocument, {
    nullable: true,
    description:
      'The document recorded or changed. Drafts and an LSCB’s documents follow the rules of `Body.draftDocuments` ' +
      'and `Body.documents`, which those who may write them always meet.',
  })
  document!: BodyDocument | null;

  @Field(() => Body, { description: 'The body it governs.' })
  body!: Body;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => [ComplianceFinding], {
    description:
      'Rules of `complianceRules` that adopted terms of reference leave unmet on the day of adoption (items of ' +
      '003 Table 5 they miss). The document is recorded: these say what needs putting right.',
  })
  warnings!: ComplianceFinding[];
}

@ObjectType({ description: 'A succession as recorded, and the two bodies.' })
export class BodySuccessionPayload {
  @Field(() => BodySuccession, { description: 'The succession.' })
  succession!: BodySuccession;

  @Field(() => Body, { description: 'The body that gave way.' })
  predecessor!: Body;

  @Field(() => Body, { description: 'The body that took over.' })
  successor!: Body;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
