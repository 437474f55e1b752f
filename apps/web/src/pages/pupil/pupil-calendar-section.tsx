import { SessionCalendar, SessionCategoryKey, SessionMarksTable } from '@attendance/web-ui';
import { monthName, monthsWithMarks } from './pupil-figures.js';
import type { PupilRecord } from './pupil-record.types.js';
import { pupilRouteApi } from './pupil-route.js';

/**
 * The session calendar heat-map with its key, and its marks as a table for the month chosen (in the URL:
 * choosing a day in the calendar, or a month in the list, lists that month's marks).
 */
export function PupilCalendarSection({ calendar }: { calendar: PupilRecord['calendar'] }) {
  const { month } = pupilRouteApi.useSearch();
  const navigate = pupilRouteApi.useNavigate();
  const months = monthsWithMarks(calendar);
  if (months.length === 0) {
    return <p className="govuk-body">The school has sent no marks for this pupil in this academic year.</p>;
  }
  const shown = month !== undefined && months.includes(month) ? month : (months.at(-1) as string);
  const selectMonth = (chosen: string) =>
    void navigate({ search: (previous) => ({ ...previous, month: chosen }) });

  return (
    <>
      <SessionCategoryKey />
      <SessionCalendar days={calendar} onSelectDay={(date) => selectMonth(date.slice(0, 7))} />
      <div className="govuk-form-group govuk-!-margin-top-6">
        <label className="govuk-label" htmlFor="pupil-marks-month">
          List the marks of
        </label>
        <select
          className="govuk-select"
          id="pupil-marks-month"
          value={shown}
          onChange={(event) => selectMonth(event.target.value)}
        >
          {months.map((option) => (
            <option key={option} value={option}>
              {monthName(option)}
            </option>
          ))}
        </select>
      </div>
      <SessionMarksTable
        caption={`Marks in ${monthName(shown)}`}
        days={calendar.filter((day) => day.date.startsWith(shown))}
      />
    </>
  );
}
