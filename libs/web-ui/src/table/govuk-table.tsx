import type { ReactNode } from 'react';

export interface GovukTableColumn {
  header: string;
  /** Right-aligns the header, as GOV.UK tables do for numbers (the body's cells say so themselves). */
  numeric?: boolean;
}

export interface GovukTableProps {
  caption: ReactNode;
  /**
   * The GOV.UK caption size, or 'visually-hidden' when a heading just above already says it (the caption still
   * names the table for screen readers). Defaults to 's'.
   */
  captionStyle?: 's' | 'm' | 'visually-hidden';
  /** A class added to the table's own, e.g. for print rules. */
  className?: string;
  columns: readonly GovukTableColumn[];
  /** The body's rows (`tr` elements, each starting with a `th scope="row"` that names it). */
  children: ReactNode;
}

const CAPTION_CLASSES: Record<NonNullable<GovukTableProps['captionStyle']>, string> = {
  s: 'govuk-table__caption govuk-table__caption--s',
  m: 'govuk-table__caption govuk-table__caption--m',
  'visually-hidden': 'govuk-table__caption govuk-visually-hidden',
};

/**
 * A plain GOV.UK table: the caption, a header row of column headers (scope="col") and the body the caller
 * writes, so every table of the dashboard carries the same markup and accessibility.
 */
export function GovukTable({ caption, captionStyle = 's', className, columns, children }: GovukTableProps) {
  return (
    <table className={className ? `govuk-table ${className}` : 'govuk-table'}>
      <caption className={CAPTION_CLASSES[captionStyle]}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => (
            <th
              key={column.header}
              scope="col"
              className={
                column.numeric ? 'govuk-table__header govuk-table__header--numeric' : 'govuk-table__header'
              }
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
}
