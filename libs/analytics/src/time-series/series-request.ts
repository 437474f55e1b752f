import type { HalfTerm, IsoDate } from '@attendance/domain';
import type { OverviewPeriod } from '../la-overview/overview-period.js';
import type { CohortChoice } from '../la-overview/period-enrolment-weeks.sql.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import type { SqlSession } from '../store/sql-session.js';
import { HALF_TERMS_OF_YEAR_AND_LAST_SQL } from './half-terms.sql.js';
import type { TimeSeriesPoint } from './time-series.types.js';

/** What each granularity's reader is given: the resolved period and everything it is counted for. */
export interface SeriesRequest {
  period: OverviewPeriod;
  dataAsOf: IsoDate | null;
  /** The last date with data the series can show: the period's end or the latest mark, the earlier. */
  dataEnd: IsoDate;
  /** Whether the caller gave `from` (a daily series otherwise shows the latest school days). */
  fromGiven: boolean;
  cohort: CohortChoice;
  scope: AnalyticsScope;
  /** The LA half terms of the period's year and of the year before. */
  halfTerms: { thisYear: HalfTerm[]; lastYear: HalfTerm[] };
}

export interface SeriesPoints {
  /** The first date the series covers. */
  start: IsoDate;
  points: TimeSeriesPoint[];
}

export type SeriesReader = (session: SqlSession, request: SeriesRequest) => Promise<SeriesPoints>;

export async function readHalfTerms(
  session: SqlSession,
  academicYear: number,
): Promise<SeriesRequest['halfTerms']> {
  const rows = await session.all(HALF_TERMS_OF_YEAR_AND_LAST_SQL, { academic_year: academicYear });
  const ofYear = (year: number): HalfTerm[] =>
    rows
      .filter((row) => Number(row['academic_year']) === year)
      .map((row) => ({
        number: Number(row['number']),
        start: String(row['start_date']),
        end: String(row['end_date']),
      }));
  return { thisYear: ofYear(academicYear), lastYear: ofYear(academicYear - 1) };
}
