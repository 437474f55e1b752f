// Session counts and persistent/severe absence for the statutory cohort in a period, for the LA (is_total) and
// for each school. DfE definitions (@attendance/domain measures):
// - possible = present + approved educational activity + authorised + unauthorised; not-possible and
//   administrative codes are left out;
// - each enrolment (urn, upn) is judged against its own possible sessions, in whole numbers:
//   absent x 100 >= threshold x possible, thresholds passed in from the domain constants;
// - enrolments with no possible sessions in the period are left out (they never reach enrolment_sessions).
export const ENROLMENT_MEASURES_SQL = `
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
