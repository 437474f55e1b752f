import {
  academicYearOf,
  consecutiveUnexplainedAbsenceDays,
  countsTowardStatutoryMeasures,
  defaultLaTermCalendar,
  firstDateThresholdMet,
  highestLaMilestone,
  maxDate,
  PENALTY_NOTICE_FRAMEWORK_IN_FORCE_FROM,
  PENALTY_NOTICE_THRESHOLD,
  registerCalendar,
  SchoolCalendar,
  unauthorisedSessionsInRollingWindow,
  type IsoDate,
  type RegisterSessionMark,
} from '@attendance/domain';
import type { SqlSession } from '../store/sql-session.js';
import { PUPIL_MARKS_TO_DATE_SQL, SCHOOL_REGISTER_CODES_SQL } from './pupil-record-status.sql.js';
import type { PupilCmeRun, PupilPenaltyNoticeWindow } from './pupil-record.types.js';

// One enrolment's CME run and penalty-notice window on asOf, counted as the CME milestone and penalty-notice
// lists count them (their specs hold the lists to exactly these domain functions): the school's own register
// as its calendar (registerCalendar), the school's last register date on or before asOf as the window's end,
// and only for a child of compulsory school age on that date (the statutory cohort: neither list applies to
// anyone else).

export interface PupilActionStatus {
  cme: PupilCmeRun | null;
  penaltyNotice: PupilPenaltyNoticeWindow | null;
}

export async function readPupilActionStatus(
  session: SqlSession,
  enrolment: { school_id: number; pupil_id: number; dateOfBirth: IsoDate },
  asOf: IsoDate,
): Promise<PupilActionStatus> {
  const ids = { school_id: enrolment.school_id, pupil_id: enrolment.pupil_id };
  const registerCodes = await session.all(SCHOOL_REGISTER_CODES_SQL, {
    school_id: ids.school_id,
    as_of: asOf,
  });
  const register = registerCodes.map((row) => ({
    date: String(row['session_date']),
    mark: String(row['code']),
  }));
  const registerEnd = register.reduce<IsoDate | null>(
    (latest, { date }) => (date <= asOf && (latest === null || date > latest) ? date : latest),
    null,
  );
  if (registerEnd === null || !isOfCompulsorySchoolAge(enrolment.dateOfBirth, registerEnd)) {
    return { cme: null, penaltyNotice: null };
  }
  const calendar = registerCalendar(register);
  const marks = (await session.all(PUPIL_MARKS_TO_DATE_SQL, { ...ids, as_of: asOf })).map(
    (row): RegisterSessionMark => ({
      date: String(row['session_date']),
      session: Number(row['session']) === 0 ? 'AM' : 'PM',
      mark: String(row['code']),
    }),
  );
  const run = consecutiveUnexplainedAbsenceDays(marks, calendar, asOf);
  return {
    cme: {
      daysInRun: run.days,
      runSince: run.since,
      milestone: highestLaMilestone(run.days),
      lastSchoolDay: calendar.lastSchoolDayOnOrBefore(asOf),
    },
    penaltyNotice:
      asOf < PENALTY_NOTICE_FRAMEWORK_IN_FORCE_FROM
        ? null
        : penaltyNoticeWindow(marks, calendar, registerEnd),
  };
}

function penaltyNoticeWindow(
  marks: readonly RegisterSessionMark[],
  calendar: SchoolCalendar,
  registerEnd: IsoDate,
): PupilPenaltyNoticeWindow {
  const window = unauthorisedSessionsInRollingWindow(marks, calendar, registerEnd);
  const meetsThreshold = window.count >= PENALTY_NOTICE_THRESHOLD.unauthorisedSessions;
  const inWindow = marks.filter(({ date }) => date >= window.windowStart && date <= registerEnd);
  const metOn = meetsThreshold ? firstDateThresholdMet(inWindow, calendar) : null;
  return {
    windowStart: window.windowStart,
    windowEnd: registerEnd,
    schoolWeeks: window.schoolWeeks,
    unauthorisedSessions: window.count,
    threshold: PENALTY_NOTICE_THRESHOLD.unauthorisedSessions,
    meetsThreshold,
    thresholdMetOn: metOn === null ? null : maxDate(metOn, PENALTY_NOTICE_FRAMEWORK_IN_FORCE_FROM),
  };
}

/** The statutory cohort on a date: its academic year's age rule and, at 15, not from the sixth half term. */
function isOfCompulsorySchoolAge(dateOfBirth: IsoDate, day: IsoDate): boolean {
  const year = academicYearOf(day);
  const halfTerms = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(year)).halfTerms(year);
  return countsTowardStatutoryMeasures(dateOfBirth, year, day, halfTerms);
}
