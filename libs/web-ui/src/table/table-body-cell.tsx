import type { ReactNode } from 'react';

export interface TableBodyCellProps {
  /** A row header cell (th scope="row") names its row for screen readers. */
  rowHeader: boolean;
  numeric: boolean;
  children: ReactNode;
}

export function TableBodyCell({ rowHeader, numeric, children }: TableBodyCellProps) {
  const element = rowHeader ? 'header' : 'cell';
  const className = numeric
    ? `govuk-table__${element} govuk-table__${element}--numeric`
    : `govuk-table__${element}`;
  return rowHeader ? (
    <th scope="row" className={className}>
      {children}
    </th>
  ) : (
    <td className={className}>{children}</td>
  );
}
