import { analysisSearchSchema, dimensionsOf } from './analysis-search.js';

describe('analysisSearchSchema', () => {
  it('defaults to overall absence by year group, statutory cohort, year to date, no comparison', () => {
    expect(analysisSearchSchema.parse({})).toEqual({
      measure: 'overall-absence',
      by: 'yearGroup',
      cohort: 'statutory',
      comparison: 'none',
    });
  });

  it('keeps every known choice', () => {
    const search = analysisSearchSchema.parse({
      measure: 'severe',
      by: 'school',
      by2: 'fsm',
      cohort: 'outside-statutory',
      from: '2026-09-01',
      to: '2026-10-23',
      comparison: 'published',
      dfeTime: 'Autumn term',
    });
    expect(search).toMatchObject({ measure: 'severe', by: 'school', by2: 'fsm', comparison: 'published' });
    expect(dimensionsOf(search)).toEqual(['school', 'fsm']);
  });

  it('falls back to the default for anything unknown, and drops a second dimension equal to the first', () => {
    const search = analysisSearchSchema.parse({
      measure: 'happiness',
      by: 'sex',
      by2: 'sex',
      cohort: 'everyone',
      from: '1 September',
      to: 20261023,
      comparison: 'neighbours',
      dfeTime: 'Winter term',
    });
    expect(search).toEqual({
      measure: 'overall-absence',
      by: 'sex',
      cohort: 'statutory',
      comparison: 'none',
    });
    expect(dimensionsOf(search)).toEqual(['sex']);
  });
});
