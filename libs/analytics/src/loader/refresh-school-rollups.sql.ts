// Rebuild the school's rollups (create-tables.sql.ts) from its enrolment_weeks and current enrolments, for
// every academic year, inside the export's transaction, after enrolment_weeks is refreshed.
export const DELETE_SCHOOL_ROLLUPS_SQL = {
  enrolmentYears: `DELETE FROM cohort_enrolment_years WHERE school_id = $school_id`,
  schoolWeeks: `DELETE FROM school_weeks WHERE school_id = $school_id`,
};

export const INSERT_SCHOOL_COHORT_ENROLMENT_YEARS_SQL = `
INSERT INTO cohort_enrolment_years
SELECT
  school_id,
  pupil_id,
  academic_year,
  sum(possible),
  sum(present),
  sum(approved_educational_activity),
  sum(authorised),
  sum(unauthorised)
FROM cohort_enrolment_weeks
WHERE school_id = $school_id
GROUP BY school_id, pupil_id, academic_year
ORDER BY academic_year, pupil_id
`;

export const INSERT_SCHOOL_WEEKS_SQL = `
INSERT INTO school_weeks
SELECT
  all_weeks.school_id,
  all_weeks.academic_year,
  all_weeks.week_start,
  all_weeks.last_mark_date,
  coalesce(cohort.possible, 0),
  coalesce(cohort.present, 0),
  coalesce(cohort.approved_educational_activity, 0),
  coalesce(cohort.authorised, 0),
  coalesce(cohort.unauthorised, 0)
FROM (
  SELECT school_id, academic_year, week_start, max(last_mark_date) AS last_mark_date
  FROM enrolment_weeks
  WHERE school_id = $school_id
  GROUP BY ALL
) AS all_weeks
LEFT JOIN (
  SELECT
    school_id,
    academic_year,
    week_start,
    sum(possible) AS possible,
    sum(present) AS present,
    sum(approved_educational_activity) AS approved_educational_activity,
    sum(authorised) AS authorised,
    sum(unauthorised) AS unauthorised
  FROM cohort_enrolment_weeks
  WHERE school_id = $school_id
  GROUP BY ALL
) AS cohort USING (school_id, academic_year, week_start)
ORDER BY all_weeks.academic_year, all_weeks.week_start
`;
