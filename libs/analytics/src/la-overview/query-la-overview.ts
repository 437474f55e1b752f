import { WHOLE_LA_SCOPE, type AnalyticsScope } from '../scope/analytics-scope.js';
import { isScoped, scopeParams } from '../scope/scope-filter.sql.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlSession } from '../store/sql-session.js';
import { classifiedEnrolmentsParams } from '../cohort-measures/classified-enrolments.sql.js';
import { ENROLMENT_MEASURES_SQL } from './enrolment-measures.sql.js';
import type { LaOverviewParams, LaOverviewResult } from './la-overview.types.js';
import { overviewFromRows, type OverviewRows } from './overview-from-rows.js';
import { periodEnrolmentSessionsSql } from './period-enrolment-sessions.sql.js';
import { periodEnrolmentWeeksSql } from './period-enrolment-weeks.sql.js';
import type { PeriodWeeks } from './period-weeks.js';
import { readPeriod } from './read-period.js';
import { schoolsInPeriodSql, wholeYearSchoolsSql } from './schools-in-period.sql.js';
import { statutoryPeriodWeeklyTrendSql, wholeYearWeeklyTrendSql } from './weekly-trend.sql.js';

/**
 * The LA's attendance for the statutory cohort over a period (default: academic year to date), with a weekly
 * trend and every school; for a scope that sees some schools only (a school's own dashboard: one), the same
 * over those schools, from the loader's summaries (never from raw marks, but for a week the period
 * cuts in two). All parts come from one read snapshot. Throws RangeError for a malformed date or a
 * period that is not inside one academic year.
 */
export async function queryLaOverview(
  store: AnalyticsStore,
  params: LaOverviewParams = {},
): Promise<LaOverviewResult> {
  const scope = params.scope ?? WHOLE_LA_SCOPE;
  return store.read(async (session) => {
    const { period, dataAsOf, weeks } = await readPeriod(session, params);
    const scoped = isScoped(scope);
    const sessions = periodEnrolmentSessionsSql(weeks, 'statutory', scoped);
    const measureRows = await session.all(sessions.withClause + ENROLMENT_MEASURES_SQL, {
      ...sessions.params,
      ...classifiedEnrolmentsParams(scope),
    });
    const rows = weeks.wholeYear
      ? await readWholeYearWeeks(session, weeks.academicYear, scope)
      : await readPeriodWeeks(session, weeks, scope);
    return overviewFromRows(period, dataAsOf, { measureRows, ...rows });
  });
}

type WeeklyRows = Omit<OverviewRows, 'measureRows'>;

/** The trend and the schools of a whole year (or the year to date) from the loader's rollup school_weeks. */
async function readWholeYearWeeks(
  session: SqlSession,
  academicYear: number,
  scope: AnalyticsScope,
): Promise<WeeklyRows> {
  const scoped = isScoped(scope);
  const params = { academic_year: academicYear, ...scopeParams(scope) };
  return {
    weeklyRows: await session.all(wholeYearWeeklyTrendSql(scoped), params),
    schoolRows: await session.all(wholeYearSchoolsSql(scoped), params),
  };
}

/**
 * Any other period from the loader's rollup school_weeks for its whole weeks, recounting from marks a week the
 * period cuts in two.
 */
async function readPeriodWeeks(
  session: SqlSession,
  weeks: PeriodWeeks,
  scope: AnalyticsScope,
): Promise<WeeklyRows> {
  const scoped = isScoped(scope);
  const cutWeeks = periodEnrolmentWeeksSql({ ...weeks, summaryWeeks: null, restOfYear: null });
  const summary = weeks.summaryWeeks;
  const params = {
    ...cutWeeks.params,
    ...(summary ? { summary_from: summary.from, summary_to: summary.to } : {}),
    ...scopeParams(scope),
  };
  return {
    weeklyRows: await session.all(
      cutWeeks.withClause + statutoryPeriodWeeklyTrendSql(scoped, summary !== null),
      params,
    ),
    schoolRows: await session.all(cutWeeks.withClause + schoolsInPeriodSql(scoped, summary !== null), params),
  };
}
