// The CME milestone list from cme_runs (cme-milestone-runs.sql.ts): the runs of $min_days or more, sorted by a
// whitelisted order with school and UPN breaking ties, one page at a time, each row carrying the list's full
// length. A run not read in full (not exact) is on no page (cmeFarReadsSql read every run that could be): it
// sorts by its most_days, which keeps it below the page, and counts in the length by its least_days. The
// statutory cohort and current pupils files were applied to the candidates.
//
// The last date the child attended this year (present or approved educational activity, by the code set in
// force, on or before $as_of, in the academic year of the school's last register date) is the latest among
// the marks read (cme_marks: every week between them and the run was read or is certified, N and O only); when
// none was read, CME_LAST_ATTENDED_SQL looks further back.

export const CME_MILESTONE_SORTS = {
  days: 'days_in_run DESC',
  school: 'urn ASC',
  yearGroup: 'nc_year ASC',
} as const;

export type CmeMilestoneSort = keyof typeof CME_MILESTONE_SORTS;

/** `runs`: CTEs ending in `runs` (cmeRunsWithFarReadsSql), or null to list cme_runs as it is. */
export function cmeMilestoneListSql(sort: CmeMilestoneSort, runs: string | null): string {
  return `
WITH ${runs === null ? 'runs AS (SELECT * FROM cme_runs)' : runs},
listed AS (
  SELECT
    r.school_id,
    r.pupil_id,
    s.urn,
    s.name AS school_name,
    r.upn,
    r.nc_year,
    CASE WHEN r.exact THEN r.days ELSE r.most_days END AS days_in_run,
    r.since AS run_since,
    r.last_school_day,
    r.read_from,
    r.register_end,
    academic_year_of(r.register_end) AS academic_year
  FROM runs AS r
  JOIN schools AS s ON s.school_id = r.school_id
  WHERE r.least_days >= $min_days
),
page AS (
  SELECT *, count(*) OVER () AS list_length
  FROM listed
  ORDER BY ${CME_MILESTONE_SORTS[sort]}, urn, upn
  LIMIT $limit OFFSET $offset
),
page_marks AS MATERIALIZED (
  SELECT cm.*, p.academic_year
  FROM cme_marks AS cm
  JOIN page AS p ON p.school_id = cm.school_id AND p.pupil_id = cm.pupil_id
  WHERE cm.session_date <= CAST($as_of AS DATE)
),
last_attended AS (
  SELECT cm.school_id, cm.pupil_id, max(cm.session_date) AS last_attended_date
  FROM page_marks AS cm
  JOIN mark_code_periods AS cp
    ON cp.code_id = cm.code_id
   AND (cp.in_force_from IS NULL OR cm.session_date >= cp.in_force_from)
   AND (cp.in_force_to IS NULL OR cm.session_date < cp.in_force_to)
  WHERE cp.category IN ('present', 'approved-educational-activity')
    AND academic_year_of(cm.session_date) = cm.academic_year
  GROUP BY cm.school_id, cm.pupil_id
)
SELECT p.*, la.last_attended_date
FROM page AS p
LEFT JOIN last_attended AS la ON la.school_id = p.school_id AND la.pupil_id = p.pupil_id
ORDER BY ${CME_MILESTONE_SORTS[sort]}, urn, upn
`;
}

// The last date this academic year a listed child attended, for those none of whose marks read showed one:
// their latest week with attended sessions ($pupils: school_id, pupil_id, read_from (marks from it on were
// read), academic_year) from the weekly summaries, then that week's marks.
export const CME_LAST_ATTENDED_SQL = `
WITH pupils AS (
  SELECT p.school_id, p.pupil_id, CAST(p.read_from AS DATE) AS read_from, p.academic_year
  FROM (SELECT unnest($pupils) AS p)
),
attended_weeks AS (
  SELECT w.school_id, w.pupil_id, max(w.week_start) AS week_start
  FROM enrolment_weeks AS w
  JOIN pupils AS p ON p.school_id = w.school_id AND p.pupil_id = w.pupil_id
  WHERE w.week_start < p.read_from
    AND w.academic_year = p.academic_year
    AND w.present + w.approved_educational_activity > 0
  GROUP BY w.school_id, w.pupil_id
)
SELECT m.school_id, m.pupil_id, strftime(max(m.session_date), '%Y-%m-%d') AS last_attended_date
FROM marks AS m
JOIN attended_weeks AS aw
  ON aw.school_id = m.school_id
 AND aw.pupil_id = m.pupil_id
 AND m.session_date BETWEEN aw.week_start AND aw.week_start + 6
JOIN pupils AS p ON p.school_id = m.school_id AND p.pupil_id = m.pupil_id
JOIN mark_code_periods AS cp
  ON cp.code_id = m.code_id
 AND (cp.in_force_from IS NULL OR m.session_date >= cp.in_force_from)
 AND (cp.in_force_to IS NULL OR m.session_date < cp.in_force_to)
WHERE cp.category IN ('present', 'approved-educational-activity')
  AND m.session_date < p.read_from
  AND academic_year_of(m.session_date) = p.academic_year
GROUP BY m.school_id, m.pupil_id
`;
