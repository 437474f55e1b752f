import { render, screen, within } from '@testing-library/react';
import { GovukTable } from './govuk-table.js';

function renderTable(captionStyle?: 's' | 'm' | 'visually-hidden', className?: string) {
  return render(
    <GovukTable
      caption="Pupils by year group"
      captionStyle={captionStyle}
      className={className}
      columns={[{ header: 'Year group' }, { header: 'Pupils', numeric: true }]}
    >
      <tr className="govuk-table__row">
        <th scope="row" className="govuk-table__header">
          Year 7
        </th>
        <td className="govuk-table__cell govuk-table__cell--numeric">120</td>
      </tr>
    </GovukTable>,
  );
}

describe(GovukTable.name, () => {
  it('is named by its caption, with a column header per column and the rows it is given in its body', () => {
    renderTable();

    const table = screen.getByRole('table', { name: 'Pupils by year group' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => [header.textContent, header.getAttribute('scope')])).toEqual([
      ['Year group', 'col'],
      ['Pupils', 'col'],
    ]);
    const [head, body] = within(table).getAllByRole('rowgroup');
    expect(head?.tagName).toBe('THEAD');
    expect(within(body!).getByRole('rowheader', { name: 'Year 7' })).toBeDefined();
    expect(within(body!).getByRole('cell', { name: '120' })).toBeDefined();
  });

  it('right-aligns only the numeric columns, as GOV.UK tables do', () => {
    renderTable();

    expect(screen.getByRole('columnheader', { name: 'Year group' }).className).toBe('govuk-table__header');
    expect(screen.getByRole('columnheader', { name: 'Pupils' }).className).toBe(
      'govuk-table__header govuk-table__header--numeric',
    );
  });

  it('sizes its caption, or hides it visually while it still names the table', () => {
    const small = renderTable();
    expect(small.container.querySelector('caption')?.className).toBe(
      'govuk-table__caption govuk-table__caption--s',
    );
    small.unmount();

    const medium = renderTable('m');
    expect(medium.container.querySelector('caption')?.className).toBe(
      'govuk-table__caption govuk-table__caption--m',
    );
    medium.unmount();

    const hidden = renderTable('visually-hidden');
    expect(hidden.container.querySelector('caption')?.className).toBe(
      'govuk-table__caption govuk-visually-hidden',
    );
    expect(screen.getByRole('table', { name: 'Pupils by year group' })).toBeDefined();
  });

  it('adds a class of its own beside govuk-table when asked', () => {
    renderTable('s', 'app-published-table');

    expect(screen.getByRole('table').className).toBe('govuk-table app-published-table');
  });
});
