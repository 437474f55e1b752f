import { DFE_ABSENCE_COLUMNS } from '@attendance/domain';
import {
  formatCount,
  formatDate,
  formatRate,
  type SessionDay,
  type SummaryListRow,
  type WeeklyRate,
} from '@attendance/web-ui';
import type { PupilRecord, PupilRecordWeek } from './pupil-record.types.js';

// What the pupil page's sections show, from the record as the API gives it: pure, so each is tested alone.

const yesNo = (value: boolean | null) => (value === null ? 'Not recorded' : value ? 'Yes' : 'No');

/** A week's absence rates as the weekly trend chart draws them (percent of the week's possible sessions). */
export function weeklyRates(weeks: readonly PupilRecordWeek[]): WeeklyRate[] {
  const percent = (sessions: number, possible: number) =>
    possible === 0 ? null : (sessions * 100) / possible;
  return weeks.map((week) => ({
    weekStart: week.weekStart,
    possibleSessions: week.possibleSessions,
    overallAbsenceRate: week.overallAbsenceRate,
    authorisedAbsenceRate: percent(week.authorisedSessions, week.possibleSessions),
    unauthorisedAbsenceRate: percent(week.unauthorisedSessions, week.possibleSessions),
  }));
}

const ENROLMENT_STATUS: Readonly<Record<string, string>> = {
  C: 'Single registration',
  M: 'Dual registration (main)',
  S: 'Dual registration (subsidiary)',
};

const SEN_PROVISION: Readonly<Record<string, string>> = {
  N: 'No special educational need',
  K: 'SEN support',
  E: 'Education, health and care plan',
};

export function whoRows(record: PupilRecord): SummaryListRow[] {
  const c = record.characteristics;
  return [
    { key: 'UPN', value: record.upn },
    { key: 'School', value: `${record.school.name} (URN ${record.school.urn})` },
    { key: 'Year group', value: c.yearGroup ?? 'Not recorded' },
    { key: 'Sex', value: c.sex ?? 'Not recorded' },
    {
      key: 'SEN provision',
      value: c.senProvision ? (SEN_PROVISION[c.senProvision] ?? c.senProvision) : 'Not recorded',
    },
    { key: 'Eligible for free school meals', value: yesNo(c.fsmEligible) },
    { key: 'English as an additional language', value: yesNo(c.eal) },
    { key: 'Child in need', value: yesNo(c.cin) },
    { key: 'Child protection plan', value: yesNo(c.cpp) },
    { key: 'Looked after', value: yesNo(c.cla) },
    { key: 'Registration', value: ENROLMENT_STATUS[c.enrolmentStatus] ?? c.enrolmentStatus },
    { key: 'Admitted', value: formatDate(c.admissionDate) },
    ...(c.leavingDate ? [{ key: 'Left', value: formatDate(c.leavingDate) }] : []),
    {
      key: 'Compulsory school age',
      value: c.inStatutoryCohort ? 'Yes (in the headline figures)' : 'No (not in the headline figures)',
    },
  ];
}

export function yearToDateRows(record: PupilRecord): SummaryListRow[] {
  const y = record.yearToDate;
  const status = y.severelyAbsent
    ? 'Severely absent (50% or more missed)'
    : y.persistentlyAbsent
      ? 'Persistently absent (10% or more missed)'
      : 'Neither persistently nor severely absent';
  return [
    { key: 'Attendance', value: formatRate(y.attendanceRate) },
    { key: 'Overall absence', value: formatRate(y.overallAbsenceRate) },
    { key: 'Possible sessions', value: formatCount(y.possibleSessions) },
    { key: 'Sessions attended', value: formatCount(y.attendedSessions) },
    { key: 'Authorised absence sessions', value: formatCount(y.authorisedSessions) },
    { key: 'Unauthorised absence sessions', value: formatCount(y.unauthorisedSessions) },
    { key: 'Absence status', value: status },
    { key: 'Escalation band', value: y.band?.label ?? 'None' },
  ];
}

