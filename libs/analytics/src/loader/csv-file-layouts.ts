import { STAGE_MARKS_CSV_SQL } from './stage-marks-csv.sql.js';
import { STAGE_PUPILS_CSV_SQL } from './stage-pupils-csv.sql.js';
import { STAGE_SCHOOLS_CSV_SQL } from './stage-schools-csv.sql.js';

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

export const PUPILS_FILE_LAYOUT: CsvFileLayout = {
  requiredColumns: [
    'upn',
    'date_of_birth',
    'sex',
    'nc_year',
    'ethnicity',
    'sen_provision',
    'fsm_eligible',
    'eal',
    'cla',
    'cin',
    'cpp',
    'enrolment_status',
    'admission_date',
    'leaving_date',
  ],
  stageSql: STAGE_PUPILS_CSV_SQL,
};

export const MARKS_FILE_LAYOUT: CsvFileLayout = {
  requiredColumns: ['upn', 'date', 'session', 'mark'],
  stageSql: STAGE_MARKS_CSV_SQL,
};
