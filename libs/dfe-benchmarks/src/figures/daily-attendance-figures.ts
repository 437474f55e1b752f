import type { BenchmarkFigure } from '../benchmark.types.js';
import type { FigureReader } from './figure-reader.js';

/**
 * The reason columns of the daily attendance files, each one register code (2024 code set), with the DfE's
 * technical guidance wording shortened. Authorised holiday (H) has no rate column in these files.
 */
export const DAILY_ABSENCE_REASONS = [
  {
    reason: 'illness',
    registerCode: 'I',
    authorised: true,
    label: 'Illness (not medical or dental appointments)',
  },
  { reason: 'medicalDental', registerCode: 'M', authorised: true, label: 'Medical or dental appointments' },
  { reason: 'religiousObservance', registerCode: 'R', authorised: true, label: 'Religious observance' },
  { reason: 'studyLeave', registerCode: 'S', authorised: true, label: 'Study leave' },
  {
    reason: 'mobileChild',
    registerCode: 'T',
    authorised: true,
    label: 'Mobile child, parent travelling for work',
  },
  {
    reason: 'excluded',
    registerCode: 'E',
    authorised: true,
    label: 'Suspended or excluded, no provision made',
  },
  {
    reason: 'regulatedPerformance',
    registerCode: 'C1',
    authorised: true,
    label: 'Regulated performance or employment',
  },
  { reason: 'interview', registerCode: 'J1', authorised: true, label: 'Interview' },
  {
    reason: 'temporaryReducedTimetable',
    registerCode: 'C2',
    authorised: true,
    label: 'Temporarily reduced timetable',
  },
  { reason: 'otherAuthorised', registerCode: 'C', authorised: true, label: 'Other authorised circumstances' },
  { reason: 'unauthorisedHoliday', registerCode: 'G', authorised: false, label: 'Holiday not authorised' },
  { reason: 'otherUnauthorised', registerCode: 'O', authorised: false, label: 'Other unauthorised absence' },
  {
    reason: 'lateAfterRegistersClosed',
    registerCode: 'U',
    authorised: false,
    label: 'Arrived after registers closed',
  },
  { reason: 'noReasonYet', registerCode: 'N', authorised: false, label: 'No reason yet' },
] as const;

export type DailyAbsenceReason = (typeof DAILY_ABSENCE_REASONS)[number]['reason'];

const HEADLINE_COLUMNS = [
  'enrolments',
  'possibleSessions',
  'attendancePercent',
  'overallAbsencePercent',
  'authorisedAbsencePercent',
  'unauthorisedAbsencePercent',
  'persistentAbsencePercent',
] as const;

/** The columns a daily attendance table must have, in the order the import script writes them. */
export const DAILY_ATTENDANCE_COLUMNS: readonly string[] = [
  ...HEADLINE_COLUMNS,
  ...DAILY_ABSENCE_REASONS.map(({ reason }) => reason),
];

/** Figures from the daily attendance data. No severe absence: these files do not publish it. */
export interface DailyAttendanceFigures {
  /** Average enrolments of the schools sharing data over the period (fractional; not a pupil count). */
  readonly enrolments: BenchmarkFigure;
  readonly possibleSessions: BenchmarkFigure;
  readonly attendancePercent: BenchmarkFigure;
  readonly overallAbsencePercent: BenchmarkFigure;
  readonly authorisedAbsencePercent: BenchmarkFigure;
  readonly unauthorisedAbsencePercent: BenchmarkFigure;
  /** Enrolments missing 10% or more of their possible sessions (10.0% counts). */
  readonly persistentAbsencePercent: BenchmarkFigure;
  /** Sessions missed for each reason as a percentage of possible sessions. */
  readonly reasonPercent: Readonly<Record<DailyAbsenceReason, BenchmarkFigure>>;
}

export function readDailyAttendanceFigures(read: FigureReader): DailyAttendanceFigures {
  const reasonPercent = Object.fromEntries(
    DAILY_ABSENCE_REASONS.map(({ reason }) => [reason, read.required(reason)]),
  ) as Record<DailyAbsenceReason, BenchmarkFigure>;
  return {
    enrolments: read.required('enrolments'),
    possibleSessions: read.required('possibleSessions'),
    attendancePercent: read.required('attendancePercent'),
    overallAbsencePercent: read.required('overallAbsencePercent'),
    authorisedAbsencePercent: read.required('authorisedAbsencePercent'),
    unauthorisedAbsencePercent: read.required('unauthorisedAbsencePercent'),
    persistentAbsencePercent: read.required('persistentAbsencePercent'),
    reasonPercent,
  };
}
