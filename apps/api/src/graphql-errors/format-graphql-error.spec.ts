import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { PupilLevelAccessError } from '@attendance/analytics';
import { formatGraphqlError } from './format-graphql-error.js';

const resolverError = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['laOverview'] });

describe(formatGraphqlError.name, () => {
  const internal = { message: 'x', path: ['laOverview'], extensions: { code: 'INTERNAL_SERVER_ERROR' } };

  it('answers a scope without pupil-level access with FORBIDDEN and its message', () => {
    const error = resolverError(new PupilLevelAccessError('aggregate figures only'));
    expect(formatGraphqlError({ ...internal, message: error.message }, error)).toMatchObject({
      message: 'aggregate figures only',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it("answers the analytics library's argument errors with BAD_USER_INPUT", () => {
    const error = resolverError(new RangeError('The period must lie inside one academic year'));
    expect(formatGraphqlError({ ...internal, message: error.message }, error).extensions?.['code']).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('hides the internals of anything else', () => {
    const error = resolverError(new Error('Catalog Error: Table with name enrolments does not exist'));
    expect(formatGraphqlError({ ...internal, message: error.message }, error)).toEqual({
      message: 'Internal server error',
      path: ['laOverview'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('leaves validation errors as they are', () => {
    const formatted = { message: 'Bad Request Exception', extensions: { code: 'BAD_REQUEST' } };
    expect(formatGraphqlError(formatted, new GraphQLError('Bad Request Exception'))).toBe(formatted);
  });
});
