import { GraphQLError } from 'graphql';

/** Input the caller can fix: names the offending field so clients can show the message beside it. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function notFound(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', field } });
}
