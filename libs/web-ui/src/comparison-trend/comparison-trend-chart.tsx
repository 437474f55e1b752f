import '../chart/weekly-trend-chart.css';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartDataDetails } from '../chart/chart-data-details.js';
import { formatDate, formatDayMonth } from '../format/format-date.js';
import { formatRate } from '../format/format-rate.js';
import { GovukTable } from '../table/govuk-table.js';

/** One week of the compared series: each rate in the order of the chart's `series`, null for no sessions. */
export interface ComparedWeek {
  weekStart: string;
  rates: readonly (number | null)[];
}

export interface ComparisonTrendChartProps {
  /** Names the chart for assistive technology and captions its data table. */
  title: string;
  /** What each line is, e.g. ["Larkfield Primary", "Synthetic Borough (all schools)"]; at most three. */
  series: readonly string[];
  weeks: readonly ComparedWeek[];
}

// Told apart by pattern as well as colour (GOV.UK palette), as on the weekly trend chart.
const LINE_STYLES = [
  { colour: '#1d70b8', dashPattern: undefined },
  { colour: '#0b0c0c', dashPattern: '8 4' },
  { colour: '#d4351c', dashPattern: '2 3' },
] as const;

const formatAxisRate = (rate: number) => `${rate}%`;

/**
 * The same weekly rate for two or three areas on one chart (a school beside its LA), followed by the figures
 * as a table inside a GOV.UK details component. A week without sessions leaves a gap, never a zero.
 */
export function ComparisonTrendChart({ title, series, weeks }: ComparisonTrendChartProps) {
  const data = weeks.map((week) => ({
    weekStart: week.weekStart,
    ...Object.fromEntries(series.map((_label, index) => [`series${index}`, week.rates[index] ?? null])),
  }));
  return (
    <>
      <div className="govuk-body-s app-weekly-trend-chart">
        <LineChart
          responsive
          data={data}
          title={title}
          desc="Line chart. The same figures are in the table that follows."
          style={{ width: '100%', height: '22rem' }}
          margin={{ top: 10, right: 20, bottom: 10, left: 0 }}
        >
          <CartesianGrid stroke="#cecece" vertical={false} />
          <XAxis dataKey="weekStart" tickFormatter={formatDayMonth} />
          <YAxis tickFormatter={formatAxisRate} allowDecimals={false} width={48} />
          <Tooltip
            labelFormatter={(label) => `Week beginning ${formatDate(String(label))}`}
            formatter={(value) => formatRate(typeof value === 'number' ? value : null)}
          />
          <Legend itemSorter={null} />
          {series.map((label, index) => (
            <Line
              key={label}
              type="monotone"
              dataKey={`series${index}`}
              name={label}
              stroke={LINE_STYLES[index % LINE_STYLES.length]?.colour}
              strokeDasharray={LINE_STYLES[index % LINE_STYLES.length]?.dashPattern}
              strokeWidth={3}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
      <ChartDataDetails>
        <GovukTable
          caption={title}
          columns={[
            { header: 'Week beginning' },
            ...series.map((label) => ({ header: label, numeric: true })),
          ]}
        >
          {weeks.map((week) => (
            <tr key={week.weekStart} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {formatDate(week.weekStart)}
              </th>
              {series.map((label, index) => (
                <td key={label} className="govuk-table__cell govuk-table__cell--numeric">
                  {formatRate(week.rates[index])}
                </td>
              ))}
            </tr>
          ))}
        </GovukTable>
      </ChartDataDetails>
    </>
  );
}
