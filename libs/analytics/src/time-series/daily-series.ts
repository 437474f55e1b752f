import { addDays, daysBetween, maxDate } from '@attendance/domain';
import type { DateRange } from '../la-overview/period-weeks.js';
import { isScoped, scopeParams } from '../scope/scope-filter.sql.js';
import type { SqlSession } from '../store/sql-session.js';
import type { SqlRow } from '../store/sql-values.js';
import { dailyCountsSql } from './daily-counts.sql.js';
import { halfTermOfDay } from './half-term-placing.js';
import { sessionFigures } from './point-figures.js';
import { DAYS_IN_52_WEEKS, sameDatesLastYear } from './same-point-last-year.js';
import type { SeriesReader, SeriesRequest } from './series-request.js';
import type { TimeSeriesPoint } from './time-series.types.js';

/** Days are counted from marks, so a daily series is kept short. */
export const MAX_DAILY_SERIES_DAYS = 100;
/** Without `from`, a daily series shows this many school days (dates with possible sessions) up to `to`. */
export const DEFAULT_DAILY_SCHOOL_DAYS = 20;

/**
 * A point per date with possible sessions. Without `from`, the latest 20 such dates up to the period's end (or
 * the latest mark), looked for over at most the last 100 days of the year. Last year: the same dates 52 weeks
 * earlier, read in one more pass over marks.
 */
export const readDailySeries: SeriesReader = async (session, request) => {
  const { period, dataEnd } = request;
  const requestedDays = daysBetween(period.start, period.end) + 1;
  if (request.fromGiven && requestedDays > MAX_DAILY_SERIES_DAYS) {
    throw new RangeError(
      `A daily series covers at most ${MAX_DAILY_SERIES_DAYS} days, but ${period.start} to ${period.end} is ` +
        `${requestedDays}: ask for a shorter period, or for weekly points`,
    );
  }
  const dates = {
    from: request.fromGiven
      ? period.start
      : maxDate(period.start, addDays(dataEnd, 1 - MAX_DAILY_SERIES_DAYS)),
    to: dataEnd,
  };
  const allRows = dates.from <= dates.to ? await dailyRows(session, request, period.academicYear, dates) : [];
  const rows = request.fromGiven ? allRows : allRows.slice(-DEFAULT_DAILY_SCHOOL_DAYS);

  const first = rows[0];
  const last = rows[rows.length - 1];
  const lastYearDates =
    first && last
      ? sameDatesLastYear({ from: String(first['day']), to: String(last['day']) }, period.academicYear)
      : null;
  const lastYearRows = lastYearDates
    ? await dailyRows(session, request, period.academicYear - 1, lastYearDates)
    : [];
  const lastYearByDay = new Map(lastYearRows.map((row) => [String(row['day']), row]));

  const points = rows.flatMap((row): TimeSeriesPoint[] => {
    const day = String(row['day']);
    const figures = sessionFigures({ from: day, to: day }, row);
    if (!figures) return [];
    const sameDay = addDays(day, -DAYS_IN_52_WEEKS);
    return [
      {
        ...figures,
        label: day,
        halfTerm: halfTermOfDay(day, request.halfTerms.thisYear),
        lastYear: lastYearDates
          ? sessionFigures({ from: sameDay, to: sameDay }, lastYearByDay.get(sameDay))
          : null,
      },
    ];
  });
  return { start: request.fromGiven ? period.start : first ? String(first['day']) : dates.from, points };
};

async function dailyRows(
  session: SqlSession,
  request: SeriesRequest,
  academicYear: number,
  dates: DateRange,
): Promise<SqlRow[]> {
  return session.all(dailyCountsSql(isScoped(request.scope)), {
    from_date: dates.from,
    to_date: dates.to,
    academic_year: academicYear,
    statutory: request.cohort === 'statutory',
    ...scopeParams(request.scope),
  });
}
