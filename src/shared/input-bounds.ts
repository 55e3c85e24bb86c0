import {
  getNamedType,
  GraphQLFloat,
  GraphQLID,
  GraphQLString,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * The longest text of each kind a caller may send, in characters. A free-text field names its kind with `@Bounds`;
 * one that names none gets `name` (and an ID gets `id`), so nothing is unbounded by omission.
 */
export const maxLength = {
  /** GSS and ODS codes, financial years, cycles, question numbers, versions, share bands. */
  code: 64,
  /** Global ids: base64url of the longest type name, a UUID and a date (a dated view) is 94 characters. */
  id: 120,
  /** `clientMutationId`: a UUID is the usual choice; as much as an Idempotency-Key header takes. */
  key: 200,
  /** `nameContains`: a search is for part of a name. */
  search: 200,
  /** Names, titles, aliases, short phrases. */
  name: 300,
  /** Pagination cursors: a name-sorted cursor carries the name, up to three bytes a character, in base64. */
  cursor: 2_000,
  /** Narratives, summaries, declarations, descriptions, notes: a page or two of prose. */
  text: 10_000,
} as const;

export type TextKind = keyof typeof maxLength;

/** Items in any list input, unless the field says fewer: `nodes(ids:)` and a page both stop at 100. */
export const defaultMaxItems = 100;

/** Numeric ranges by kind; every Float input names one, since JSON numbers can be as large as 1.8e308. */
export const numberRanges = {
  /** Pounds in a numeric(14, 2) column. */
  money: { min: 0, max: 999_999_999_999.99 },
  percent: { min: 0, max: 100 },
  /** A plan target's value, in a numeric(14, 4) column: a rate, a count or a percentage, and may fall below zero. */
  measure: { min: -9_999_999_999, max: 9_999_999_999 },
} as const;

/** What a field or argument declares about the values it takes. */
export interface DeclaredBounds {
  text?: TextKind;
  items?: number;
  range?: keyof typeof numberRanges;
}

/** The bounds that hold for one argument or input field: its own, else the defaults. */
export interface InputBounds {
  maxLength: number;
  maxItems: number;
  min?: number;
  max?: number;
}

const extensionKey = 'inputBounds';
const argumentsKey = 'argumentBounds';

/**
 * Declares the bounds of an input field or of a field of an `@ArgsType` class. type-graphql (2.0.0-rc.4) drops the
 * extensions of a field that an input type inherits from another, so such a field gets the default bounds.
 */
export const Bounds = (bounds: DeclaredBounds) => Extensions({ [extensionKey]: bounds });

/**
 * Declares the bounds of arguments given inline with `@Arg`, by name, on the query or field that takes them:
 * type-graphql keeps no extensions for an inline argument.
 */
export const ArgumentBounds = (bounds: Record<string, DeclaredBounds>) => Extensions({ [argumentsKey]: bounds });

type Position = GraphQLArgument | GraphQLInputField;

/** The declaration that applies to an input field, or to an argument of `field`. */
export function declaredBoundsOf(position: Position, field?: GraphQLField<unknown, unknown>): DeclaredBounds | null {
  const own = position.extensions?.[extensionKey] as DeclaredBounds | undefined;
  const inline = (field?.extensions?.[argumentsKey] as Record<string, DeclaredBounds> | undefined)?.[position.name];
  return own ?? inline ?? null;
}

/** IDs are global ids; any other text not declared otherwise is taken to be a name. */
export const defaultTextKind = (type: GraphQLInputType): TextKind => (getNamedType(type) === GraphQLID ? 'id' : 'name');

export function boundsOf(position: Position, field?: GraphQLField<unknown, unknown>): InputBounds {
  const declared = declaredBoundsOf(position, field);
  const text = declared?.text ?? defaultTextKind(position.type);
  const range = declared?.range ? numberRanges[declared.range] : undefined;
  return { maxLength: maxLength[text], maxItems: declared?.items ?? defaultMaxItems, ...range };
}

/** Whether values at this position are text (String or ID), perhaps in a list. */
export const takesText = (type: GraphQLInputType) => [GraphQLString, GraphQLID].includes(getNamedType(type) as never);

export const takesFloat = (type: GraphQLInputType) => getNamedType(type) === GraphQLFloat;

/** Whether the position takes a list at any level. */
export function takesList(type: GraphQLInputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}
