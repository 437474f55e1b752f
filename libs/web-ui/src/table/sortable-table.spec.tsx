import { fireEvent, render, screen, within } from '@testing-library/react';
import { formatRate } from '../format/format-rate.js';
import type { SortableColumn } from './sortable-column.js';
import { SortableTable } from './sortable-table.js';

interface School {
  urn: string;
  name: string;
  attendanceRate: number | null;
}

const schools: School[] = [
  { urn: '900002', name: 'Beech Primary', attendanceRate: 95.2 },
  { urn: '900001', name: 'Ash Academy', attendanceRate: null },
  { urn: '900003', name: 'Cedar High', attendanceRate: 91.7 },
];

const columns: SortableColumn<School>[] = [
  { key: 'name', header: 'School', sortValue: (school) => school.name, rowHeader: true },
  {
    key: 'attendance',
    header: 'Attendance',
    numeric: true,
    sortValue: (school) => school.attendanceRate,
    renderCell: (school) => formatRate(school.attendanceRate),
  },
];

function renderTable() {
  render(
    <SortableTable
      caption="Schools"
      columns={columns}
      rows={schools}
      rowKey={(school) => school.urn}
      initialSort={{ columnKey: 'name', direction: 'ascending' }}
    />,
  );
}

function bodyRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Schools' });
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body!)
    .getAllByRole('row')
    .map((row) => Array.from(row.children).map((cell) => cell.textContent ?? ''));
}

function headerOf(name: string): HTMLElement {
  return screen.getByRole('columnheader', { name });
}

