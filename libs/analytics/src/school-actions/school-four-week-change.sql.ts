import { SCHOOL_WEEKS_BACK_SQL } from '../pupil-lists/school-weeks-back.sql.js';
import { scopeCondition } from '../scope/scope-filter.sql.js';

// Each school's statutory-cohort session counts over its latest four school weeks (weeks_back 0 to 3 of
// school-weeks-back.sql.ts: weeks of the academic year of $as_of with possible sessions, counted back from the
// week of $as_of, so holidays and closures are skipped and a school whose data stops early counts back from
// its own last week) and over the four school weeks before them (4 to 7), from the loader's school_weeks
// rollup. The caller works out the rates with the domain's absenceRates and needs all eight weeks for a change.
// Every school (of the scope) has a row; a school with no weeks has null counts.
export function schoolFourWeekCountsSql(scoped: boolean): string {
  return `
WITH ${SCHOOL_WEEKS_BACK_SQL},
counted AS (
  SELECT
    sw.school_id,
    b.weeks_back < 4 AS is_latest,
    count(*) AS school_weeks,
    sum(sw.possible) AS possible,
    sum(sw.present) AS present,
    sum(sw.approved_educational_activity) AS approved_educational_activity,
    sum(sw.authorised) AS authorised,
    sum(sw.unauthorised) AS unauthorised
  FROM school_weeks_back AS b
  JOIN school_weeks AS sw
    ON sw.school_id = b.school_id AND sw.week_start = b.week_start AND sw.academic_year = $academic_year
  WHERE b.weeks_back < 8
  GROUP BY sw.school_id, b.weeks_back < 4
)
SELECT s.urn, c.is_latest, c.school_weeks, c.possible, c.present, c.approved_educational_activity,
  c.authorised, c.unauthorised
FROM schools AS s
JOIN counted AS c ON c.school_id = s.school_id
${scoped ? `WHERE ${scopeCondition('s.school_id')}` : ''}
`;
}
