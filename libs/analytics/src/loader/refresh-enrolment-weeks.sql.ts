// Rebuilds the school's enrolment_weeks for whole weeks (Monday to Sunday) from the week of $first_date to the
// week of $last_date, from the marks now stored: marks of those weeks that the export did not cover are
// counted again too, so each rebuilt row equals a recount.
export const DELETE_SCHOOL_ENROLMENT_WEEKS_SQL = `
DELETE FROM enrolment_weeks
WHERE school_id = $school_id
  AND week_start BETWEEN week_start_of(CAST($first_date AS DATE)) AND week_start_of(CAST($last_date AS DATE))
`;

export const INSERT_SCHOOL_ENROLMENT_WEEKS_SQL = `
INSERT INTO enrolment_weeks BY NAME
SELECT *
FROM enrolment_week_counts(
  $school_id,
  $school_id,
  week_start_of(CAST($first_date AS DATE)),
  week_start_of(CAST($last_date AS DATE)) + 6
)
ORDER BY week_start, pupil_id
`;
