import { DFE_REASON_COLUMNS } from '@attendance/domain';
import { ENROLMENT_YEAR_COUNTS } from './rollups.sql.js';

// The analytics tables. Idempotent: run on every open.
//
// Marks are the bulk of the store (about 95 million a year in the largest LA), so they hold only small
// integers: a school id (schools.school_id), a pupil id (pupils.pupil_id, one per UPN across the LA), the DATE
// (4 bytes, compared natively), the session (0 = AM, 1 = PM) and a code id into mark_codes. Each load inserts
// a school's marks sorted by date, so DuckDB's per-row-group min/max on school_id and session_date skip
// everything a load or an edge-of-period query does not touch; academic years are date ranges, so that same
// pruning separates years without a table per year (see README "Storage").
//
// Figures read summaries, not marks: enrolment_weeks, one row per (school, pupil, academic year, week, before
// or from the sixth half term), which the loader rebuilds for the school and weeks an export changed, in the
// export's transaction, and its rollups (enrolment_years, school_weeks, unbroken_enrolment_weeks), rebuilt for the export's whole school,
// and enrolment_week_run_tails, recounted for the weeks the export's marks touch.
// enrolment_weeks holds counts only: who is in the statutory cohort (age from the date of birth in the current
// pupils file) is decided when a weekly figure is read, and again for the rollups on every load of the school.
//
// Only the small tables carry keys: the loader replaces enrolments, marks and summaries by delete-then-insert
// inside one transaction, which DuckDB's key indexes handle poorly, and the loader itself guarantees one row
// per (school, pupil), per (school, pupil, date, session) and per summary key.
export const CREATE_TABLES_SQL = `
CREATE TABLE IF NOT EXISTS schools (
  urn       VARCHAR PRIMARY KEY,
  -- Assigned when the school first appears and never changed: marks and summaries refer to it.
  school_id INTEGER NOT NULL,
  laestab   VARCHAR NOT NULL,
  name      VARCHAR NOT NULL,
  phase     VARCHAR NOT NULL,
  type      VARCHAR NOT NULL
);

-- One id per UPN, assigned when the UPN first appears and never changed.
CREATE TABLE IF NOT EXISTS pupils (
  pupil_id INTEGER NOT NULL,
  upn      VARCHAR NOT NULL
);

-- One row per (urn, upn): a pupil on roll at two schools has two enrolments. Names are not kept: no figure
-- needs them and the marks already make this special category data.
CREATE TABLE IF NOT EXISTS enrolments (
  school_id        INTEGER NOT NULL,
  pupil_id         INTEGER NOT NULL,
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

-- Every register code text ever defined, numbered once and never renumbered (register_codes is rebuilt from
-- the domain on every open; ids stored in marks must not move). A code's category still depends on the
-- session's date, through register_codes.
CREATE TABLE IF NOT EXISTS mark_codes (
  code_id UTINYINT NOT NULL,
  code    VARCHAR NOT NULL
);

-- session: 0 = AM, 1 = PM.
CREATE TABLE IF NOT EXISTS marks (
  school_id    INTEGER NOT NULL,
  pupil_id     INTEGER NOT NULL,
  session_date DATE NOT NULL,
  session      TINYINT NOT NULL,
  code_id      UTINYINT NOT NULL
);

-- Per enrolment per week (Monday start), split where a week crosses 1 August (academic_year) or the start of
-- the sixth half term (from_sixth_half_term, for the statutory cohort's exclusion at 15). Counts by the DfE
-- category of the code in force on each date; possible = present + approved + authorised + unauthorised; one
-- column per DfE reason column; last_mark_date is the latest mark of any code.
CREATE TABLE IF NOT EXISTS enrolment_weeks (
  school_id                     INTEGER NOT NULL,
  pupil_id                      INTEGER NOT NULL,
  academic_year                 SMALLINT NOT NULL,
  week_start                    DATE NOT NULL,
  from_sixth_half_term          BOOLEAN NOT NULL,
  last_mark_date                DATE NOT NULL,
  marks                         UTINYINT NOT NULL,
  possible                      UTINYINT NOT NULL,
  present                       UTINYINT NOT NULL,
  approved_educational_activity UTINYINT NOT NULL,
  authorised                    UTINYINT NOT NULL,
  unauthorised                  UTINYINT NOT NULL,
  not_possible                  UTINYINT NOT NULL,
  administrative                UTINYINT NOT NULL,
  ${DFE_REASON_COLUMNS.map((column) => `${column} UTINYINT NOT NULL`).join(',\n  ')}
);

-- Rollups of enrolment_weeks (and, for school_days, of marks) that whole-year figures and the CME list read
-- instead of a row per pupil per week: rollups.sql.ts rebuilds them for the whole school, every year, in each export's
-- transaction (the export replaces the school's pupils file, and with it who is in the statutory cohort).
-- enrolment_years: per enrolment per academic year and cohort, every count a figure sums: statutory_cohort
-- is the statutory_cohort_sessions rule (aged 5 to 15 on 31 August before the year; at 15, the sixth half
-- term is outside it), so a 15-year-old has a row for each side. possible and the categories as in
-- enrolment_weeks; one column per DfE reason column.
CREATE TABLE IF NOT EXISTS enrolment_years (
  school_id                     INTEGER NOT NULL,
  pupil_id                      INTEGER NOT NULL,
  academic_year                 SMALLINT NOT NULL,
  statutory_cohort              BOOLEAN NOT NULL,
  ${ENROLMENT_YEAR_COUNTS.map((column) => `${column} USMALLINT NOT NULL`).join(',\n  ')}
);

-- school_weeks: per school per week, the statutory cohort's counts, the latest mark of any pupil and the
-- school's register days that week (school_days: dates with a mark other than the domain's
-- NON_SCHOOL_DAY_MARKS, # and Z; 0 for a week of closures only). A week with school_days > 0 is a school week
-- of the school's own register, the one definition the penalty-notice window and CME runs count in.
CREATE TABLE IF NOT EXISTS school_weeks (
  school_id                     INTEGER NOT NULL,
  academic_year                 SMALLINT NOT NULL,
  week_start                    DATE NOT NULL,
  last_mark_date                DATE NOT NULL,
  school_days                   UTINYINT NOT NULL,
  possible                      INTEGER NOT NULL,
  present                       INTEGER NOT NULL,
  approved_educational_activity INTEGER NOT NULL,
  authorised                    INTEGER NOT NULL,
  unauthorised                  INTEGER NOT NULL
);

-- unbroken_enrolment_weeks: per enrolment per week, the week's rows of enrolment_weeks with no present and no
-- authorised session (unexplained-sessions.sql.ts), summed, with their unexplained (N, O) sessions: the weeks
-- a run of consecutive unexplained absence can pass through, a few per cent of enrolment_weeks, so the CME
-- list finds where each run broke without scanning a year of weekly rows.
CREATE TABLE IF NOT EXISTS unbroken_enrolment_weeks (
  school_id                     INTEGER NOT NULL,
  pupil_id                      INTEGER NOT NULL,
  week_start                    DATE NOT NULL,
  unexplained                   USMALLINT NOT NULL
);

-- enrolment_week_run_tails (run-tails.sql.ts): per enrolment per week, how far back into the week a CME run
-- reaching the week's end goes (domain consecutiveUnexplainedAbsenceDays over the week's school days alone, by
-- the school's register calendar): tail_days school days counted from tail_from, and whether a school day of
-- the week breaks it. Only the weeks whose last school day does not break a run for the pupil (a few per cent
-- of enrolment weeks): a week with no row breaks any run. Counting the CME list by school reads it for a run's
-- older weeks instead of their marks.
CREATE TABLE IF NOT EXISTS enrolment_week_run_tails (
  school_id                     INTEGER NOT NULL,
  pupil_id                      INTEGER NOT NULL,
  week_start                    DATE NOT NULL,
  tail_days                     UTINYINT NOT NULL,
  tail_from                     DATE,
  broken                        BOOLEAN NOT NULL
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

-- Every real date from 1900 to 2199 with its YYYY-MM-DD text: the loader turns a marks file's date text into
-- a DATE with one hash join, which also rejects anything that is not exactly such a date (see create-macros).
CREATE TABLE IF NOT EXISTS calendar_dates (
  date_text VARCHAR NOT NULL,
  day       DATE NOT NULL
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
