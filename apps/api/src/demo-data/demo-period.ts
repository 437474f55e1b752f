import {
  SchoolCalendar,
  academicYearBounds,
  academicYearOf,
  addDays,
  defaultLaTermCalendar,
  type IsoDate,
} from '@attendance/domain';

/** Fewer school days than this and the current year is too young to show; the demo shows last year instead. */
const MINIMUM_SCHOOL_DAYS_TO_SHOW = 5;

/**
 * The period the demo LA covers when it is generated on `today`: the academic year to date, up to yesterday.
 * Early in September or in the summer holidays the year has (almost) no school days yet, so the demo then
 * covers the whole of the previous academic year.
 */
export function demoPeriodFor(today: IsoDate): { academicYear: number; asOf: IsoDate } {
  const yesterday = addDays(today, -1);
  const academicYear = academicYearOf(yesterday);
  const calendar = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(academicYear));
  const schoolDaysSoFar = calendar.schoolDays(academicYearBounds(academicYear).start, yesterday);
  if (schoolDaysSoFar.length >= MINIMUM_SCHOOL_DAYS_TO_SHOW) return { academicYear, asOf: yesterday };
  const previousYear = academicYear - 1;
  return { academicYear: previousYear, asOf: academicYearBounds(previousYear).end };
}