describe(SortableTable.name, () => {
  it('starts in the initial order and says so with aria-sort', () => {
    renderTable();

    expect(bodyRows()).toEqual([
      ['Ash Academy', 'no data'],
      ['Beech Primary', '95.2%'],
      ['Cedar High', '91.7%'],
    ]);
    expect(headerOf('School').getAttribute('aria-sort')).toBe('ascending');
    expect(headerOf('Attendance').getAttribute('aria-sort')).toBe('none');
  });

  it('sorts ascending on the first click and descending on the second, keeping "no data" last', () => {
    renderTable();
    const attendanceButton = within(headerOf('Attendance')).getByRole('button', { name: 'Attendance' });

    fireEvent.click(attendanceButton);
    expect(bodyRows().map(([name]) => name)).toEqual(['Cedar High', 'Beech Primary', 'Ash Academy']);
    expect(headerOf('Attendance').getAttribute('aria-sort')).toBe('ascending');
    expect(headerOf('School').getAttribute('aria-sort')).toBe('none');

    fireEvent.click(attendanceButton);
    expect(bodyRows().map(([name]) => name)).toEqual(['Beech Primary', 'Cedar High', 'Ash Academy']);
    expect(headerOf('Attendance').getAttribute('aria-sort')).toBe('descending');
  });

  it('reverses the current column when its header is selected again', () => {
    renderTable();

    fireEvent.click(within(headerOf('School')).getByRole('button'));

    expect(bodyRows().map(([name]) => name)).toEqual(['Cedar High', 'Beech Primary', 'Ash Academy']);
    expect(headerOf('School').getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts from the keyboard: every header is a focusable native button that keeps focus after sorting', () => {
    renderTable();
    const buttons = within(screen.getByRole('table')).getAllByRole('button');
    expect(buttons.map((button) => [button.tagName, button.getAttribute('type')])).toEqual([
      ['BUTTON', 'button'],
      ['BUTTON', 'button'],
    ]);
    const attendanceButton = buttons[1]!;

    attendanceButton.focus();
    // Enter and Space on a focused native button fire its click event; jsdom does not synthesise that step.
    fireEvent.keyDown(attendanceButton, { key: 'Enter' });
    fireEvent.click(attendanceButton);
    fireEvent.keyUp(attendanceButton, { key: 'Enter' });

    expect(bodyRows().map(([name]) => name)).toEqual(['Cedar High', 'Beech Primary', 'Ash Academy']);
    expect(document.activeElement).toBe(attendanceButton);
  });

  it('marks the row header cells so each row is named by its school', () => {
    renderTable();

    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Ash Academy',
      'Beech Primary',
      'Cedar High',
    ]);
  });

  it('keeps the given order when no initial sort is set', () => {
    render(
      <SortableTable caption="Schools" columns={columns} rows={schools} rowKey={(school) => school.urn} />,
    );

    expect(bodyRows().map(([name]) => name)).toEqual(['Beech Primary', 'Ash Academy', 'Cedar High']);
    expect(headerOf('School').getAttribute('aria-sort')).toBe('none');
  });

  it('can hide its caption visually while it still names the table and its scrolling region', () => {
    render(
      <SortableTable
        caption="Attendance by school"
        captionVisuallyHidden
        columns={columns}
        rows={schools}
        rowKey={(school) => school.urn}
      />,
    );

    const table = screen.getByRole('table', { name: 'Attendance by school' });
    expect(table.querySelector('caption')?.className).toBe('govuk-visually-hidden');
    expect(screen.getByRole('region', { name: 'Attendance by school' }).contains(table)).toBe(true);
  });

  it('follows an order the page keeps, and asks the page to change it instead of sorting itself', () => {
    const onSortChange = vi.fn();
    const { rerender } = render(
      <SortableTable
        caption="Schools"
        columns={columns}
        rows={schools}
        rowKey={(school) => school.urn}
        sort={{ columnKey: 'attendance', direction: 'descending' }}
        onSortChange={onSortChange}
      />,
    );
    expect(bodyRows().map(([name]) => name)).toEqual(['Beech Primary', 'Cedar High', 'Ash Academy']);

    fireEvent.click(within(headerOf('Attendance')).getByRole('button'));
    expect(onSortChange).toHaveBeenCalledWith({ columnKey: 'attendance', direction: 'ascending' });
    // Unchanged until the page passes the new order in.
    expect(bodyRows().map(([name]) => name)).toEqual(['Beech Primary', 'Cedar High', 'Ash Academy']);

    rerender(
      <SortableTable
        caption="Schools"
        columns={columns}
        rows={schools}
        rowKey={(school) => school.urn}
        sort={{ columnKey: 'name', direction: 'descending' }}
        onSortChange={onSortChange}
      />,
    );
    expect(bodyRows().map(([name]) => name)).toEqual(['Cedar High', 'Beech Primary', 'Ash Academy']);
  });

  it('shows rows a server already sorted as given, with the order on the header', () => {
    render(
      <SortableTable
        caption="Schools"
        columns={columns}
        rows={schools}
        rowKey={(school) => school.urn}
        sort={{ columnKey: 'attendance', direction: 'descending' }}
        onSortChange={vi.fn()}
        rowsInOrder
      />,
    );

    expect(bodyRows().map(([name]) => name)).toEqual(['Beech Primary', 'Ash Academy', 'Cedar High']);
    expect(headerOf('Attendance').getAttribute('aria-sort')).toBe('descending');
  });

  it('gives a column that cannot be sorted a plain header, without a button or aria-sort', () => {
    const onSortChange = vi.fn();
    render(
      <SortableTable
        caption="Schools"
        columns={[columns[0]!, { ...columns[1]!, sortable: false }]}
        rows={schools}
        rowKey={(school) => school.urn}
        sort={{ columnKey: 'name', direction: 'ascending' }}
        onSortChange={onSortChange}
      />,
    );

    const header = headerOf('Attendance');
    expect(within(header).queryByRole('button')).toBeNull();
    expect(header.hasAttribute('aria-sort')).toBe(false);
    expect(header.className).toContain('govuk-table__header--numeric');
    expect(within(headerOf('School')).getByRole('button')).toBeDefined();
  });
});
