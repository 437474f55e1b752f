// Conversions every load and check shares, so a staged text value is judged and converted the same way.
// Dates must be exactly YYYY-MM-DD, real, and in 1900 to 2199 (a bare CAST also accepts '2024-9-2' and
// ' 2024-09-02'); calendar_dates holds exactly the dates this accepts, for the loader's fast path.
export const CREATE_MACROS_SQL = `
CREATE OR REPLACE MACRO iso_date_or_null(text) AS
  CASE WHEN regexp_full_match(text, '(19|20|21)[0-9]{2}-[0-9]{2}-[0-9]{2}') THEN try_cast(text AS DATE) END;

CREATE OR REPLACE MACRO yes_no_or_null(text) AS
  CASE text WHEN 'Y' THEN true WHEN 'N' THEN false END;

CREATE OR REPLACE MACRO academic_year_of(day) AS
  CAST(year(day) - CASE WHEN month(day) >= 8 THEN 0 ELSE 1 END AS SMALLINT);

CREATE OR REPLACE MACRO week_start_of(day) AS CAST(date_trunc('week', day) AS DATE);
`;
