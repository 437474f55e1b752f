import {
  SchoolCalendar,
  addDays,
  dayOfWeek,
  defaultLaTermCalendar,
  mondayOf,
  termConfigSchoolDays,
  type IsoDate,
  type LaTermCalendarConfig,
} from '@attendance/domain';

/** The edges of a holiday: families who take term-time holidays mostly stretch these. */
export interface BreakEdge {
  /** Index (into `days`) of the last term day before the break. */
  lastDayBefore: number;
  /** Index of the first term day after the break; null for the summer holiday. */
  firstDayAfter: number | null;
}

/**
 * The LA's term days for one academic year, with what the absence model needs to know about each day. Term
 * days are the LA's pupil days plus its inset days: every school registers on all of them and marks its own
 * inset days `#`, so inset days differ between schools while the LA calendar stays the same.
 */
export interface SchoolYearTimeline {
  academicYear: number;
  termConfig: LaTermCalendarConfig;
  laCalendar: SchoolCalendar;
  /** Term days of the whole year, sorted. */
  days: readonly IsoDate[];
  /** ISO weekday, 1 = Monday .. 5 = Friday. */
  weekday: Uint8Array;
  /** Calendar month, 1..12. */
  month: Uint8Array;
  /** 0 = autumn, 1 = spring, 2 = summer. */
  term: Uint8Array;
  /** 1..6 for LA pupil days; for LA inset days the half term of the nearest earlier pupil day (or 1). */
  halfTerm: Uint8Array;
  breaks: readonly BreakEdge[];
  /** Number of days (from the start) that carry marks: `days[markDayCount - 1]` is the last date with marks. */
  markDayCount: number;
}

export interface TimelineCut {
  asOf: IsoDate;
  weeks?: number;
}

/** Last date with marks: `asOf`, or earlier when `weeks` caps the export. */
export function lastMarkDate(days: readonly IsoDate[], cut: TimelineCut): IsoDate {
  const first = days[0];
  if (cut.weeks === undefined || first === undefined) return cut.asOf;
  const weekCap = addDays(mondayOf(first), cut.weeks * 7 - 1);
  return weekCap < cut.asOf ? weekCap : cut.asOf;
}

export function buildSchoolYearTimeline(academicYear: number, cut: TimelineCut): SchoolYearTimeline {
  const termConfig = defaultLaTermCalendar(academicYear);
  const laCalendar = SchoolCalendar.fromTermConfig(termConfig);
  const days = termConfigSchoolDays({ ...termConfig, insetDays: [] });
  const weekday = new Uint8Array(days.length);
  const month = new Uint8Array(days.length);
  const term = new Uint8Array(days.length);
  const halfTerm = new Uint8Array(days.length);
  const halfTerms = laCalendar.halfTerms(academicYear);
  days.forEach((day, index) => {
    weekday[index] = dayOfWeek(day);
    month[index] = Number(day.slice(5, 7));
    term[index] = termConfig.terms.findIndex((candidate) => day >= candidate.start && day <= candidate.end);
    const current = halfTerms.filter((candidate) => candidate.start <= day).pop();
    halfTerm[index] = current?.number ?? 1;
  });
  const breaks = halfTerms.map((half): BreakEdge => {
    let lastDayBefore = 0;
    while (lastDayBefore + 1 < days.length && (days[lastDayBefore + 1] as IsoDate) <= half.end)
      lastDayBefore += 1;
    const firstDayAfter = lastDayBefore + 1 < days.length ? lastDayBefore + 1 : null;
    return { lastDayBefore, firstDayAfter };
  });
  const last = lastMarkDate(days, cut);
  let markDayCount = 0;
  while (markDayCount < days.length && (days[markDayCount] as IsoDate) <= last) markDayCount += 1;
  return { academicYear, termConfig, laCalendar, days, weekday, month, term, halfTerm, breaks, markDayCount };
}

/** Number of days with marks when an export is cut at `date` (inclusive). */
export function markDayCountUntil(timeline: SchoolYearTimeline, date: IsoDate): number {
  let count = 0;
  while (count < timeline.markDayCount && (timeline.days[count] as IsoDate) <= date) count += 1;
  return count;
}