/** The weeks whose year-to-date band differs from the week before: where the band history changed. */
export function bandChanges(weeks: readonly PupilRecordWeek[]): Set<string> {
  const changes = new Set<string>();
  weeks.forEach((week, index) => {
    const before = weeks[index - 1];
    if (before !== undefined && before.yearToDateBand?.id !== week.yearToDateBand?.id)
      changes.add(week.weekStart);
  });
  return changes;
}

/** What each DfE reason column counts, from the domain's column descriptions (e.g. "... illness (I)"). */
export function reasonLabel(column: string): string {
  const described = DFE_ABSENCE_COLUMNS.find((candidate) => candidate.name === column);
  return described ? described.description.replace(/: sessions\.$/, '') : column;
}

export function absenceReasons(reasons: PupilRecord['reasons']): { label: string; sessions: number }[] {
  return reasons
    .filter((reason) => reason.sessions > 0)
    .map((reason) => ({ label: reasonLabel(reason.column), sessions: reason.sessions }));
}

export function projectionRows(projection: NonNullable<PupilRecord['projection']>): SummaryListRow[] {
  return [
    {
      key: 'Projected attendance at the end of the year',
      value: formatRate(projection.projectedAttendanceRate),
    },
    {
      key: 'Likely to become persistently absent',
      value: projection.alreadyPersistent
        ? 'Already persistently absent'
        : projection.likelyPersistent
          ? 'Yes'
          : 'No',
    },
    { key: 'Attendance so far', value: formatRate(projection.attendanceRate) },
    { key: 'Attendance over recent weeks', value: formatRate(projection.recentAttendanceRate) },
    { key: "School's attendance so far", value: formatRate(projection.schoolAttendanceRate) },
    { key: 'Sessions still to come', value: formatCount(projection.remainingPossibleSessions) },
    {
      key: 'Flagged from a projected absence of',
      value: formatRate(projection.flagFromProjectedAbsencePercent),
    },
  ];
}

export function cmeRows(cme: NonNullable<PupilRecord['cme']>): SummaryListRow[] {
  if (cme.daysInRun === 0 || cme.runSince === null) {
    return [{ key: 'Consecutive school days of unexplained absence', value: 'None' }];
  }
  return [
    { key: 'Consecutive school days of unexplained absence', value: formatCount(cme.daysInRun) },
    { key: 'Since', value: formatDate(cme.runSince) },
    {
      key: 'Milestone reached',
      value: cme.milestone === null ? 'None yet (the first is day 3)' : `Day ${cme.milestone}`,
    },
    ...(cme.lastSchoolDay
      ? [{ key: "Counted back from the school's last school day", value: formatDate(cme.lastSchoolDay) }]
      : []),
  ];
}

export function penaltyNoticeRows(window: NonNullable<PupilRecord['penaltyNotice']>): SummaryListRow[] {
  return [
    { key: 'Window', value: `${formatDate(window.windowStart)} to ${formatDate(window.windowEnd)}` },
    { key: 'School weeks in the window', value: formatCount(window.schoolWeeks) },
    { key: 'Unauthorised absence sessions in the window', value: formatCount(window.unauthorisedSessions) },
    {
      key: 'Meets the national threshold',
      value: window.meetsThreshold
        ? `Yes (${formatCount(window.threshold)} or more sessions${window.thresholdMetOn ? `, since ${formatDate(window.thresholdMetOn)}` : ''})`
        : `No (the threshold is ${formatCount(window.threshold)} sessions)`,
    },
  ];
}

/** The months (YYYY-MM) holding marks, oldest first. */
export function monthsWithMarks(calendar: readonly SessionDay[]): string[] {
  return [...new Set(calendar.map((day) => day.date.slice(0, 7)))].sort();
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

export function monthName(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** The year an academic year label ("2025/26") starts in. */
export function academicYearStart(label: string): number {
  return Number(label.slice(0, 4));
}

export function academicYearLabel(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
