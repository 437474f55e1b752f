import { ForbiddenException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { WHOLE_LA_SCOPE } from '@attendance/analytics';
import { assertMaySeeUnsuppressedFigures, scopeOfRequest } from './caller-scope.js';

describe(scopeOfRequest.name, () => {
  it('takes the scope a guard set on the request, and the whole LA while there are no users', () => {
    const governor = { schools: ['100001'], pupilLevel: false };
    expect(scopeOfRequest({ scope: governor })).toBe(governor);
    expect(scopeOfRequest({})).toBe(WHOLE_LA_SCOPE);
    expect(scopeOfRequest(undefined)).toBe(WHOLE_LA_SCOPE);
  });
});

describe(assertMaySeeUnsuppressedFigures.name, () => {
  it('refuses unprotected figures to an aggregate-only audience, pointing to the published ones', () => {
    expect(() => assertMaySeeUnsuppressedFigures({ schools: ['100001'], pupilLevel: false })).toThrow(
      ForbiddenException,
    );
    expect(() => assertMaySeeUnsuppressedFigures({ schools: ['100001'], pupilLevel: false })).toThrow(
      /publishedCohortMeasures/,
    );
    expect(() => assertMaySeeUnsuppressedFigures(WHOLE_LA_SCOPE)).not.toThrow();
  });
});
