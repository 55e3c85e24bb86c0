import {
  isInputObjectType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
} from 'graphql';
import {
  boundsOf,
  declaredBoundsOf,
  defaultTextKind,
  takesFloat,
  takesList,
  takesText,
  type DeclaredBounds,
} from './input-bounds';

/** One place a caller's value goes in: an argument of a field, or a field of an input type. */
export interface InputPosition {
  /** `Query.organisations(after:)` or `CreateBodyInput.name`. */
  coordinate: string;
  position: GraphQLArgument | GraphQLInputField;
  /** The field whose argument this is; none for an input field. */
  field?: GraphQLField<unknown, unknown>;
  declared: DeclaredBounds | null;
}

/** Every argument and input field of the schema, introspection aside, sorted by coordinate. */
export function inputPositions(schema: GraphQLSchema): InputPosition[] {
  const positions: InputPosition[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const argument of field.args) {
          const coordinate = `${type.name}.${field.name}(${argument.name}:)`;
          positions.push({ coordinate, position: argument, field, declared: declaredBoundsOf(argument, field) });
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        positions.push({
          coordinate: `${type.name}.${field.name}`,
          position: field,
          declared: declaredBoundsOf(field),
        });
      }
    }
  }
  return positions.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

/**
 * The bounds of every bounded position, one a line (`Type.field  String  name (300)  items 100`), for review: a
 * change to what callers may send shows in the diff of schema/input-bounds.txt.
 */
export function inputBoundLines(schema: GraphQLSchema): string[] {
  const lines: string[] = [];
  for (const { coordinate, position, field, declared } of inputPositions(schema)) {
    const parts: string[] = [];
    const bounds = boundsOf(position, field);
    if (takesText(position.type))
      parts.push(`${declared?.text ?? `${defaultTextKind(position.type)} by default`} ${bounds.maxLength}`);
    if (takesFloat(position.type))
      parts.push(declared?.range ? `${declared.range} ${bounds.min} to ${bounds.max}` : 'unbounded');
    if (takesList(position.type)) parts.push(`items ${bounds.maxItems}`);
    if (parts.length) lines.push(`${coordinate}  ${String(position.type)}  ${parts.join('  ')}`);
  }
  return lines;
}
