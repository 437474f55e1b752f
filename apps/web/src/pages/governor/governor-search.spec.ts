import { describe, expect, it } from 'vitest';
import { resolveGovernorPeriod } from './governor-period.js';
import { governorSearchSchema, startedTerms, termPeriod } from './governor-search.js';

describe('governorSearchSchema', () => {
  it('keeps a term such as autumn-2026 and drops anything else', () => {
    expect(governorSearchSchema.parse({ term: 'spring-2026' })).toEqual({ term: 'spring-2026' });
    expect(governorSearchSchema.parse({ term: 'winter-2026' })).toEqual({ term: undefined });
    expect(governorSearchSchema.parse({})).toEqual({ term: undefined });
  });
});

describe(termPeriod.name, () => {
  it("gives the term's dates from the domain's default calendar, cut to the latest data", () => {
    // 2026/27: autumn term from Wednesday 2 September 2026 (the first Wednesday or Thursday) to the Friday
    // before the Christmas break.
    expect(termPeriod('autumn-2026', null)).toEqual({
      key: 'autumn-2026',
      label: 'Autumn term 2026/27',
      from: '2026-09-02',
      to: '2026-12-18',
    });
    expect(termPeriod('autumn-2026', '2026-11-20')?.to).toBe('2026-11-20');
    expect(termPeriod('spring-2026', '2026-11-20')).toBeNull();
  });
});

describe(startedTerms.name, () => {
  it('lists the terms begun by the latest data, latest first', () => {
    expect(startedTerms(2026, '2027-02-01').map((term) => term.key)).toEqual(['spring-2026', 'autumn-2026']);
  });
});

describe(resolveGovernorPeriod.name, () => {
  it('is the year to date without a term, or the latest term for the report', () => {
    expect(resolveGovernorPeriod({}, '2026/27', '2026-11-20', false)).toMatchObject({
      period: null,
      label: 'academic year 2026/27 to date',
    });
    expect(resolveGovernorPeriod({}, '2026/27', '2026-11-20', true)).toMatchObject({
      period: { from: '2026-09-02', to: '2026-11-20' },
      label: 'Autumn term 2026/27',
    });
    expect(resolveGovernorPeriod({ term: 'summer-2026' }, '2026/27', '2026-11-20', false).period).toBeNull();
  });
});
