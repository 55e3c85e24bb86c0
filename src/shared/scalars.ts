import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateResolver, DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { dateProblem, supportedDates } from './dates';

/** A date from the client: refused unless it is a real day within the supported range. */
function parseDate(value: unknown): Date {
  if (typeof value !== 'string') throw new GraphQLError('A date is a string, YYYY-MM-DD');
  const problem = dateProblem(value);
  if (problem) throw new GraphQLError(problem);
  return new Date(`${value}T00:00:00.000Z`);
}

/**
 * A calendar date, 'YYYY-MM-DD'. graphql-scalars' own Date takes any four-digit year, including year 0, which
 * PostgreSQL refuses with an internal error; this one keeps its output and narrows its input to the supported range.
 *
 * A string literal that is no such date passes GraphQL validation as an invalid Date, never to be used: the
 * input-bounds plugin refuses it before execution, as BAD_USER_INPUT naming its argument, which validation could
 * not name. A literal that is not a string at all is of the wrong type, and validation refuses it.
 */
export const DateScalar = new GraphQLScalarType<Date | string, string>({
  ...DateResolver.toConfig(),
  description:
    `A calendar date, YYYY-MM-DD (e.g. 2008-04-01), from ${supportedDates.earliest} to ${supportedDates.latest}. ` +
    'Only real days are accepted: 2008-02-30 is refused, not moved to March.',
  parseValue: parseDate,
  parseLiteral(node) {
    if (node.kind !== Kind.STRING) throw new GraphQLError('A date is a string, YYYY-MM-DD', { nodes: node });
    return dateProblem(node.value) ? new Date(Number.NaN) : parseDate(node.value);
  },
});
/** An instant, ISO 8601 with time zone. */
export const DateTimeScalar = DateTimeResolver;
export const JSONObjectScalar = JSONObjectResolver;
