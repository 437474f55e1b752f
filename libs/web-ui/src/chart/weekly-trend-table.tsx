import { formatCount } from '../format/format-count.js';
import { formatDate } from '../format/format-date.js';
import { formatRate } from '../format/format-rate.js';
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
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Week beginning
          </th>
          {halfTerms ? (
            <th scope="col" className="govuk-table__header">
              Half term
            </th>
          ) : null}
          {weeklyRateSeries.map((series) => (
            <th key={series.measure} scope="col" className="govuk-table__header govuk-table__header--numeric">
              {series.label}
            </th>
          ))}
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Possible sessions
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
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
      </tbody>
    </table>
  );
}
