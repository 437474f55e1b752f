// $half_terms: LIST of STRUCT(academic_year, number, start_date, end_date), dates as text. A year already
// present is kept as it is, so a load never moves the half terms under existing figures.
export const INSERT_HALF_TERMS_SQL = `
INSERT OR IGNORE INTO half_terms (academic_year, number, start_date, end_date)
SELECT
  r.academic_year,
  r.number,
  CAST(r.start_date AS DATE),
  CAST(r.end_date AS DATE)
FROM (SELECT unnest($half_terms) AS r)
`;
