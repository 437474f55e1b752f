import {
  PERSISTENT_ABSENCE_THRESHOLD_PERCENT,
  SEVERE_ABSENCE_THRESHOLD_PERCENT,
  type IsoDate,
} from '@attendance/domain';
import type { LaOverviewParams, LaOverviewResult } from '../la-overview/la-overview.types.js';
import { overviewFromRows } from '../la-overview/overview-from-rows.js';
import { resolveOverviewPeriod } from '../la-overview/overview-period.js';
import type { AnalyticsStore } from '../store/analytics-store.js';

// The LA overview as it was computed before the weekly summaries: straight from every mark, through the
// statutory_cohort_sessions view. Tests compare queryLaOverview (which reads enrolment_weeks) against it.

const ENROLMENT_MEASURES_SQL = `
WITH enrolment_sessions AS (
  SELECT
    urn,
    upn,
    count(*) FILTER (WHERE category = 'present') AS present,
    count(*) FILTER (WHERE category = 'approved-educational-activity') AS approved_educational_activity,
    count(*) FILTER (WHERE category = 'authorised-absence') AS authorised,
    count(*) FILTER (WHERE category = 'unauthorised-absence') AS unauthorised
  FROM statutory_cohort_sessions
  WHERE session_date BETWEEN CAST($period_start AS DATE) AND CAST($period_end AS DATE)
    AND category IN ('present', 'approved-educational-activity', 'authorised-absence', 'unauthorised-absence')
  GROUP BY urn, upn
),
classified_enrolments AS (
  SELECT
    *,
    present + approved_educational_activity + authorised + unauthorised AS possible,
    (authorised + unauthorised) * 100
      >= $persistent_threshold_percent * (present + approved_educational_activity + authorised + unauthorised)
      AS is_persistent,
    (authorised + unauthorised) * 100
      >= $severe_threshold_percent * (present + approved_educational_activity + authorised + unauthorised)
      AS is_severe
  FROM enrolment_sessions
)
SELECT
  urn,
  GROUPING(urn) = 1 AS is_total,
  count(*) AS enrolments,
  coalesce(sum(possible), 0) AS possible,
  coalesce(sum(present), 0) AS present,
  coalesce(sum(approved_educational_activity), 0) AS approved_educational_activity,
  coalesce(sum(authorised), 0) AS authorised,
  coalesce(sum(unauthorised), 0) AS unauthorised,
  count(*) FILTER (WHERE is_persistent) AS persistent_absentees,
  count(*) FILTER (WHERE is_severe) AS severe_absentees
FROM classified_enrolments
GROUP BY GROUPING SETS ((), (urn))
`;

const WEEKLY_TREND_SQL = `
SELECT
  CAST(date_trunc('week', session_date) AS DATE) AS week_start,
  count(*) AS possible,
  count(*) FILTER (WHERE category = 'present') AS present,
  count(*) FILTER (WHERE category = 'approved-educational-activity') AS approved_educational_activity,
  count(*) FILTER (WHERE category = 'authorised-absence') AS authorised,
  count(*) FILTER (WHERE category = 'unauthorised-absence') AS unauthorised
FROM statutory_cohort_sessions
WHERE session_date BETWEEN CAST($period_start AS DATE) AND CAST($period_end AS DATE)
  AND category IN ('present', 'approved-educational-activity', 'authorised-absence', 'unauthorised-absence')
GROUP BY week_start
ORDER BY week_start
`;

const SCHOOLS_IN_PERIOD_SQL = `
SELECT s.urn, s.name, s.phase, s.type, max(m.session_date) AS last_mark_date
FROM schools AS s
LEFT JOIN marks_decoded AS m
  ON m.urn = s.urn AND m.session_date BETWEEN CAST($period_start AS DATE) AND CAST($period_end AS DATE)
GROUP BY s.urn, s.name, s.phase, s.type
ORDER BY s.name COLLATE NOCASE, s.urn
`;

export async function rawMarksOverview(
  store: AnalyticsStore,
  params: LaOverviewParams,
  today: IsoDate,
): Promise<LaOverviewResult> {
  return store.read(async (session) => {
    const [latest] = await session.all('SELECT max(session_date) AS latest FROM marks');
    const dataAsOf = (latest?.['latest'] ?? null) as IsoDate | null;
    const period = resolveOverviewPeriod(params, dataAsOf, today);
    const periodParams = { period_start: period.start, period_end: period.end };
    const measureRows = await session.all(ENROLMENT_MEASURES_SQL, {
      ...periodParams,
      persistent_threshold_percent: PERSISTENT_ABSENCE_THRESHOLD_PERCENT,
      severe_threshold_percent: SEVERE_ABSENCE_THRESHOLD_PERCENT,
    });
    const weeklyRows = await session.all(WEEKLY_TREND_SQL, periodParams);
    const schoolRows = await session.all(SCHOOLS_IN_PERIOD_SQL, periodParams);
    return overviewFromRows(period, dataAsOf, { measureRows, weeklyRows, schoolRows });
  });
}
