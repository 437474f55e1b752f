import { STATUTORY_COHORT_MAX_AGE, STATUTORY_COHORT_MIN_AGE } from '@attendance/domain';

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

-- The statutory cohort (@attendance/domain statutory-cohort.ts), the one SQL statement of it: age on 31 August
-- before the academic year (a pupil born in September or later of year Y is Y's age less one), aged
-- ${STATUTORY_COHORT_MIN_AGE} to ${STATUTORY_COHORT_MAX_AGE}, and at ${STATUTORY_COHORT_MAX_AGE} not from the sixth half term.
CREATE OR REPLACE MACRO age_at_year_start(academic_year, date_of_birth) AS
  academic_year - year(date_of_birth) - CASE WHEN month(date_of_birth) >= 9 THEN 1 ELSE 0 END;

CREATE OR REPLACE MACRO in_statutory_cohort(age, from_sixth_half_term) AS
  age BETWEEN ${STATUTORY_COHORT_MIN_AGE} AND ${STATUTORY_COHORT_MAX_AGE}
  AND NOT (age = ${STATUTORY_COHORT_MAX_AGE} AND coalesce(from_sixth_half_term, false));
`;
