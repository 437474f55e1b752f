// staged_pupils has passed validate-pupils.sql.ts, so every conversion below succeeds.
export const INSERT_STAGED_ENROLMENTS_SQL = `
INSERT INTO enrolments (
  urn, upn, date_of_birth, sex, nc_year, ethnicity, sen_provision, fsm_eligible, eal, cla, cin, cpp,
  enrolment_status, admission_date, leaving_date, export_date
)
SELECT
  $urn,
  upn,
  iso_date_or_null(date_of_birth),
  sex,
  nc_year,
  ethnicity,
  sen_provision,
  yes_no_or_null(fsm_eligible),
  yes_no_or_null(eal),
  yes_no_or_null(cla),
  yes_no_or_null(cin),
  yes_no_or_null(cpp),
  enrolment_status,
  iso_date_or_null(admission_date),
  iso_date_or_null(leaving_date),
  CAST($export_date AS DATE)
FROM staged_pupils
`;
