import { basename } from 'node:path';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { SCHOOLS_FILE_LAYOUT } from './csv-file-layouts.js';
import { DROP_STAGED_SCHOOLS_SQL } from './drop-staged-schools.sql.js';
import { findProblems } from './problem-rows.js';
import { stageCsv } from './stage-csv.js';
import { UPSERT_STAGED_SCHOOLS_SQL } from './upsert-staged-schools.sql.js';
import { VALIDATE_SCHOOLS_SQL } from './validate-schools.sql.js';
import { ValidationReport } from './validation-report.js';

export interface SchoolsFileLoadResult {
  file: string;
  /** Schools added or updated. */
  schoolRows: number;
}

/** Upserts the LA's schools.csv in one transaction; throws ExportValidationError and changes nothing if invalid. */
export async function loadSchoolsFile(store: AnalyticsStore, path: string): Promise<SchoolsFileLoadResult> {
  const file = basename(path);
  return store.write(async (session) => {
    try {
      // Staged and checked outside the transaction, as in load-school-export.ts.
      const report = new ValidationReport();
      const stagingIssues = await stageCsv(session, SCHOOLS_FILE_LAYOUT, path);
      report.add(stagingIssues);
      if (stagingIssues.length === 0) report.add(await findProblems(session, VALIDATE_SCHOOLS_SQL, file));
      report.throwIfAny();
      const schoolRows = await session.transaction(() => session.run(UPSERT_STAGED_SCHOOLS_SQL));
      return { file, schoolRows };
    } finally {
      await session.run(DROP_STAGED_SCHOOLS_SQL);
    }
  });
}
