import {
  ExportValidationError,
  MAX_REPORTED_ISSUES,
  type ExportValidationIssue,
} from './export-validation-error.js';
import type { ProblemsFound } from './problem-rows.js';

/** Collects problems in file order across the checks of one load; throws them together at the end. */
export class ValidationReport {
  private readonly issues: ExportValidationIssue[] = [];
  private count = 0;

  add(found: ProblemsFound | readonly ExportValidationIssue[]): void {
    const { issues, count } = 'count' in found ? found : { issues: found, count: found.length };
    this.issues.push(...issues);
    this.count += count;
  }

  isEmpty(): boolean {
    return this.count === 0;
  }

  throwIfAny(): void {
    if (this.count === 0) return;
    throw new ExportValidationError(this.issues.slice(0, MAX_REPORTED_ISSUES), this.count);
  }
}
