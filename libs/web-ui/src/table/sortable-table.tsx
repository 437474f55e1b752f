import './sortable-table.css';
import { useId, useMemo, useState } from 'react';
import type { SortableColumn, SortState } from './sortable-column.js';
import { SortableHeaderCell } from './sortable-header-cell.js';
import { sortRows } from './sort-rows.js';
import { TableBodyCell } from './table-body-cell.js';

export interface SortableTableProps<Row> {
  caption: string;
  /** Hides the caption visually (it still names the table) when a heading just above already says it. */
  captionVisuallyHidden?: boolean;
  columns: readonly SortableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The order before anyone sorts; without it rows keep the order given. */
  initialSort?: SortState;
  /** The order, when the page keeps it (e.g. in the URL): the table then follows it instead of its own. */
  sort?: SortState | undefined;
  /** Called with the order a header asks for, when the page keeps the order. */
  onSortChange?: (sort: SortState) => void;
  /** The rows already come in the order `sort` names (e.g. a page the server sorted): shown as given. */
  rowsInOrder?: boolean;
}

function nextSort(current: SortState | undefined, columnKey: string): SortState {
  if (current?.columnKey === columnKey) {
    return { columnKey, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { columnKey, direction: 'ascending' };
}

/**
 * GOV.UK table that sorts by any column when its header is selected; selecting it again reverses the order.
 * Wide tables scroll sideways inside a focusable region so keyboard users can scroll them too.
 */
export function SortableTable<Row>({
  caption,
  captionVisuallyHidden = false,
  columns,
  rows,
  rowKey,
  initialSort,
  sort: keptSort,
  onSortChange,
  rowsInOrder = false,
}: SortableTableProps<Row>) {
  const [ownSort, setOwnSort] = useState<SortState | undefined>(initialSort);
  const sort = onSortChange ? keptSort : ownSort;
  const captionId = useId();
  const sortColumn = columns.find((column) => column.key === sort?.columnKey);

  const sortedRows = useMemo(
    () =>
      sort && sortColumn && !rowsInOrder ? sortRows(rows, sortColumn.sortValue, sort.direction) : [...rows],
    [rows, sort, sortColumn, rowsInOrder],
  );

  return (
    <div className="app-sortable-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="govuk-table app-sortable-table">
        <caption
          id={captionId}
          className={
            captionVisuallyHidden ? 'govuk-visually-hidden' : 'govuk-table__caption govuk-table__caption--m'
          }
        >
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) =>
              column.sortable === false ? (
                <th
                  key={column.key}
                  scope="col"
                  className={`govuk-table__header${column.numeric ? ' govuk-table__header--numeric' : ''}`}
                >
                  {column.header}
                </th>
              ) : (
                <SortableHeaderCell
                  key={column.key}
                  header={column.header}
                  numeric={column.numeric ?? false}
                  direction={column.key === sortColumn?.key ? sort?.direction : undefined}
                  onSort={() => {
                    const next = nextSort(sort, column.key);
                    if (onSortChange) onSortChange(next);
                    else setOwnSort(next);
                  }}
                />
              ),
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {sortedRows.map((row) => (
            <tr key={rowKey(row)} className="govuk-table__row">
              {columns.map((column) => (
                <TableBodyCell
                  key={column.key}
                  rowHeader={column.rowHeader ?? false}
                  numeric={column.numeric ?? false}
                >
                  {column.renderCell ? column.renderCell(row) : String(column.sortValue(row) ?? '')}
                </TableBodyCell>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
