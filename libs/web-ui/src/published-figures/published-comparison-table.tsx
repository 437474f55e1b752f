import { GovukTable } from '../table/govuk-table.js';
import type { PublishedFigureFormat, PublishedFigureValue, SymbolMeaning } from './published-figure.js';
import { PublishedFigureText } from './published-figure-text.js';

export interface PublishedComparisonColumn {
  header: string;
  format: PublishedFigureFormat;
}

export interface PublishedComparisonRow {
  label: string;
  /** One figure per column, in the columns' order. */
  figures: readonly PublishedFigureValue[];
}

export interface PublishedComparisonTableProps {
  caption: string;
  /** Header of the first column, e.g. "Year group". */
  rowHeader: string;
  columns: readonly PublishedComparisonColumn[];
  rows: readonly PublishedComparisonRow[];
  symbols: readonly SymbolMeaning[];
}

/** A table of published figures (e.g. a school's cohorts beside the LA's), symbols shown with their meaning. */
export function PublishedComparisonTable({
  caption,
  rowHeader,
  columns,
  rows,
  symbols,
}: PublishedComparisonTableProps) {
  return (
    <GovukTable
      caption={caption}
      className="app-published-table"
      columns={[
        { header: rowHeader },
        ...columns.map((column) => ({ header: column.header, numeric: true })),
      ]}
    >
      {rows.map((row) => (
        <tr key={row.label} className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            {row.label}
          </th>
          {columns.map((column, index) => (
            <td key={column.header} className="govuk-table__cell govuk-table__cell--numeric">
              <PublishedFigureText
                figure={row.figures[index] ?? { value: null, symbol: 'x' }}
                format={column.format}
                symbols={symbols}
              />
            </td>
          ))}
        </tr>
      ))}
    </GovukTable>
  );
}
