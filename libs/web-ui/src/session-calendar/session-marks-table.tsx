import { formatDate } from '../format/format-date.js';
import { GovukTable } from '../table/govuk-table.js';
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
    <GovukTable
      caption={caption}
      columns={[
        { header: 'Date' },
        { header: 'Morning mark' },
        { header: 'Morning category' },
        { header: 'Afternoon mark' },
        { header: 'Afternoon category' },
      ]}
    >
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
    </GovukTable>
  );
}
