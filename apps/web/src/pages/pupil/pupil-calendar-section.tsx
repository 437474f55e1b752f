import { LabelledSelect, SessionCalendar, SessionCategoryKey, SessionMarksTable } from '@attendance/web-ui';
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
        <LabelledSelect
          id="pupil-marks-month"
          label="List the marks of"
          value={shown}
          options={months.map((option) => ({ value: option, label: monthName(option) }))}
          onChange={selectMonth}
        />
      </div>
      <SessionMarksTable
        caption={`Marks in ${monthName(shown)}`}
        days={calendar.filter((day) => day.date.startsWith(shown))}
      />
    </>
  );
}
