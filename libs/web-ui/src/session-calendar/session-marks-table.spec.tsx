import { render, screen, within } from '@testing-library/react';
import { SessionCategoryKey } from './session-category-key.js';
import { SessionMarksTable } from './session-marks-table.js';

describe(SessionMarksTable.name, () => {
  it('lists each date oldest first with both marks and their categories in words', () => {
    render(
      <SessionMarksTable
        caption="Marks in November 2025"
        days={[
          { date: '2025-11-04', am: { code: 'N', category: 'unauthorised-absence' }, pm: null },
          {
            date: '2025-11-03',
            am: { code: '/', category: 'present' },
            pm: { code: 'B', category: 'approved-educational-activity' },
          },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Marks in November 2025' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['3 November 2025', '/', 'Present', 'B', 'Approved educational activity'],
      ['4 November 2025', 'N', 'Unauthorised absence', 'No mark', ''],
    ]);
  });
});

describe(SessionCategoryKey.name, () => {
  it('names every category the calendar colours', () => {
    render(<SessionCategoryKey />);
    expect(screen.getAllByRole('definition').map((item) => item.textContent)).toEqual([
      'Present',
      'Approved educational activity',
      'Authorised absence',
      'Unauthorised absence',
      'Not possible (not counted)',
      'Administrative',
    ]);
  });
});
