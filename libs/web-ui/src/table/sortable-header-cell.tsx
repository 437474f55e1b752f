import type { SortDirection } from './sort-rows.js';

export interface SortableHeaderCellProps {
  header: string;
  numeric: boolean;
  /** The direction this column is sorted in, or undefined when the table is sorted by another column. */
  direction: SortDirection | undefined;
  onSort: () => void;
}

const directionIndicators: Record<SortDirection | 'none', string> = {
  ascending: '▲',
  descending: '▼',
  none: '▲▼',
};

/**
 * A column header whose sort control is a native button, so it is focusable and works with Enter and Space.
 * The current order is stated by aria-sort on the header; the arrows are decoration.
 */
export function SortableHeaderCell({ header, numeric, direction, onSort }: SortableHeaderCellProps) {
  const classNames = ['govuk-table__header', 'app-sortable-table__header'];
  if (numeric) classNames.push('govuk-table__header--numeric');
  return (
    <th scope="col" className={classNames.join(' ')} aria-sort={direction ?? 'none'}>
      <button type="button" className="app-sortable-table__button" onClick={onSort}>
        {header}
        <span className="app-sortable-table__indicator" aria-hidden="true">
          {directionIndicators[direction ?? 'none']}
        </span>
      </button>
    </th>
  );
}
