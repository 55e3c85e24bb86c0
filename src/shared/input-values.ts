import {
  GraphQLID,
  GraphQLString,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLLeafType,
} from 'graphql';
import { badUserInput } from './errors';
import { decodeGlobalId } from './global-id';
import { boundsOf, type InputBounds } from './input-bounds';

/** Input objects nest no deeper than this: the schema's own go two levels down (a post's funders). */
const maxInputDepth = 8;

/**
 * Control characters (Unicode Cc) other than tab, line feed and carriage return. NUL cannot be stored in PostgreSQL
 * text at all; the others can, but no name, code or narrative needs them, and stored they turn up invisibly in
 * exports or as terminal escapes in logs. Tab and line breaks stay: narratives are written in paragraphs.
 */
const controlCharacter = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Half of a surrogate pair on its own: not Unicode text, and drivers would store it as U+FFFD, silently. */
const loneSurrogate = /\p{Cs}/u;

/**
 * Checks one value the caller sent (a variable's JSON, or a literal made into one) against the input type of its
 * position, throwing BAD_USER_INPUT on `path` at the first problem. Values of the wrong shape are left for GraphQL's
 * own coercion to refuse, except where a leaf type's parsing refuses them here, so that its error names `path` too.
 */
export function checkInputValue(
  value: unknown,
  type: GraphQLInputType,
  bounds: InputBounds,
  path: string,
  depth = 0,
): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkInputValue(value, type.ofType, bounds, path, depth);
  if (isListType(type)) {
    // GraphQL takes a single value where a list is expected as a list of one.
    if (!Array.isArray(value)) return checkInputValue(value, type.ofType, bounds, path, depth);
    if (value.length > bounds.maxItems) {
      throw badUserInput(path, `${path}: at most ${bounds.maxItems} items; got ${value.length}`);
    }
    value.forEach((item, index) => checkInputValue(item, type.ofType, bounds, `${path}[${index}]`, depth));
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    if (depth >= maxInputDepth) throw badUserInput(path, `${path}: input nested more than ${maxInputDepth} deep`);
    const fields = value as Record<string, unknown>;
    for (const field of Object.values(type.getFields())) {
      checkInputValue(fields[field.name], field.type, boundsOf(field), `${path}.${field.name}`, depth + 1);
    }
    return;
  }
  if (isLeafType(type)) checkLeaf(value, type, bounds, path);
}

function checkLeaf(value: unknown, type: GraphQLLeafType, bounds: InputBounds, path: string): void {
  if (type === GraphQLID && (typeof value === 'string' || typeof value === 'number')) {
    return checkGlobalId(String(value), bounds.maxLength, path);
  }
  if (type === GraphQLString && typeof value === 'string') return checkText(value, bounds.maxLength, path);
  let parsed: unknown;
  try {
    parsed = type.parseValue(value);
  } catch (error) {
    throw badUserInput(path, `${path}: ${(error as Error).message}`);
  }
  const { min, max } = bounds;
  if (typeof parsed === 'number' && min !== undefined && max !== undefined && !(parsed >= min && parsed <= max)) {
    throw badUserInput(path, `${path}: between ${min} and ${max}; got ${parsed}`);
  }
}

/**
 * Every ID a caller sends is one of ours: a record type and a UUID. Which type the argument wants is the resolver's
 * to say (`rowIdOf`); that it decodes at all is checked here, so no forged id reaches a guard or SQL.
 */
function checkGlobalId(value: string, limit: number, path: string): void {
  checkText(value, limit, path);
  if (!decodeGlobalId(value)) {
    throw badUserInput(path, `${path}: ${JSON.stringify(value)} is not an id this API gave out`);
  }
}

/** Text within its length, holding nothing PostgreSQL refuses or that could only be a slip or a trick. */
function checkText(value: string, limit: number, path: string): void {
  // UTF-16 units are never fewer than characters, so the exact count is needed only past the limit.
  if (value.length > limit) {
    const characters = countCharacters(value);
    if (characters > limit) throw badUserInput(path, `${path}: at most ${limit} characters; got ${characters}`);
  }
  if (value.includes('\u0000')) {
    throw badUserInput(path, `${path}: contains a NUL character (U+0000), which text cannot hold`);
  }
  const control = controlCharacter.exec(value);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw badUserInput(
      path,
      `${path}: contains the control character U+${code}; of those only tab and line breaks are accepted`,
    );
  }
  if (loneSurrogate.test(value)) throw badUserInput(path, `${path}: is not well-formed Unicode (a lone surrogate)`);
}

/** Characters as PostgreSQL counts them: code points, so an emoji is one, not two UTF-16 units. */
function countCharacters(value: string): number {
  let count = 0;
  for (const _character of value) count += 1;
  return count;
}
