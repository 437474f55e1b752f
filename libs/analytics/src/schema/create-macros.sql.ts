// Conversions every load and check shares, so a staged text value is judged and converted the same way.
// Dates must be exactly YYYY-MM-DD and real (a bare CAST also accepts '2024-9-2' and ' 2024-09-02').
export const CREATE_MACROS_SQL = `
CREATE OR REPLACE MACRO iso_date_or_null(text) AS
  CASE WHEN regexp_full_match(text, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN try_cast(text AS DATE) END;

CREATE OR REPLACE MACRO yes_no_or_null(text) AS
  CASE text WHEN 'Y' THEN true WHEN 'N' THEN false END;
`;
