import {
  academicYearLabel,
  PERSISTENT_ABSENCE_THRESHOLD_PERCENT,
  SEVERE_ABSENCE_THRESHOLD_PERCENT,
  type IsoDate,
} from '@attendance/domain';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { attendanceMeasuresFromRow, noMeasures, weeklyAttendanceFromRow } from './attendance-measures.js';
import { ENROLMENT_MEASURES_SQL } from './enrolment-measures.sql.js';
import { LATEST_MARK_DATE_SQL } from './latest-mark-date.sql.js';
import type { AttendanceMeasures, LaOverviewParams, LaOverviewResult } from './la-overview.types.js';
import { resolveOverviewPeriod } from './overview-period.js';
import { SCHOOLS_IN_PERIOD_SQL } from './schools-in-period.sql.js';
import { WEEKLY_TREND_SQL } from './weekly-trend.sql.js';

/**
 * The LA's attendance for the statutory cohort over a period (default: academic year to date), with a weekly
 * trend and every school. All parts come from one read snapshot. Throws RangeError for a malformed date or a
 * period that is not inside one academic year.
 */
export async function queryLaOverview(
  store: AnalyticsStore,
  params: LaOverviewParams = {},
): Promise<LaOverviewResult> {
  return store.read(async (session) => {
    const [latest] = await session.all(LATEST_MARK_DATE_SQL);
    const dataAsOf = (latest?.['latest_mark_date'] ?? null) as IsoDate | null;
    const period = resolveOverviewPeriod(params, dataAsOf, todayInUtc());
    const periodParams = { period_start: period.start, period_end: period.end };

    const measureRows = await session.all(ENROLMENT_MEASURES_SQL, {
      ...periodParams,
      persistent_threshold_percent: PERSISTENT_ABSENCE_THRESHOLD_PERCENT,
      severe_threshold_percent: SEVERE_ABSENCE_THRESHOLD_PERCENT,
    });
    const headlineRow = measureRows.find((row) => row['is_total'] === true);
    const measuresByUrn = new Map<string, AttendanceMeasures>(
      measureRows
        .filter((row) => row['is_total'] === false)
        .map((row) => [String(row['urn']), attendanceMeasuresFromRow(row)]),
    );
    const weeklyRows = await session.all(WEEKLY_TREND_SQL, periodParams);
    const schoolRows = await session.all(SCHOOLS_IN_PERIOD_SQL, periodParams);

    return {
      academicYear: academicYearLabel(period.academicYear),
      cohort: 'statutory',
      periodStart: period.start,
      periodEnd: period.end,
      dataAsOf,
      headline: headlineRow ? attendanceMeasuresFromRow(headlineRow) : noMeasures(),
      weeklyTrend: weeklyRows.map(weeklyAttendanceFromRow),
      schools: schoolRows.map((row) => ({
        urn: String(row['urn']),
        name: String(row['name']),
        phase: String(row['phase']),
        type: String(row['type']),
        lastMarkDate: (row['last_mark_date'] ?? null) as IsoDate | null,
        measures: measuresByUrn.get(String(row['urn'])) ?? noMeasures(),
      })),
    };
  });
}

/** Only used to place the default period when the store holds no marks at all. */
function todayInUtc(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
