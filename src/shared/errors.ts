import { GraphQLError } from 'graphql';

/** Input the caller can fix: names the offending field so clients can show the message beside it. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function notFound(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', field } });
}

/** Text the caller must give, trimmed; blank text is refused on `field` rather than stored as a value nobody can use. */
export function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw badUserInput(field, 'Must not be empty');
  return text;
}
