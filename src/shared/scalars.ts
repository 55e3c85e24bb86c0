import { DateResolver, DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';

/** A calendar date, 'YYYY-MM-DD'. */
export const DateScalar = DateResolver;
/** An instant, ISO 8601 with time zone. */
export const DateTimeScalar = DateTimeResolver;
export const JSONObjectScalar = JSONObjectResolver;
