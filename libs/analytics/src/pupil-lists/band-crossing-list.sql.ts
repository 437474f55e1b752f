import type { EscalationBand } from '@attendance/domain';
import type { CohortChoice } from '../la-overview/period-enrolment-weeks.sql.js';
import { scopeCondition } from '../scope/scope-filter.sql.js';
import { bandRankSql } from './band-crossing-bands.sql.js';
import { SCHOOL_WEEKS_BACK_SQL } from './school-weeks-back.sql.js';
import { yearGroupOrderSql } from '../cohort-measures/year-group-order.sql.js';

// Enrolments whose year-to-date attendance has fallen into a lower escalation band than it was N school weeks
// earlier. "Now" is the statutory cohort's year to date ($academic_year from 1 August to $as_of), counted
// exactly as every figure of that period; "before" is the same enrolment's year to date through the end of the
// school week $weeks school weeks before the school's latest school week (school-weeks-back.sql.ts). Both come
// from the weekly summaries, in one of two ways (`yearToDate`):
// - 'rollup', for the year to date up to the latest data (the default): "now" is the loader's per-enrolment
//   rollup enrolment_years (of the cohort asked for), and "before" is it less the weeks after the compared week, so only those
//   last weeks are summed (the WITH clause of period-enrolment-weeks.sql.ts covers just them);
// - 'weeks', for any other date: the WITH clause covers the whole year to date and one pass sums both, before
//   with FILTER (a week the date cuts in two is the latest, never before the compared week).
// A school without that many school weeks this year, and an enrolment with no possible sessions by then, have
// nothing to compare and are left out. Bands are ranked by band-crossing-bands.sql.ts (0 = highest); a
// crossing is a larger rank now than before. Sorted by a whitelisted order with school and UPN breaking ties,
// one page at a time, each row carrying the list's full length.

export const BAND_CROSSING_SORTS = {
  drop: 'bands_dropped DESC, attendance_before - attendance_now DESC',
  attendance: 'attendance_now ASC',
  school: 'urn ASC',
  yearGroup: `${yearGroupOrderSql('nc_year')} ASC`,
} as const;

export type BandCrossingSort = keyof typeof BAND_CROSSING_SORTS;

// The counts each side keeps; bandRankSql reads the first three, the domain's absenceRates all of them.
const COUNTED = [
  'possible',
  'present',
  'approved_educational_activity',
  'authorised',
  'unauthorised',
] as const;

export function bandCrossingListSql(options: {
  bandsHighestFirst: readonly EscalationBand[];
  scoped: boolean;
  sort: BandCrossingSort;
  yearToDate: 'rollup' | 'weeks';
  cohort: CohortChoice;
}): string {
  const rank = bandRankSql(options.bandsHighestFirst);
  const renamed = (from: string, to: string) =>
    COUNTED.map((column) => `${column}${from} AS ${column}${to}`).join(',\n    ');
  const attended = (suffix: string) => `present${suffix} + approved_educational_activity${suffix}`;
  return `,
${SCHOOL_WEEKS_BACK_SQL},
compared_week AS (
  SELECT school_id, week_start AS compared_week_start
  FROM school_weeks_back
  WHERE weeks_back = $weeks
),
${yearToDateSql(options.yearToDate, options.cohort, options.scoped)},
-- bandRankSql reads the unsuffixed columns: first now's, then (renamed) before's.
ranked_now AS (
  SELECT
    school_id,
    pupil_id,
    compared_week_start,
    ${renamed('', '_now')},
    ${rank} AS band_now,
    ${renamed('_before', '')}
  FROM year_to_date
  WHERE possible > 0 AND possible_before > 0
),
crossings AS (
  SELECT
    school_id,
    pupil_id,
    compared_week_start,
    ${COUNTED.map((column) => `${column}_now`).join(',\n    ')},
    band_now,
    ${renamed('', '_before')},
    ${rank} AS band_before
  FROM ranked_now
),
listed AS (
  SELECT
    s.urn,
    s.name AS school_name,
    e.upn,
    e.nc_year,
    cr.*,
    cr.band_now - cr.band_before AS bands_dropped,
    (${attended('_before')}) * 1.0 / possible_before AS attendance_before,
    (${attended('_now')}) * 1.0 / possible_now AS attendance_now
  FROM crossings AS cr
  JOIN enrolments AS e ON e.school_id = cr.school_id AND e.pupil_id = cr.pupil_id
  JOIN schools AS s ON s.school_id = cr.school_id
  WHERE cr.band_now > cr.band_before
)
SELECT *, count(*) OVER () AS list_length
FROM listed
ORDER BY ${BAND_CROSSING_SORTS[options.sort]}, urn, upn
LIMIT $limit OFFSET $offset
`;
}

function yearToDateSql(source: 'rollup' | 'weeks', cohort: CohortChoice, scoped: boolean): string {
  const sums = (suffix: string, filter = '') =>
    COUNTED.map((column) => `coalesce(sum(w.${column})${filter}, 0) AS ${column}${suffix}`).join(',\n    ');
  if (source === 'weeks') {
    return `year_to_date AS (
  SELECT
    w.school_id,
    w.pupil_id,
    c.compared_week_start,
    ${sums('')},
    ${sums('_before', ' FILTER (WHERE w.week_start <= c.compared_week_start)')}
  FROM cohort_weeks AS w
  JOIN compared_week AS c ON c.school_id = w.school_id
  ${scoped ? `WHERE ${scopeCondition('w.school_id')}` : ''}
  GROUP BY w.school_id, w.pupil_id, c.compared_week_start
)`;
  }
  return `after_compared_week AS (
  SELECT w.school_id, w.pupil_id, ${sums('_after')}
  FROM cohort_weeks AS w
  JOIN compared_week AS c ON c.school_id = w.school_id
  WHERE w.week_start > c.compared_week_start ${scoped ? `AND ${scopeCondition('w.school_id')}` : ''}
  GROUP BY w.school_id, w.pupil_id
),
year_to_date AS (
  SELECT
    y.school_id,
    y.pupil_id,
    c.compared_week_start,
    ${COUNTED.map((column) => `y.${column}`).join(',\n    ')},
    ${COUNTED.map((column) => `y.${column} - coalesce(a.${column}_after, 0) AS ${column}_before`).join(',\n    ')}
  FROM enrolment_years AS y
  JOIN compared_week AS c ON c.school_id = y.school_id
  LEFT JOIN after_compared_week AS a ON a.school_id = y.school_id AND a.pupil_id = y.pupil_id
  WHERE y.academic_year = $academic_year AND y.statutory_cohort = ${cohort === 'statutory'} ${scoped ? `AND ${scopeCondition('y.school_id')}` : ''}
)`;
}

/** The earliest week any school compares with: the rollup way sums only the weeks after it. */
export const FIRST_COMPARED_WEEK_SQL = `
WITH ${SCHOOL_WEEKS_BACK_SQL.trimStart()}
SELECT min(week_start) AS first_compared_week
FROM school_weeks_back
WHERE weeks_back = $weeks
`;
