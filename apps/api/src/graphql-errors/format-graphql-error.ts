import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { PupilLevelAccessError } from '@attendance/analytics';

const logger = new Logger('GraphQL');

// The analytics library speaks plain errors: RangeError for an argument it cannot answer (a period across
// two years, a page too long) and PupilLevelAccessError for a scope that may not see pupils. Callers get
// those as GraphQL error codes with their message; anything else is a fault of ours, logged in full and
// answered without internals.

/**
 * The error a resolver threw, from the GraphQLError wrapped around it. Duck-typed rather than Apollo's
 * unwrapResolverError: that checks `instanceof GraphQLError`, and the API loads graphql twice (Apollo's ESM
 * build and Nest's CommonJS one), so the check fails for errors wrapped by the other copy.
 */
function thrownByResolver(error: unknown): unknown {
  if (typeof error === 'object' && error !== null && 'originalError' in error && error.originalError) {
    return error.originalError;
  }
  return error;
}

/** Apollo's formatError: maps the analytics library's errors to GraphQL error codes. */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = thrownByResolver(error);
  if (original instanceof PupilLevelAccessError) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'FORBIDDEN' } };
  }
  if (original instanceof RangeError) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (formatted.extensions?.['code'] === 'INTERNAL_SERVER_ERROR') {
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return formatted;
}
