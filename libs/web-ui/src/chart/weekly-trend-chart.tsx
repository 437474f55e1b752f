import './weekly-trend-chart.css';
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatDayMonth } from '../format/format-date.js';
import { ChartDataDetails } from './chart-data-details.js';
import { formatRate } from '../format/format-rate.js';
import { halfTermOfWeek, weeklyRateSeries, type TrendHalfTerm, type WeeklyRate } from './weekly-rate.js';
import { WeeklyTrendTable } from './weekly-trend-table.js';

export interface WeeklyTrendChartProps {
  /** Describes the chart to assistive technology and captions its data table. */
  title: string;
  weeks: readonly WeeklyRate[];
  /** Half terms to mark as shaded, labelled bands (holidays are the gaps); the table names each week's. */
  halfTerms?: readonly TrendHalfTerm[] | undefined;
}

const formatAxisRate = (rate: number) => `${rate}%`;

/**
 * A line per absence measure, week by week, followed by the same figures as a table inside a GOV.UK details
 * component. Weeks with no possible sessions leave a gap in the lines rather than dropping to zero.
 */
export function WeeklyTrendChart({ title, weeks, halfTerms }: WeeklyTrendChartProps) {
  const bands = halfTermBands(weeks, halfTerms ?? []);
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
          {bands.map((band, index) => (
            <ReferenceArea
              key={band.label}
              x1={band.from}
              x2={band.to}
              fill={index % 2 === 0 ? '#f3f2f1' : '#e8f1f8'}
              fillOpacity={1}
              label={{ value: band.label, position: 'insideTop', fill: '#0b0c0c', fontSize: 14 }}
            />
          ))}
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
      <ChartDataDetails>
        <WeeklyTrendTable caption={title} weeks={weeks} halfTerms={halfTerms} />
      </ChartDataDetails>
    </>
  );
}

interface HalfTermBand {
  label: string;
  /** The first and last of the chart's weeks in the half term (a band must start and end on a week shown). */
  from: string;
  to: string;
}

function halfTermBands(weeks: readonly WeeklyRate[], halfTerms: readonly TrendHalfTerm[]): HalfTermBand[] {
  return halfTerms.flatMap((term) => {
    const inTerm = weeks.filter((week) => halfTermOfWeek(week.weekStart, [term]) !== undefined);
    const first = inTerm[0];
    const last = inTerm.at(-1);
    return first && last ? [{ label: term.label, from: first.weekStart, to: last.weekStart }] : [];
  });
}
