import { DFE_REASON_COLUMNS, includesMax, includesMin, type EscalationBand } from '@attendance/domain';
import { yearGroupOrderSql } from './year-group-order.sql.js';
import { CLASSIFIED_ENROLMENTS_SQL } from './classified-enrolments.sql.js';
import { MEASURE_DIMENSION_DEFINITIONS, type MeasureDimension } from './measure-dimensions.js';

// A cohort's figures for a period, broken down by one or two dimensions (measure-dimensions.ts), with a row
// for every group, every single-dimension subtotal and the total (GROUPING SETS), from the period's
// enrolments' session counts (follows the WITH clause of period-enrolment-sessions.sql.ts). DfE
// definitions, as in the domain's measures:
// - each enrolment is counted and judged by classified-enrolments.sql.ts;
// - attendance = present + approved educational activity; the band of an enrolment is the configured band its
//   attendance rate falls in, compared the same way (attended x 100 against bound x possible);
// - persistent_absence_sessions: the absence of persistently absent enrolments, for the share of all absence.

export interface CohortMeasuresSqlOptions {
  dimensions: readonly MeasureDimension[];
  bands: readonly EscalationBand[];
}

export function bandConditionSql(band: EscalationBand): string {
  const attended = '(present + approved_educational_activity) * 100';
  const lower = `${attended} ${includesMin(band) ? '>=' : '>'} ${band.minAttendanceRate} * possible`;
  const upper = `${attended} ${includesMax(band) ? '<=' : '<'} ${band.maxAttendanceRate} * possible`;
  return `${lower} AND ${upper}`;
}

function groupingSetsSql(keys: readonly string[]): string {
  if (keys.length === 1) return `((), (${keys[0]}))`;
  return `((), (${keys[0]}), (${keys[1]}), (${keys[0]}, ${keys[1]}))`;
}

export function cohortMeasuresSql({ dimensions, bands }: CohortMeasuresSqlOptions): string {
  if (dimensions.length < 1 || dimensions.length > 2) {
    throw new RangeError(`A breakdown has one or two dimensions, got ${dimensions.length}`);
  }
  const keys = dimensions.map((_, index) => `key_${index}`);
  return `${CLASSIFIED_ENROLMENTS_SQL},
keyed_enrolments AS (
  SELECT
    ce.*,
    ${dimensions.map((dimension, index) => `${MEASURE_DIMENSION_DEFINITIONS[dimension].keySql} AS key_${index}`).join(',\n    ')}
  FROM classified_enrolments AS ce
  JOIN enrolments AS e ON e.school_id = ce.school_id AND e.pupil_id = ce.pupil_id
  JOIN schools AS s ON s.school_id = ce.school_id
)
SELECT
  ${keys.map((key) => `${key}, GROUPING(${key}) = 1 AS all_${key}`).join(',\n  ')},
  count(*) AS enrolments,
  sum(possible) AS possible,
  sum(present) AS present,
  sum(approved_educational_activity) AS approved_educational_activity,
  sum(authorised) AS authorised,
  sum(unauthorised) AS unauthorised,
  ${DFE_REASON_COLUMNS.map((column) => `sum(${column}) AS ${column}`).join(',\n  ')},
  count(*) FILTER (WHERE is_persistent) AS persistent_absentees,
  count(*) FILTER (WHERE is_severe) AS severe_absentees,
  coalesce(sum(authorised + unauthorised) FILTER (WHERE is_persistent), 0) AS persistent_absence_sessions,
  ${bands.map((band, index) => `count(*) FILTER (WHERE ${bandConditionSql(band)}) AS band_${index}`).join(',\n  ') || '0 AS no_bands'}
FROM keyed_enrolments
GROUP BY GROUPING SETS ${groupingSetsSql(keys)}
ORDER BY ${keys.map((key, index) => `all_${key} DESC, ${dimensions[index] === 'yearGroup' ? `${yearGroupOrderSql(key)}, ` : ''}${key} NULLS LAST`).join(', ')}
`;
}
