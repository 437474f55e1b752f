import { academicYearOf } from '@attendance/domain';
import { formatDate, SummaryList, WeeklyTrendChart } from '@attendance/web-ui';
import { Link } from '@tanstack/react-router';
import { PupilCalendarSection } from './pupil-calendar-section.js';
import {
  academicYearLabel,
  academicYearStart,
  cmeRows,
  penaltyNoticeRows,
  projectionRows,
  weeklyRates,
  whoRows,
  yearToDateRows,
} from './pupil-figures.js';
import type { PupilRecord } from './pupil-record.types.js';
import { AbsenceReasonsTable, BandHistoryTable } from './pupil-tables.js';

export interface PupilContentProps {
  record: PupilRecord;
}

export function PupilContent({ record }: PupilContentProps) {
  const year = academicYearStart(record.academicYear);
  const asOf = record.statusAsOf ? ` on ${formatDate(record.statusAsOf)}` : '';
  const pupilId = String(record.pupilId);
  const latestYear = record.dataAsOf ? academicYearOf(record.dataAsOf) : year;
  return (
    <>
      <span className="govuk-caption-l">{record.school.name}</span>
      <h1 className="govuk-heading-l">Pupil record {record.academicYear}</h1>
      <p className="govuk-body">
        <Link
          to="/schools/$urn/pupils/$pupilId"
          params={{ urn: record.school.urn, pupilId }}
          search={{ year: year - 1 }}
          className="govuk-link"
        >
          Show {academicYearLabel(year - 1)}
        </Link>
        {year < latestYear ? (
          <>
            {' | '}
            <Link
              to="/schools/$urn/pupils/$pupilId"
              params={{ urn: record.school.urn, pupilId }}
              search={{ year: year + 1 }}
              className="govuk-link"
            >
              Show {academicYearLabel(year + 1)}
            </Link>
          </>
        ) : null}
      </p>

      <h2 className="govuk-heading-m">Pupil</h2>
      <SummaryList rows={whoRows(record)} />

      <h2 className="govuk-heading-m">Year to date</h2>
      <SummaryList rows={yearToDateRows(record)} />

      <h2 className="govuk-heading-m">Session calendar</h2>
      <PupilCalendarSection calendar={record.calendar} />

      <h2 className="govuk-heading-m">Absence week by week</h2>
      {record.weeks.length > 0 ? (
        <WeeklyTrendChart
          title="The pupil's overall, authorised and unauthorised absence by week, as a percentage of possible sessions"
          weeks={weeklyRates(record.weeks)}
        />
      ) : (
        <p className="govuk-body">No weeks with marks in this academic year.</p>
      )}

      <h2 className="govuk-heading-m">Band history</h2>
      {record.weeks.length > 0 ? (
        <BandHistoryTable weeks={record.weeks} />
      ) : (
        <p className="govuk-body">No weeks with marks in this academic year.</p>
      )}

      <h2 className="govuk-heading-m">Absence by reason</h2>
      <AbsenceReasonsTable reasons={record.reasons} />

      <h2 className="govuk-heading-m">Projected end-of-year attendance</h2>
      {record.projection ? (
        <>
          <div className="govuk-inset-text">
            This is a projection{asOf}, not a prediction anyone is held to: the rest of the year at the
            pupil's rate so far, moved toward their recent weeks and their school's rate. It flags pupils
            likely to become persistently absent (missing 10% or more) by the end of the year.
          </div>
          <SummaryList rows={projectionRows(record.projection)} />
        </>
      ) : (
        <p className="govuk-body">
          No projection: it is made for pupils of compulsory school age with possible sessions this year.
        </p>
      )}

      <h2 className="govuk-heading-m">Children missing education: unexplained absence</h2>
      {record.cme ? (
        <SummaryList rows={cmeRows(record.cme)} />
      ) : (
        <p className="govuk-body">Not counted: the pupil is not of compulsory school age{asOf}.</p>
      )}

      <h2 className="govuk-heading-m">Penalty notice window</h2>
      {record.penaltyNotice ? (
        <>
          <p className="govuk-body">
            The rolling 10 school weeks of the national penalty notice threshold, ending on the school's last
            register date{asOf}.
          </p>
          <SummaryList rows={penaltyNoticeRows(record.penaltyNotice)} />
        </>
      ) : (
        <p className="govuk-body">Not counted: the pupil is not of compulsory school age{asOf}.</p>
      )}

      <h2 className="govuk-heading-m">Other enrolments</h2>
      {record.otherEnrolments.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {record.otherEnrolments.map((other) => (
            <li key={other.urn}>
              <Link
                to="/schools/$urn/pupils/$pupilId"
                params={{ urn: other.urn, pupilId }}
                search={{ year }}
                className="govuk-link"
              >
                {other.schoolName}
              </Link>{' '}
              (URN {other.urn})
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No other enrolments at schools you can see.</p>
      )}
    </>
  );
}
