import './weekly-trend-chart.css';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatDayMonth } from '../format/format-date.js';
import { formatRate } from '../format/format-rate.js';
import { weeklyRateSeries, type WeeklyRate } from './weekly-rate.js';
import { WeeklyTrendTable } from './weekly-trend-table.js';

export interface WeeklyTrendChartProps {
  /** Describes the chart to assistive technology and captions its data table. */
  title: string;
  weeks: readonly WeeklyRate[];
}

const formatAxisRate = (rate: number) => `${rate}%`;

/**
 * A line per absence measure, week by week, followed by the same figures as a table inside a GOV.UK details
 * component. Weeks with no possible sessions leave a gap in the lines rather than dropping to zero.
 */
export function WeeklyTrendChart({ title, weeks }: WeeklyTrendChartProps) {
  return (
    <>
      <div className="govuk-body-s app-weekly-trend-chart">
        <LineChart
          responsive
          data={[...weeks]}
          title={title}
          desc="Line chart. The same figures are in the table that follows."
          style={{ width: '100%', height: '100%' }}
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
          {weeklyRateSeries.map((series) => (
            <Line
              key={series.measure}
              type="monotone"
              dataKey={series.measure}
              name={series.label}
              stroke={series.colour}
              strokeWidth={3}
              strokeDasharray={series.dashPattern}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Show the data as a table</span>
        </summary>
        <div className="govuk-details__text">
          <WeeklyTrendTable caption={title} weeks={weeks} />
        </div>
      </details>
    </>
  );
}
