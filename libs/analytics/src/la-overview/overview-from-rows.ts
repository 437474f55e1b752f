import { academicYearLabel, type IsoDate } from '@attendance/domain';
import type { SqlRow } from '../store/sql-values.js';
import { attendanceMeasuresFromRow, noMeasures, weeklyAttendanceFromRow } from './attendance-measures.js';
import type { AttendanceMeasures, LaOverviewResult } from './la-overview.types.js';
import type { OverviewPeriod } from './overview-period.js';

/** The rows behind an overview: measures (LA total and per school), weekly trend and schools. */
export interface OverviewRows {
  measureRows: SqlRow[];
  weeklyRows: SqlRow[];
  schoolRows: SqlRow[];
}

/** Puts an overview together from its rows, however they were counted. */
export function overviewFromRows(
  period: OverviewPeriod,
  dataAsOf: IsoDate | null,
  { measureRows, weeklyRows, schoolRows }: OverviewRows,
): LaOverviewResult {
  const headlineRow = measureRows.find((row) => row['is_total'] === true);
  const measuresByUrn = new Map<string, AttendanceMeasures>(
    measureRows
      .filter((row) => row['is_total'] === false)
      .map((row) => [String(row['urn']), attendanceMeasuresFromRow(row)]),
  );
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
}
