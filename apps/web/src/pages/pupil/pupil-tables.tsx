import { formatCount, formatDate, formatRate } from '@attendance/web-ui';
import { absenceReasons, bandChanges } from './pupil-figures.js';
import type { PupilRecord } from './pupil-record.types.js';

/** The year-to-date attendance and escalation band at the end of each week, changes of band marked. */
export function BandHistoryTable({ weeks }: { weeks: PupilRecord['weeks'] }) {
  const changes = bandChanges(weeks);
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">
        Year-to-date attendance and escalation band at the end of each week
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Week beginning
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Attendance so far
          </th>
          <th scope="col" className="govuk-table__header">
            Band
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {weeks.map((week) => (
          <tr key={week.weekStart} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {formatDate(week.weekStart)}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatRate(week.yearToDateAttendanceRate)}
            </td>
            <td className="govuk-table__cell">
              {week.yearToDateBand?.label ?? 'None'}
              {changes.has(week.weekStart) ? (
                <strong className="govuk-tag govuk-!-margin-left-2">Changed</strong>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AbsenceReasonsTable({ reasons }: { reasons: PupilRecord['reasons'] }) {
  const rows = absenceReasons(reasons);
  if (rows.length === 0) return <p className="govuk-body">No absence recorded this year.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">Absence sessions by reason</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Reason
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Sessions
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={row.label} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {row.label}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(row.sessions)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
