import type { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlSession } from '../store/sql-session.js';
import { ABSENCE_THRESHOLD_PARAMS } from './absence-threshold-params.js';
import { ENROLMENT_MEASURES_SQL, WHOLE_YEAR_ENROLMENT_MEASURES_SQL } from './enrolment-measures.sql.js';
import type { LaOverviewParams, LaOverviewResult } from './la-overview.types.js';
import { overviewFromRows, type OverviewRows } from './overview-from-rows.js';
import { periodEnrolmentWeeksSql } from './period-enrolment-weeks.sql.js';
import type { PeriodWeeks } from './period-weeks.js';
import { readPeriod } from './read-period.js';
import { SCHOOLS_IN_PERIOD_SQL, WHOLE_YEAR_SCHOOLS_SQL } from './schools-in-period.sql.js';
import { WEEKLY_TREND_SQL, WHOLE_YEAR_WEEKLY_TREND_SQL } from './weekly-trend.sql.js';

/**
 * The LA's attendance for the statutory cohort over a period (default: academic year to date), with a weekly
 * trend and every school, from the loader's summaries (never from raw marks, but for a week the period
 * cuts in two). All parts come from one read snapshot. Throws RangeError for a malformed date or a
 * period that is not inside one academic year.
 */
export async function queryLaOverview(
  store: AnalyticsStore,
  params: LaOverviewParams = {},
): Promise<LaOverviewResult> {
  return store.read(async (session) => {
    const { period, dataAsOf, weeks } = await readPeriod(session, params);
    const rows = weeks.wholeYear
      ? await readWholeYear(session, weeks.academicYear)
      : await readPeriodWeeks(session, weeks);
    return overviewFromRows(period, dataAsOf, rows);
  });
}

/** A whole year (or the year to date) from the loader's yearly rollups. */
async function readWholeYear(session: SqlSession, academicYear: number): Promise<OverviewRows> {
  const year = { academic_year: academicYear };
  return {
    measureRows: await session.all(WHOLE_YEAR_ENROLMENT_MEASURES_SQL, {
      ...year,
      ...ABSENCE_THRESHOLD_PARAMS,
    }),
    weeklyRows: await session.all(WHOLE_YEAR_WEEKLY_TREND_SQL, year),
    schoolRows: await session.all(WHOLE_YEAR_SCHOOLS_SQL, year),
  };
}

/** Any other period from the weekly summaries, recounting from marks a week the period cuts in two. */
async function readPeriodWeeks(session: SqlSession, weeks: PeriodWeeks): Promise<OverviewRows> {
  const { withClause, params } = periodEnrolmentWeeksSql(weeks);
  return {
    measureRows: await session.all(withClause + ENROLMENT_MEASURES_SQL, {
      ...params,
      ...ABSENCE_THRESHOLD_PARAMS,
    }),
    weeklyRows: await session.all(withClause + WEEKLY_TREND_SQL, params),
    schoolRows: await session.all(withClause + SCHOOLS_IN_PERIOD_SQL, params),
  };
}
