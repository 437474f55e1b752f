import { DFE_REASON_COLUMNS, type EscalationBand } from '@attendance/domain';
import { CATEGORY_COLUMNS } from '../schema/mark-code-periods.sql.js';
import { bandRankSql } from '../pupil-lists/band-crossing-bands.sql.js';
import { scopeCondition } from '../scope/scope-filter.sql.js';

// One enrolment's record for one academic year. Every statement names the enrolment by its school_id and
// pupil_id (looked up once by URN and UPN) and the year's dates, so DuckDB reads only the row groups of that
// school and year. The record shows every mark the school sent for the pupil, statutory cohort or not: it is
// the pupil's own register, and its totals are the sums of its calendar.

/**
 * The school and, when the school's pupils file holds the pupil ($upn or, when that is NULL, $pupil_id), the
 * enrolment (NULL columns otherwise), so an unknown school and an unknown pupil get different answers. Only a
 * school of the scope is found.
 */
export function enrolmentLookupSql(scoped: boolean): string {
  return `
SELECT
  s.school_id,
  s.urn,
  s.name AS school_name,
  s.phase,
  s.type,
  e.pupil_id,
  e.upn,
  e.date_of_birth,
  e.sex,
  e.nc_year,
  e.sen_provision,
  e.fsm_eligible,
  e.eal,
  e.cin,
  e.cpp,
  e.cla,
  e.enrolment_status,
  e.admission_date,
  e.leaving_date
FROM schools AS s
LEFT JOIN enrolments AS e
  ON e.school_id = s.school_id
 AND (e.upn = $upn OR ($upn IS NULL AND e.pupil_id = $pupil_id))
WHERE s.urn = $urn ${scoped ? `AND ${scopeCondition('s.school_id')}` : ''}
`;
}

/** Each mark of the year with its code and the category and reason column of that code on its date. */
export const PUPIL_MARKS_SQL = `
SELECT m.session_date, m.session, mc.code, cp.category, cp.reason_column
FROM marks AS m
JOIN mark_codes AS mc ON mc.code_id = m.code_id
JOIN mark_code_periods AS cp
  ON cp.code_id = m.code_id
 AND (cp.in_force_from IS NULL OR m.session_date >= cp.in_force_from)
 AND (cp.in_force_to IS NULL OR m.session_date < cp.in_force_to)
WHERE m.school_id = $school_id
  AND m.pupil_id = $pupil_id
  AND m.session_date BETWEEN CAST($year_start AS DATE) AND CAST($year_end AS DATE)
ORDER BY m.session_date, m.session
`;

const WEEK_COLUMNS = ['possible', ...CATEGORY_COLUMNS, ...DFE_REASON_COLUMNS];
const TO_DATE_COLUMNS = [
  'possible',
  'present',
  'approved_educational_activity',
  'authorised',
  'unauthorised',
];

/**
 * Per week (Monday start) of the year, from enrolment_weeks (a week split at the sixth half term is one week
 * here): the week's counts (week_*) and the year to date through that week, with its escalation band rank
 * (band-crossing-bands.sql.ts, 0 = highest; the unsuffixed columns are the year to date, as it reads them).
 */
export function pupilWeeksSql(bandsHighestFirst: readonly EscalationBand[]): string {
  return `
WITH weeks AS (
  SELECT
    week_start,
    ${WEEK_COLUMNS.map((column) => `sum(${column}) AS week_${column}`).join(',\n    ')}
  FROM enrolment_weeks
  WHERE school_id = $school_id AND pupil_id = $pupil_id AND academic_year = $academic_year
  GROUP BY week_start
),
to_date AS (
  SELECT
    *,
    ${TO_DATE_COLUMNS.map((column) => `sum(week_${column}) OVER (ORDER BY week_start) AS ${column}`).join(',\n    ')}
  FROM weeks
)
SELECT *, ${bandRankSql(bandsHighestFirst)} AS band_rank
FROM to_date
ORDER BY week_start
`;
}

/** The same pupil's enrolments at the scope's other schools. */
export function otherEnrolmentsSql(scoped: boolean): string {
  return `
SELECT s.urn, s.name AS school_name, e.enrolment_status
FROM enrolments AS e
JOIN schools AS s ON s.school_id = e.school_id
WHERE e.pupil_id = $pupil_id
  AND e.school_id <> $school_id
  ${scoped ? `AND ${scopeCondition('e.school_id')}` : ''}
ORDER BY s.urn
`;
}
