import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/**
 * The contract's `Date`: an ISO calendar date `YYYY-MM-DD`, kept as a string so that no time zone can shift it.
 * graphql-scalars' LocalDate already validates real calendar days (no 2023-02-30); only the name differs.
 */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'An ISO 8601 calendar date, YYYY-MM-DD.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
});

export const DateTimeScalar = DateTimeResolver;
