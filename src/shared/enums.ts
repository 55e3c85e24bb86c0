import { registerEnumType } from 'type-graphql';

export interface EnumValueLabel {
  label: string;
  source?: { document: string; locator: string };
  alternativeLabels?: string[];
}

/**
 * Exposes a database enum as a GraphQL enum with the same values, each described by its label and source, so the
 * explorer documents the codes in the domain's own words.
 */
export function registerDatabaseEnum<Value extends string>(
  values: readonly Value[],
  name: string,
  description: string,
  labels?: Record<Value, EnumValueLabel>,
): Record<Value, Value> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<Value, Value>;
  const valuesConfig = labels
    ? Object.fromEntries(values.map((value) => [value, { description: describe(labels[value]) }]))
    : undefined;
  registerEnumType(enumObject, { name, description, valuesConfig: valuesConfig as never });
  return enumObject;
}

function describe(label: EnumValueLabel): string {
  const others = label.alternativeLabels?.length ? ` (also "${label.alternativeLabels.join('", "')}")` : '';
  const source = label.source ? ` [${label.source.document} ${label.source.locator}]` : '';
  return `${label.label}${others}${source}`;
}
