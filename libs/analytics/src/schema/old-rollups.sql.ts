// Rollups as earlier versions laid them out: cohort_enrolment_years (statutory cohort only, five counts),
// school_weeks without school_days, or summaries without unbroken_enrolment_weeks or
// enrolment_week_run_tails. CREATE TABLE IF NOT EXISTS leaves an existing table as it is (or adds an empty
// one), so such a store has its rollups dropped and rebuilt (ensure-schema.ts).
export const OLD_ROLLUPS_SQL = `
SELECT
  (SELECT count(*) FROM information_schema.tables WHERE table_name = 'cohort_enrolment_years')
  + (
    SELECT count(*) FROM information_schema.tables AS t
    WHERE t.table_name = 'school_weeks'
      AND NOT EXISTS (
        SELECT 1 FROM information_schema.columns AS c
        WHERE c.table_name = 'school_weeks' AND c.column_name = 'school_days'
      )
  )
  + (
    SELECT count(*) FROM information_schema.tables AS t
    WHERE t.table_name = 'enrolment_weeks'
      AND NOT EXISTS (
        SELECT 1 FROM information_schema.tables AS u WHERE u.table_name = 'unbroken_enrolment_weeks'
      )
  )
  + (
    SELECT count(*) FROM information_schema.tables AS t
    WHERE t.table_name = 'enrolment_weeks'
      AND NOT EXISTS (
        SELECT 1 FROM information_schema.tables AS u WHERE u.table_name = 'enrolment_week_run_tails'
      )
  ) AS old_rollups
`;

export const DROP_OLD_ROLLUPS_SQL = `
DROP TABLE IF EXISTS cohort_enrolment_years;
DROP TABLE IF EXISTS school_weeks;
DROP TABLE IF EXISTS unbroken_enrolment_weeks;
DROP TABLE IF EXISTS enrolment_week_run_tails;
`;
