import { describe, expect, it } from 'vitest';
import { cmeWatchSearchSchema } from './cme-watch-search.js';

describe('cmeWatchSearchSchema', () => {
  it('reads a milestone, order and page from the address', () => {
    expect(cmeWatchSearchSchema.parse({ milestone: '10', sort: 'school', page: '3' })).toEqual({
      milestone: 10,
      sort: 'school',
      page: 3,
    });
  });

  it('falls back to every run, longest first, page 1 for anything it does not know', () => {
    expect(cmeWatchSearchSchema.parse({})).toEqual({ milestone: undefined, sort: 'days', page: 1 });
    expect(cmeWatchSearchSchema.parse({ milestone: 4, sort: 'upn', page: -2 })).toEqual({
      milestone: undefined,
      sort: 'days',
      page: 1,
    });
  });
});
