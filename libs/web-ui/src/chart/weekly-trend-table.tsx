import { formatCount } from '../format/format-count.js';
import { formatDate } from '../format/format-date.js';
import { formatRate } from '../format/format-rate.js';
import { GovukTable } from '../table/govuk-table.js';
import { halfTermOfWeek, weeklyRateSeries, type TrendHalfTerm, type WeeklyRate } from './weekly-rate.js';

export interface WeeklyTrendTableProps {
  caption: string;
  weeks: readonly WeeklyRate[];
  /** When given, a column says which half term each week is in ('Holiday' for none). */
  halfTerms?: readonly TrendHalfTerm[] | undefined;
}

/** The chart's figures as a plain GOV.UK table, for screen reader users and anyone who wants exact numbers. */
export function WeeklyTrendTable({ caption, weeks, halfTerms }: WeeklyTrendTableProps) {
  return (
    <GovukTable
      caption={caption}
      columns={[
        { header: 'Week beginning' },
        ...(halfTerms ? [{ header: 'Half term' }] : []),
        ...weeklyRateSeries.map((series) => ({ header: series.label, numeric: true })),
        { header: 'Possible sessions', numeric: true },
      ]}
    >
      {weeks.map((week) => (
        <tr key={week.weekStart} className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            {formatDate(week.weekStart)}
          </th>
          {halfTerms ? (
            <td className="govuk-table__cell">
              {halfTermOfWeek(week.weekStart, halfTerms)?.label ?? 'Holiday'}
            </td>
          ) : null}
          {weeklyRateSeries.map((series) => (
            <td key={series.measure} className="govuk-table__cell govuk-table__cell--numeric">
              {formatRate(week[series.measure])}
            </td>
          ))}
          <td className="govuk-table__cell govuk-table__cell--numeric">
            {formatCount(week.possibleSessions)}
          </td>
        </tr>
      ))}
    </GovukTable>
  );
}
