import type { ReactNode } from 'react';
import type { SortDirection, SortValue } from './sort-rows.js';

export interface SortableColumn<Row> {
  /** Unique within the table; names the column in sort state. */
  key: string;
  header: string;
  /** The value the column sorts by; null means "no data" and always sorts last. */
  sortValue: (row: Row) => SortValue;
  /** What the cell shows; defaults to the sort value as text. */
  renderCell?: (row: Row) => ReactNode;
  /** Right-aligns the column, as GOV.UK tables do for numbers. */
  numeric?: boolean;
  /** Marks each cell in this column as the header of its row (e.g. a school's name). */
  rowHeader?: boolean;
  /** False for a column the page cannot order by (e.g. its server does not sort by it): a plain header. */
  sortable?: boolean;
}

export interface SortState {
  columnKey: string;
  direction: SortDirection;
}
