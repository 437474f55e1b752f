import { publishedAnswer } from './__fixtures__/analysis-api.js';
import { publishedComparison } from './analysis-published.js';

const rows = publishedAnswer.data.laOverview.comparisons.published;

describe(publishedComparison.name, () => {
  it("compares with the region and England, not the LA's own published row, labelled with their source", () => {
    expect(publishedComparison(rows, 'overall-absence')).toEqual({
      areas: [
        {
          label: 'North West (Daily attendance data, 2025/26, Year to date)',
          figure: { value: 7.2, symbol: null },
        },
        {
          label: 'England (Daily attendance data, 2025/26, Year to date)',
          figure: { value: 6.9, symbol: null },
        },
      ],
      notPublishedIn: [],
    });
  });

  it('names the source that does not publish the measure instead of comparing with a column of x', () => {
    const census = rows.map((row) => ({
      ...row,
      method: 'annual-census',
      methodLabel: 'Census (annual)',
      severeAbsenceRate: { value: 2.1, symbol: null },
    }));
    expect(publishedComparison([...rows, ...census], 'severe')).toEqual({
      areas: [
        {
          label: 'North West (Census (annual), 2025/26, Year to date)',
          figure: { value: 2.1, symbol: null },
        },
        { label: 'England (Census (annual), 2025/26, Year to date)', figure: { value: 2.1, symbol: null } },
      ],
      notPublishedIn: ['Daily attendance data'],
    });
  });

  it('keeps a suppressed figure as its symbol', () => {
    const suppressed = rows.map((row) =>
      row.level === 'REGION' ? { ...row, persistentAbsenceRate: { value: null, symbol: 'c' } } : row,
    );
    expect(publishedComparison(suppressed, 'persistent').areas.map((area) => area.figure)).toEqual([
      { value: null, symbol: 'c' },
      { value: 17.9, symbol: null },
    ]);
  });
});
