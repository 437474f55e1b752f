// Every mark that counts for the DfE's statutory cohort, with its statistical category. All figures read this
// view, so the rules below live in one place. They restate @attendance/domain rules in SQL; the spec next to
// this file checks them against the domain functions on edge dates.
// - Category by the session's date: register_codes holds each code set's in-force dates (switch 19 Aug 2024).
// - Academic year (start year) of a session: years run 1 August to 31 July (domain academicYearOf).
// - Statutory cohort: aged 5 to 15 on 31 August before the academic year (domain isInStatutoryCohort); age on
//   31 August of year Y is Y - birth year, less one when born in September to December.
// - Pupils aged 15 are left out from the first day of the sixth half term to the end of the year (domain
//   isSixthHalfTermExcluded); half_terms holds the LA calendar for every year the loader has seen.
// Marks of pupils outside the cohort are not silently mixed in: they are simply not in this view.
export const CREATE_STATUTORY_COHORT_SESSIONS_VIEW_SQL = `
CREATE OR REPLACE VIEW statutory_cohort_sessions AS
WITH categorised_marks AS (
  SELECT
    m.urn,
    m.upn,
    m.session_date,
    m.session,
    rc.category,
    rc.reason_column,
    CAST(year(m.session_date) - CASE WHEN month(m.session_date) >= 8 THEN 0 ELSE 1 END AS SMALLINT)
      AS academic_year
  FROM marks AS m
  JOIN register_codes AS rc
    ON rc.code = m.code
   AND (rc.in_force_from IS NULL OR m.session_date >= rc.in_force_from)
   AND (rc.in_force_to IS NULL OR m.session_date < rc.in_force_to)
),
aged_marks AS (
  SELECT
    cm.*,
    cm.academic_year - year(e.date_of_birth) - CASE WHEN month(e.date_of_birth) >= 9 THEN 1 ELSE 0 END
      AS age_at_year_start
  FROM categorised_marks AS cm
  JOIN enrolments AS e ON e.urn = cm.urn AND e.upn = cm.upn
)
SELECT
  am.urn,
  am.upn,
  am.session_date,
  am.session,
  am.academic_year,
  am.category,
  am.reason_column
FROM aged_marks AS am
LEFT JOIN half_terms AS sixth_half_term
  ON sixth_half_term.academic_year = am.academic_year AND sixth_half_term.number = 6
WHERE am.age_at_year_start BETWEEN 5 AND 15
  AND NOT (
    am.age_at_year_start = 15
    AND sixth_half_term.start_date IS NOT NULL
    AND am.session_date >= sixth_half_term.start_date
  )
`;
