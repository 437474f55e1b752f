// staged_pupils has passed validate-pupils.sql.ts, so every conversion below succeeds; staged_pupil_ids holds
// every staged row's pupil id.
export const INSERT_STAGED_ENROLMENTS_SQL = `
INSERT INTO enrolments (
  school_id, pupil_id, urn, upn, date_of_birth, sex, nc_year, ethnicity, sen_provision, fsm_eligible, eal,
  cla, cin, cpp, enrolment_status, admission_date, leaving_date, export_date
)
SELECT
  $school_id,
  ids.pupil_id,
  $urn,
  sp.upn,
  iso_date_or_null(sp.date_of_birth),
  sp.sex,
  sp.nc_year,
  sp.ethnicity,
  sp.sen_provision,
  yes_no_or_null(sp.fsm_eligible),
  yes_no_or_null(sp.eal),
  yes_no_or_null(sp.cla),
  yes_no_or_null(sp.cin),
  yes_no_or_null(sp.cpp),
  sp.enrolment_status,
  iso_date_or_null(sp.admission_date),
  iso_date_or_null(sp.leaving_date),
  CAST($export_date AS DATE)
FROM staged_pupils AS sp
JOIN staged_pupil_ids AS ids ON ids.pupil_row = sp.rowid
`;
