// The analytics tables. Idempotent: run on every open. Dates are DATE (4 bytes, compared natively); marks hold
// the register code as given (DuckDB dictionary-compresses the few distinct codes), and its category is looked
// up by the session's date through register_codes, so a code set change never rewrites marks.
//
// Only `schools` and the two reference tables carry keys: the loader replaces enrolments and marks by
// delete-then-insert inside one transaction, which DuckDB's key indexes handle poorly, and the loader itself
// guarantees one row per (urn, upn) and per (urn, upn, session_date, session).
export const CREATE_TABLES_SQL = `
CREATE TABLE IF NOT EXISTS schools (
  urn     VARCHAR PRIMARY KEY,
  laestab VARCHAR NOT NULL,
  name    VARCHAR NOT NULL,
  phase   VARCHAR NOT NULL,
  type    VARCHAR NOT NULL
);

-- One row per (urn, upn): a pupil on roll at two schools has two enrolments. Names are not kept: no figure
-- needs them and the marks already make this special category data.
CREATE TABLE IF NOT EXISTS enrolments (
  urn              VARCHAR NOT NULL,
  upn              VARCHAR NOT NULL,
  date_of_birth    DATE NOT NULL,
  sex              VARCHAR,
  nc_year          VARCHAR,
  ethnicity        VARCHAR,
  sen_provision    VARCHAR,
  fsm_eligible     BOOLEAN,
  eal              BOOLEAN,
  cla              BOOLEAN,
  cin              BOOLEAN,
  cpp              BOOLEAN,
  enrolment_status VARCHAR NOT NULL,
  admission_date   DATE NOT NULL,
  leaving_date     DATE,
  export_date      DATE NOT NULL
);

-- session: 0 = AM, 1 = PM.
CREATE TABLE IF NOT EXISTS marks (
  urn          VARCHAR NOT NULL,
  upn          VARCHAR NOT NULL,
  session_date DATE NOT NULL,
  session      TINYINT NOT NULL,
  code         VARCHAR NOT NULL
);

-- Filled from @attendance/domain REGISTER_CODE_SETS on every open. in_force_from is inclusive (NULL = since
-- ever), in_force_to exclusive (NULL = still in force).
CREATE TABLE IF NOT EXISTS register_codes (
  code_set      VARCHAR NOT NULL,
  code          VARCHAR NOT NULL,
  category      VARCHAR NOT NULL,
  reason_column VARCHAR,
  in_force_from DATE,
  in_force_to   DATE
);

-- From the domain's default LA term calendar, for every academic year (start year) the marks touch.
CREATE TABLE IF NOT EXISTS half_terms (
  academic_year SMALLINT NOT NULL,
  number        TINYINT NOT NULL,
  start_date    DATE NOT NULL,
  end_date      DATE NOT NULL,
  PRIMARY KEY (academic_year, number)
);

CREATE TABLE IF NOT EXISTS loaded_exports (
  urn         VARCHAR NOT NULL,
  export_date DATE NOT NULL,
  pupils_file VARCHAR NOT NULL,
  marks_file  VARCHAR NOT NULL,
  first_date  DATE,
  last_date   DATE,
  pupil_rows  INTEGER NOT NULL,
  mark_rows   INTEGER NOT NULL,
  loaded_at   TIMESTAMP NOT NULL,
  PRIMARY KEY (urn, export_date)
);
`;
