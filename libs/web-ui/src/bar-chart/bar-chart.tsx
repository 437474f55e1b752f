import './bar-chart.css';
import { ChartDataDetails } from '../chart/chart-data-details.js';
import { formatCount } from '../format/format-count.js';
import { formatRate, NO_DATA_TEXT } from '../format/format-rate.js';
import { GovukTable } from '../table/govuk-table.js';

export interface Bar {
  label: string;
  /** Null when the group has nothing to measure: drawn as no bar and written as "no data", never as 0. */
  value: number | null;
  /** A count shown beside the value in the table (e.g. enrolments), so a rate's base is visible. */
  base?: number;
}

export interface BarChartProps {
  /** Names the chart for assistive technology and captions its data table. */
  title: string;
  /** The header of the group column, e.g. "Year group". */
  groupHeader: string;
  /** The header of the value column, e.g. "Overall absence". */
  valueHeader: string;
  /** The header of the base column, when bars carry one, e.g. "Enrolments". */
  baseHeader?: string;
  /** Rates (0-100, to one decimal place) or counts. */
  unit: 'rate' | 'count';
  bars: readonly Bar[];
}

// Horizontal bars drawn with CSS widths, scaled to the largest value (a rate chart to at least 10%, so small
// differences are not blown up). The bars are decorative (aria-hidden); the figures are read from the table
// that follows, inside a GOV.UK details component, as on every chart of the dashboard.

export function BarChart({ title, groupHeader, valueHeader, baseHeader, unit, bars }: BarChartProps) {
  const format = unit === 'rate' ? formatRate : (value: number | null) => formatValueCount(value);
  const largest = Math.max(unit === 'rate' ? 10 : 1, ...bars.map((bar) => bar.value ?? 0));
  return (
    <figure className="app-bar-chart">
      <figcaption className="govuk-body-s govuk-!-font-weight-bold">{title}</figcaption>
      <ul className="app-bar-chart__bars" aria-hidden="true">
        {bars.map((bar) => (
          <li key={bar.label} className="app-bar-chart__row">
            <span className="app-bar-chart__label govuk-body-s">{bar.label}</span>
            <span className="app-bar-chart__track">
              <span
                className="app-bar-chart__bar"
                style={{ width: `${((bar.value ?? 0) / largest) * 100}%` }}
              />
            </span>
            <span className="app-bar-chart__value govuk-body-s">{format(bar.value)}</span>
          </li>
        ))}
      </ul>
      <ChartDataDetails>
        <GovukTable
          caption={title}
          columns={[
            { header: groupHeader },
            { header: valueHeader, numeric: true },
            ...(baseHeader ? [{ header: baseHeader, numeric: true }] : []),
          ]}
        >
          {bars.map((bar) => (
            <tr key={bar.label} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {bar.label}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{format(bar.value)}</td>
              {baseHeader ? (
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {bar.base === undefined ? '' : formatCount(bar.base)}
                </td>
              ) : null}
            </tr>
          ))}
        </GovukTable>
      </ChartDataDetails>
    </figure>
  );
}

function formatValueCount(value: number | null): string {
  return value === null ? NO_DATA_TEXT : formatCount(value);
}
