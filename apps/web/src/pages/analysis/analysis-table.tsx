import { DFE_SYMBOLS } from '@attendance/domain';
import {
  formatCount,
  formatRate,
  GovukTable,
  NO_DATA_TEXT,
  PublishedFigureText,
  type SymbolMeaning,
} from '@attendance/web-ui';
import type { ReactNode } from 'react';
import type { AnalysisCell, AnalysisColumn, AnalysisTable as Table } from './analysis-table-model.js';

export interface AnalysisTableProps {
  caption: string;
  table: Table;
}

const SYMBOL_MEANINGS: readonly SymbolMeaning[] = Object.entries(DFE_SYMBOLS).map(([symbol, meaning]) => ({
  symbol,
  meaning,
}));

/** A difference of rates in percentage points, signed, to one decimal place. */
export function formatPoints(points: number | null): string {
  if (points === null) return NO_DATA_TEXT;
  const rounded = points.toFixed(1);
  if (/^-?0\.0$/.test(rounded)) return '0.0';
  return points > 0 ? `+${rounded}` : rounded;
}

function cellContent(cell: AnalysisCell, column: AnalysisColumn): ReactNode {
  if (cell !== null && typeof cell === 'object') {
    return (
      <PublishedFigureText
        figure={{ value: null, symbol: cell.symbol }}
        format="rate"
        symbols={SYMBOL_MEANINGS}
      />
    );
  }
  if (typeof cell === 'string') return cell;
  switch (column.kind) {
    case 'count':
      return cell === null ? NO_DATA_TEXT : formatCount(cell);
    case 'points':
      return formatPoints(cell);
    default:
      return formatRate(cell);
  }
}

/**
 * The workspace's table: a row per group, subtotals and the total shaded and named "Total" in the dimension
 * they sum; the leading dimension cells name each row. Scrolls sideways in its own box on a narrow screen.
 */
export function AnalysisTable({ caption, table }: AnalysisTableProps) {
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <GovukTable
        caption={caption}
        className="app-analysis-table"
        columns={table.columns.map((column) => ({ header: column.header, numeric: column.kind !== 'text' }))}
      >
        {table.rows.map((row) => (
          <tr key={row.key} className={`govuk-table__row app-analysis-table__row--${row.level}`}>
            {row.cells.map((cell, index) => {
              const column = table.columns[index]!;
              const content = cellContent(cell, column);
              if (index < table.rowHeaderCount) {
                return (
                  <th key={column.header} scope="row" className="govuk-table__header">
                    {content}
                  </th>
                );
              }
              return (
                <td key={column.header} className="govuk-table__cell govuk-table__cell--numeric">
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </GovukTable>
    </div>
  );
}
