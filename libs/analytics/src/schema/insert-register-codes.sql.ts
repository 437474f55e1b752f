// $codes: LIST of STRUCT(code_set, code, category, reason_column, in_force_from, in_force_to), dates as text.
export const INSERT_REGISTER_CODES_SQL = `
INSERT INTO register_codes (code_set, code, category, reason_column, in_force_from, in_force_to)
SELECT
  r.code_set,
  r.code,
  r.category,
  r.reason_column,
  CAST(r.in_force_from AS DATE),
  CAST(r.in_force_to AS DATE)
FROM (SELECT unnest($codes) AS r)
`;
