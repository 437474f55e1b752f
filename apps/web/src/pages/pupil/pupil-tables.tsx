import { formatCount, formatDate, formatRate, GovukTable } from '@attendance/web-ui';
import { absenceReasons, bandChanges } from './pupil-figures.js';
import type { PupilRecord } from './pupil-record.types.js';

/** The year-to-date attendance and escalation band at the end of each week, changes of band marked. */
export function BandHistoryTable({ weeks }: { weeks: PupilRecord['weeks'] }) {
  const changes = bandChanges(weeks);
  return (
    <GovukTable
      caption="Year-to-date attendance and escalation band at the end of each week"
      columns={[
        { header: 'Week beginning' },
        { header: 'Attendance so far', numeric: true },
        { header: 'Band' },
      ]}
    >
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
    </GovukTable>
  );
}

export function AbsenceReasonsTable({ reasons }: { reasons: PupilRecord['reasons'] }) {
  const rows = absenceReasons(reasons);
  if (rows.length === 0) return <p className="govuk-body">No absence recorded this year.</p>;
  return (
    <GovukTable
      caption="Absence sessions by reason"
      columns={[{ header: 'Reason' }, { header: 'Sessions', numeric: true }]}
    >
      {rows.map((row) => (
        <tr key={row.label} className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            {row.label}
          </th>
          <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(row.sessions)}</td>
        </tr>
      ))}
    </GovukTable>
  );
}
