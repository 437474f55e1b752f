import { formatDate } from '../format/format-date.js';
import { sessionCategoryStyle } from './session-categories.js';
import type { SessionDay, SessionMark } from './session-day.js';

export interface SessionMarksTableProps {
  caption: string;
  days: readonly SessionDay[];
}

function MarkCells({ mark }: { mark: SessionMark | null }) {
  return (
    <>
      <td className="govuk-table__cell">{mark?.code ?? 'No mark'}</td>
      <td className="govuk-table__cell">{mark ? sessionCategoryStyle(mark.category).label : ''}</td>
    </>
  );
}

/** The calendar's marks as a plain GOV.UK table: a row per date, the morning and afternoon code and category. */
export function SessionMarksTable({ caption, days }: SessionMarksTableProps) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Date
          </th>
          <th scope="col" className="govuk-table__header">
            Morning mark
          </th>
          <th scope="col" className="govuk-table__header">
            Morning category
          </th>
          <th scope="col" className="govuk-table__header">
            Afternoon mark
          </th>
          <th scope="col" className="govuk-table__header">
            Afternoon category
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {[...days]
          .sort((a, b) => (a.date < b.date ? -1 : 1))
          .map((day) => (
            <tr key={day.date} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {formatDate(day.date)}
              </th>
              <MarkCells mark={day.am} />
              <MarkCells mark={day.pm} />
            </tr>
          ))}
      </tbody>
    </table>
  );
}
