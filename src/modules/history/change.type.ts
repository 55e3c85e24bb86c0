import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { changes } from '../../../schema/database/index';
import { ConnectionOf } from '../../shared/connection';
import { DateTimeScalar } from '../../shared/scalars';
import type { ChangeRedactor } from './redaction';

export type ChangeRow = typeof changes.$inferSelect;

export const ChangeImage = { BEFORE: 'BEFORE', AFTER: 'AFTER' } as const;

registerEnumType(ChangeImage, {
  name: 'ChangeImage',
  description: 'The record before a change, or after it.',
  valuesConfig: {
    BEFORE: { description: 'The record as it stood before the change (absent for a create).' },
    AFTER: { description: 'The record as the change left it.' },
  },
});

@ObjectType({
  description:
    'A value of a change that the caller may not read: set to null in `before` or `after`, as the field that shows ' +
    'it would be.',
})
export class RedactedValue {
  @Field(() => ChangeImage, { description: 'Whether it was left out of `before` or of `after`.' })
  image!: keyof typeof ChangeImage;

  @Field(() => String, { description: 'Its key in that image, e.g. `summary`.' })
  key!: string;

  @Field(() => String, { description: 'The field whose rule refused it, e.g. `Decision.summary`.' })
  field!: string;

  @Field(() => String, { description: 'The action that rule required, e.g. `lscb:read`.' })
  action!: string;

  @Field(() => String, { description: 'Always REDACTED_BY_POLICY, as on a refused field.' })
  reason!: string;
}

@ObjectType({
  description:
    'One change made through the API: who, when, which operation, the record before and after. Each value in ' +
    '`before` and `after` is shown only where the caller could read that field of that record, both as the change ' +
    'left it and as it is now; otherwise it is null and listed in `redactions`.',
})
export class Change {
  organisationId!: string | null;
  areaId!: string | null;
  /** The stored change, images unredacted: `before` and `after` are resolved through `redactor`. */
  row!: ChangeRow;
  redactor!: ChangeRedactor;

  @Field(() => DateTimeScalar, { description: 'When the change was committed.' })
  changedAt!: Date;

  @Field(() => String, { description: 'Who made it: the token subject, or the API key.' })
  subject!: string;

  @Field(() => String, { description: 'The mutation, e.g. appointMember.' })
  operation!: string;

  @Field(() => String, { description: 'The type of record changed.' })
  recordType!: string;

  @Field(() => ID, { description: 'Global id of the record changed.' })
  record!: string;
}

@ObjectType({ description: 'A page of changes.' })
export class ChangeConnection extends ConnectionOf(Change, 'Change') {}
