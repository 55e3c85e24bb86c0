import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { nodeTypeNames, partTypeNames, type RecordTypeName } from '../../shared/global-id';
import { DateScalar, DateTimeScalar } from '../../shared/scalars';

/** `AccountabilityLine` → `ACCOUNTABILITY_LINE`: the kinds of record are the record types history knows. */
export const kindOf = (type: RecordTypeName): string => type.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase();

const recordTypes: readonly RecordTypeName[] = [...nodeTypeNames, ...partTypeNames];

export const RegistryChangeKind = Object.fromEntries(recordTypes.map((type) => [kindOf(type), kindOf(type)]));

registerEnumType(RegistryChangeKind, {
  name: 'RegistryChangeKind',
  description: 'The kind of record a change was made to: one value for each type of record the history keeps.',
  valuesConfig: Object.fromEntries(
    recordTypes.map((type) => [kindOf(type), { description: `Changes to ${type} records.` }]),
  ),
});

export const RegistryChangeAction = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  ENDED: 'ENDED',
  DELETED: 'DELETED',
} as const;
export type RegistryChangeAction = keyof typeof RegistryChangeAction;

registerEnumType(RegistryChangeAction, {
  name: 'RegistryChangeAction',
  description: 'What a change did to its record, as its history shows it.',
  valuesConfig: {
    CREATED: { description: 'The record was created (its history has no earlier image).' },
    UPDATED: { description: 'The record was corrected or changed in some other way.' },
    ENDED: { description: 'The record was given an end date (`validTo`) it did not have.' },
    DELETED: { description: 'The record was removed (its history has no later image).' },
  },
});

@ObjectType({
  description:
    'One committed change, as the change feed delivers it: what kind of record, what happened, and which bodies and ' +
    'areas it touched. It carries ids and dates only; read the record itself for its values, under the usual rules. ' +
    'A change the subscriber could learn nothing from (a record they may not see, or a change only to values they ' +
    'may not read) is not delivered to them.',
})
export class RegistryChange {
  @Field(() => ID, { description: 'The change itself, unique across the registry: the same id across instances.' })
  id!: string;

  @Field(() => RegistryChangeKind, { description: 'The kind of record changed.' })
  kind!: string;

  @Field(() => RegistryChangeAction, { description: 'What the change did to it.' })
  action!: RegistryChangeAction;

  @Field(() => ID, { description: 'Global id of the record changed, as `node(id:)` and `history(id:)` take it.' })
  recordId!: string;

  @Field(() => [ID], {
    description: 'Global ids of the bodies the change touched: the body itself, or the bodies its record names.',
  })
  bodyIds!: string[];

  @Field(() => [String], { description: 'GSS codes of the areas the change was filed under (none for a power).' })
  areaCodes!: string[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the change takes effect in the registry: the end date of an ending, else the start date.',
  })
  effectiveFrom!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the change was made, in the transaction that committed it.' })
  committedAt!: Date;

  @Field(() => String, { description: 'The mutation that made it, e.g. `appointMember`.' })
  operation!: string;
}
