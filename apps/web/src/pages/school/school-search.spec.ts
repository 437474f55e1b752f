import { schoolSearchSchema } from './school-search.js';

describe('schoolSearchSchema', () => {
  it('defaults to the year-group breakdown and the first page of persistent absentees', () => {
    expect(schoolSearchSchema.parse({})).toEqual({ breakdown: 'yearGroup', list: 'persistent', page: 1 });
  });

  it('keeps a valid state and falls back to defaults for anything unknown', () => {
    expect(
      schoolSearchSchema.parse({ breakdown: 'fsm', list: 'illness', sort: 'latest', page: '3' }),
    ).toEqual({
      breakdown: 'fsm',
      list: 'illness',
      sort: 'latest',
      page: 3,
    });
    expect(schoolSearchSchema.parse({ breakdown: 'upn', list: 'x', page: -2 })).toEqual({
      breakdown: 'yearGroup',
      list: 'persistent',
      page: 1,
    });
  });

  it('keeps a period of ISO dates and drops anything else, leaving the API its default period', () => {
    expect(schoolSearchSchema.parse({ from: '2025-10-01', to: '2025-10-31' })).toMatchObject({
      from: '2025-10-01',
      to: '2025-10-31',
    });
    const parsed = schoolSearchSchema.parse({ from: '1 October 2025', to: 20251031 });
    expect(parsed.from).toBeUndefined();
    expect(parsed.to).toBeUndefined();
  });
});
