import { DEFAULT_ESCALATION_BANDS, DFE_REASON_COLUMNS, type SessionCounts } from '@attendance/domain';
import { attendanceMeasuresFromRow, sessionCountsFromRow } from '../la-overview/attendance-measures.js';
import { periodEnrolmentSessionsSql } from '../la-overview/period-enrolment-sessions.sql.js';
import { readPeriod } from '../la-overview/read-period.js';
import { WHOLE_LA_SCOPE } from '../scope/analytics-scope.js';
import { isScoped } from '../scope/scope-filter.sql.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlRow } from '../store/sql-values.js';
import { classifiedEnrolmentsParams } from './classified-enrolments.sql.js';
import { cohortMeasuresSql } from './cohort-measures.sql.js';
import type { CohortGroup, CohortMeasuresParams, CohortMeasuresResult } from './cohort-measures.types.js';
import { MEASURE_DIMENSIONS } from './measure-dimensions.js';

/**
 * A cohort's figures for a period broken down by one or two dimensions: every group, every one-dimension
 * subtotal and the total, each with the DfE measures, reason counts, persistent absence's share of absence and
 * the band distribution. From the loader's summaries (period-enrolment-sessions.sql.ts), filtered by the scope
 * in SQL. Throws RangeError for bad dates or dimensions.
 */
export async function queryCohortMeasures(
  store: AnalyticsStore,
  params: CohortMeasuresParams,
): Promise<CohortMeasuresResult> {
  const dimensions = [...params.dimensions];
  for (const dimension of dimensions) {
    if (!MEASURE_DIMENSIONS.includes(dimension)) throw new RangeError(`Unknown dimension "${dimension}"`);
  }
  if (new Set(dimensions).size !== dimensions.length) throw new RangeError('A dimension is given twice');
  const cohort = params.cohort ?? 'statutory';
  const scope = params.scope ?? WHOLE_LA_SCOPE;
  const bands = params.bands ?? DEFAULT_ESCALATION_BANDS;
  const sql = cohortMeasuresSql({ dimensions, bands });

  return store.read(async (session) => {
    const { period, dataAsOf, weeks } = await readPeriod(session, params);
    const base = {
      academicYear: period.academicYear,
      start: period.start,
      end: period.end,
      dataAsOf,
      cohort,
      dimensions,
      bands: bands.map(({ id, label }) => ({ id, label })),
    };
    if (scope.schools !== 'all' && scope.schools.length === 0) return { ...base, groups: [] };
    const { withClause, params: weekParams } = periodEnrolmentSessionsSql(weeks, cohort, isScoped(scope));
    const rows = await session.all(withClause + sql, { ...weekParams, ...classifiedEnrolmentsParams(scope) });
    return { ...base, groups: rows.map((row) => groupFromRow(row, dimensions.length, bands.length)) };
  });
}

function groupFromRow(row: SqlRow, dimensionCount: number, bandCount: number): CohortGroup {
  const indexes = Array.from({ length: dimensionCount }, (_, index) => index);
  const all = indexes.map((index) => row[`all_key_${index}`] === true);
  const keys = indexes.map((index) => (all[index] ? null : ((row[`key_${index}`] as string | null) ?? null)));
  const sessions: SessionCounts = sessionCountsFromRow(row);
  for (const column of DFE_REASON_COLUMNS) sessions.byReason[column] = Number(row[column] ?? 0);
  return {
    keys,
    all,
    measures: attendanceMeasuresFromRow(row),
    sessions,
    persistentAbsenceSessions: Number(row['persistent_absence_sessions'] ?? 0),
    bandEnrolments: Array.from({ length: bandCount }, (_, index) => Number(row[`band_${index}`] ?? 0)),
  };
}
