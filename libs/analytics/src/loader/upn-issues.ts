import { validateUpn } from '@attendance/domain';
import type { SqlSession } from '../store/sql-session.js';
import type { ExportValidationIssue } from './export-validation-error.js';
import type { ProblemsFound } from './problem-rows.js';
import { MAX_REPORTED_ISSUES } from './export-validation-error.js';
import { STAGED_PUPIL_UPNS_SQL } from './staged-pupil-upns.sql.js';

/**
 * UPNs in the staged pupils file that fail the DfE shape and check-letter rule (the domain's `validateUpn`,
 * judged here rather than in SQL so there is one statement of it). A school has at most a few thousand pupils.
 */
export async function findBadUpns(session: SqlSession, file: string): Promise<ProblemsFound> {
  const issues: ExportValidationIssue[] = [];
  let count = 0;
  for (const row of await session.all(STAGED_PUPIL_UPNS_SQL)) {
    const upn = String(row['upn']);
    const verdict = validateUpn(upn);
    if (verdict.valid) continue;
    count += 1;
    if (issues.length < MAX_REPORTED_ISSUES) {
      issues.push({
        file,
        line: Number(row['line']),
        column: 'upn',
        value: upn,
        problem: 'bad-upn',
        message: `"${upn}" is not a valid UPN: ${verdict.reason}`,
      });
    }
  }
  return { issues, count };
}
