import { ExportValidationError, type ExportValidationIssue } from '@attendance/analytics';
import type { ImportFinding } from '@attendance/persistence';

/** The errors behind a failed unit, each located as exactly as the loader could. */
export function findingsFromError(error: unknown, fallbackFile: string): ImportFinding[] {
  if (error instanceof ExportValidationError) return findingsFromIssues(error.issues);
  return [{ file: fallbackFile, message: error instanceof Error ? error.message : String(error) }];
}

/** Issues (errors or warnings) as stored with a unit: file, line, column, value and the message. */
export function findingsFromIssues(issues: readonly ExportValidationIssue[]): ImportFinding[] {
  return issues.map((issue) => ({
    file: issue.file,
    ...(issue.line !== undefined ? { line: issue.line } : {}),
    ...(issue.column !== undefined ? { column: issue.column } : {}),
    ...(issue.value !== undefined ? { value: issue.value } : {}),
    message: issue.message,
  }));
}

export function describeFinding(finding: ImportFinding): string {
  const where = [finding.file];
  if (finding.line !== undefined) where.push(`line ${finding.line}`);
  if (finding.column !== undefined) where.push(`column "${finding.column}"`);
  const value = finding.value !== undefined ? ` (value "${finding.value}")` : '';
  return `${where.join(', ')}: ${finding.message}${value}`;
}
