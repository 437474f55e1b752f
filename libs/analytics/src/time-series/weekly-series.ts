import { addDays, maxDate, minDate, type IsoDate } from '@attendance/domain';
import type { OverviewPeriod } from '../la-overview/overview-period.js';
import { periodEnrolmentWeeksSql } from '../la-overview/period-enrolment-weeks.sql.js';
import { periodWeeks } from '../la-overview/period-weeks.js';
import { periodWeeklyTrendSql, wholeYearWeeklyTrendSql } from '../la-overview/weekly-trend.sql.js';
import { isScoped, scopeParams } from '../scope/scope-filter.sql.js';
import type { SqlSession } from '../store/sql-session.js';
import type { SqlRow } from '../store/sql-values.js';
import { halfTermOfWeek } from './half-term-placing.js';
import { sessionFigures } from './point-figures.js';
import { DAYS_IN_52_WEEKS, sameDatesLastYear } from './same-point-last-year.js';
import type { SeriesReader, SeriesRequest } from './series-request.js';
import type { TimeSeriesPoint } from './time-series.types.js';

/**
 * A point per week with possible sessions, counted as the overview's weekly trend (la-overview/weekly-trend.sql.ts)
 * for the cohort and scope asked for; a point's dates are the week's, cut to the period and the data. Last
 * year: the same dates 52 weeks earlier, read in one more pass over last year's weeks.
 */
export const readWeeklySeries: SeriesReader = async (session, request) => {
  const { period, dataEnd } = request;
  const rows = await weeklyRows(session, request, period);
  const datesOf = (weekStart: IsoDate) => ({
    from: maxDate(weekStart, period.start),
    to: minDate(addDays(weekStart, 6), dataEnd),
  });
  const first = rows[0];
  const last = rows[rows.length - 1];
  const lastYearDates =
    first && last
      ? sameDatesLastYear(
          { from: datesOf(String(first['week_start'])).from, to: datesOf(String(last['week_start'])).to },
          period.academicYear,
        )
      : null;
  const lastYearRows = lastYearDates
    ? await weeklyRows(session, request, {
        academicYear: period.academicYear - 1,
        start: lastYearDates.from,
        end: lastYearDates.to,
      })
    : [];
  const lastYearByWeek = new Map(lastYearRows.map((row) => [String(row['week_start']), row]));

  const points = rows.flatMap((row): TimeSeriesPoint[] => {
    const weekStart = String(row['week_start']);
    const dates = datesOf(weekStart);
    const figures = sessionFigures(dates, row);
    if (!figures) return [];
    const sameDates = sameDatesLastYear(dates, period.academicYear);
    const lastYearRow = lastYearByWeek.get(addDays(weekStart, -DAYS_IN_52_WEEKS));
    return [
      {
        ...figures,
        label: weekStart,
        halfTerm: halfTermOfWeek(weekStart, request.halfTerms.thisYear),
        lastYear: sameDates ? sessionFigures(sameDates, lastYearRow) : null,
      },
    ];
  });
  return { start: period.start, points };
};

/** The period's weekly rows: the statutory cohort's whole year from the rollup school_weeks, as the overview. */
async function weeklyRows(
  session: SqlSession,
  request: SeriesRequest,
  period: OverviewPeriod,
): Promise<SqlRow[]> {
  const scoped = isScoped(request.scope);
  const weeks = periodWeeks(period, request.dataAsOf);
  if (weeks.wholeYear && request.cohort === 'statutory') {
    return session.all(wholeYearWeeklyTrendSql(scoped), {
      academic_year: period.academicYear,
      ...scopeParams(request.scope),
    });
  }
  const source = periodEnrolmentWeeksSql(weeks, request.cohort);
  return session.all(source.withClause + periodWeeklyTrendSql(scoped), {
    ...source.params,
    ...scopeParams(request.scope),
  });
}
