import { STAGE_MARKS_CSV_SQL } from './stage-marks-csv.sql.js';
import { STAGE_PUPILS_CSV_SQL } from './stage-pupils-csv.sql.js';
import { STAGE_SCHOOLS_CSV_SQL } from './stage-schools-csv.sql.js';
import { STAGE_TYPED_MARKS_CSV_SQL } from './stage-typed-marks-csv.sql.js';
import { CANONICAL_PUPIL_COLUMNS } from '../formats/shared/canonical-rows.js';

/**
 * The columns of each nightly export file that the store reads (so they must be there; anything else, such as
 * pupils' names, is ignored) and how the file is staged.
 */
export interface CsvFileLayout {
  readonly requiredColumns: readonly string[];
  readonly stageSql: string;
}

export const SCHOOLS_FILE_LAYOUT: CsvFileLayout = {
  requiredColumns: ['urn', 'laestab', 'name', 'phase', 'type'],
  stageSql: STAGE_SCHOOLS_CSV_SQL,
};

/** Pupil names are optional in an export and never stored, so every canonical column but the names is required. */
const OPTIONAL_PUPIL_COLUMNS: readonly string[] = ['forename', 'surname'];

export const PUPILS_FILE_LAYOUT: CsvFileLayout = {
  requiredColumns: CANONICAL_PUPIL_COLUMNS.filter((column) => !OPTIONAL_PUPIL_COLUMNS.includes(column)),
  stageSql: STAGE_PUPILS_CSV_SQL,
};

const MARKS_COLUMNS = ['upn', 'date', 'session', 'mark'];

/** Staged as text for the detailed checks, which give each problem's line. */
export const MARKS_FILE_LAYOUT: CsvFileLayout = {
  requiredColumns: MARKS_COLUMNS,
  stageSql: STAGE_MARKS_CSV_SQL,
};

/** Staged already converted to ids (needs staged_pupils): the fast path for a file with no problems. */
export const TYPED_MARKS_FILE_LAYOUT: CsvFileLayout = {
  requiredColumns: MARKS_COLUMNS,
  stageSql: STAGE_TYPED_MARKS_CSV_SQL,
};
