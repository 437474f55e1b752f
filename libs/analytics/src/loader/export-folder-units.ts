import { isValidIsoDate } from '@attendance/domain';
import { join } from 'node:path';
import { ExportValidationError, type ExportValidationIssue } from './export-validation-error.js';
import type { SchoolExportUnit } from './school-export-unit.js';

/** `<URN>_<YYYYMMDD>_pupils.csv` and `<URN>_<YYYYMMDD>_marks.csv`; any other file in the folder is ignored. */
const EXPORT_FILE_PATTERN = /^(\d+)_(\d{4})(\d{2})(\d{2})_(pupils|marks)\.csv$/;

interface UnitFiles {
  urn: string;
  exportDate: string;
  pupils?: string;
  marks?: string;
}

/**
 * Pairs a folder's export files into units, ordered by export date (then URN) so each school's exports are
 * applied oldest first and later corrections win. Throws ExportValidationError for an unpaired file or a
 * file name whose date is not a real date, before anything is loaded.
 */
export function exportUnitsInFolder(folder: string, fileNames: readonly string[]): SchoolExportUnit[] {
  const byKey = new Map<string, UnitFiles>();
  const issues: ExportValidationIssue[] = [];
  for (const fileName of [...fileNames].sort()) {
    const match = EXPORT_FILE_PATTERN.exec(fileName);
    if (!match) continue;
    const [, urn = '', year, month, day, kind] = match;
    const exportDate = `${year}-${month}-${day}`;
    if (!isValidIsoDate(exportDate)) {
      issues.push({
        file: fileName,
        problem: 'bad-file-name',
        message: `${exportDate} is not a real export date`,
      });
      continue;
    }
    const key = `${exportDate} ${urn}`;
    const unit = byKey.get(key) ?? { urn, exportDate };
    unit[kind === 'pupils' ? 'pupils' : 'marks'] = fileName;
    byKey.set(key, unit);
  }
  for (const unit of byKey.values()) {
    if (!unit.pupils || !unit.marks) {
      const present = (unit.pupils ?? unit.marks) as string;
      const missing = `${unit.urn}_${unit.exportDate.replaceAll('-', '')}_${unit.pupils ? 'marks' : 'pupils'}.csv`;
      issues.push({
        file: present,
        problem: 'missing-file',
        message: `Its partner file ${missing} is missing`,
      });
    }
  }
  if (issues.length > 0) throw new ExportValidationError(issues);
  return [...byKey.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, unit]) => ({
      urn: unit.urn,
      exportDate: unit.exportDate,
      pupilsPath: join(folder, unit.pupils as string),
      marksPath: join(folder, unit.marks as string),
    }));
}
