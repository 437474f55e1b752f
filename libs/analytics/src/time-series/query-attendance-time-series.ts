import { minDate } from '@attendance/domain';
import type { CohortChoice } from '../la-overview/period-enrolment-weeks.sql.js';
import { readPeriod } from '../la-overview/read-period.js';
import { WHOLE_LA_SCOPE } from '../scope/analytics-scope.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { readDailySeries } from './daily-series.js';
import { readHalfTermSeries } from './half-term-series.js';
import { readHalfTerms, type SeriesReader } from './series-request.js';
import {
  TIME_SERIES_GRANULARITIES,
  type AttendanceTimeSeries,
  type TimeSeriesGranularity,
  type TimeSeriesParams,
} from './time-series.types.js';
import { readWeeklySeries } from './weekly-series.js';

const COHORTS: readonly CohortChoice[] = ['statutory', 'outside-statutory'];

const READERS: Record<TimeSeriesGranularity, SeriesReader> = {
  day: readDailySeries,
  week: readWeeklySeries,
  'half-term': readHalfTermSeries,
};

/**
 * A cohort's attendance over a period (default the academic year to date, inside one academic year) as a series
 * of days, weeks or half terms, each with the same point of the previous academic year. All parts come from
 * one read snapshot. Throws RangeError for an unknown granularity or cohort, a malformed date, a period across
 * two years, or a daily series longer than 100 days.
 */
export async function queryAttendanceTimeSeries(
  store: AnalyticsStore,
  params: TimeSeriesParams,
): Promise<AttendanceTimeSeries> {
  const { granularity } = params;
  if (!TIME_SERIES_GRANULARITIES.includes(granularity)) {
    throw new RangeError(
      `granularity must be one of ${TIME_SERIES_GRANULARITIES.join(', ')}, got "${String(granularity)}"`,
    );
  }
  const cohort = params.cohort ?? 'statutory';
  if (!COHORTS.includes(cohort)) {
    throw new RangeError(`cohort must be one of ${COHORTS.join(', ')}, got "${String(cohort)}"`);
  }
  return store.read(async (session) => {
    const { period, dataAsOf } = await readPeriod(session, params);
    const { start, points } = await READERS[granularity](session, {
      period,
      dataAsOf,
      dataEnd: dataAsOf === null ? period.end : minDate(period.end, dataAsOf),
      fromGiven: params.from !== undefined,
      cohort,
      scope: params.scope ?? WHOLE_LA_SCOPE,
      halfTerms: await readHalfTerms(session, period.academicYear),
    });
    return {
      academicYear: period.academicYear,
      start,
      end: period.end,
      dataAsOf,
      granularity,
      cohort,
      points,
    };
  });
}
