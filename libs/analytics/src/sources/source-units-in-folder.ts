import { isValidIsoDate, type IsoDate } from '@attendance/domain';
import { join } from 'node:path';
import { readCtfHeader } from '../formats/ctf/read-ctf-file.js';
import { FormatReadError } from '../formats/shared/format-read-error.js';
import { ExportValidationError, type ExportValidationIssue } from '../loader/export-validation-error.js';
import { describeSourceSchool, sourceLaestab, sourceSchoolUrn } from './ctf-school.js';
import { parseExportFileName, urnNamedFile, type UrnNamedKind } from './export-file-names.js';
import { issueFromFormatReadError } from './source-issues.js';
import type { FindUrnByLaestab, SourceUnit } from './source-unit.js';

export interface SourceUnitsOptions {
  /** Gives the URN of a CTF whose header names its school by LAESTAB only (see `findUrnByLaestabIn`). */
  findUrnByLaestab: FindUrnByLaestab;
}

/** The files found for one school and export date, by kind. */
interface UnitFiles {
  urn: string;
  exportDate: IsoDate;
  files: Partial<Record<Exclude<UrnNamedKind, 'ctf'>, string>>;
  ctfs: string[];
}

/**
 * Forms a folder's export files into units, ordered by export date (then URN) so each school's exports are
 * applied oldest first and later corrections win:
 * - `<URN>_<YYYYMMDD>_pupils.csv` with `_marks.csv` (a CSV pair) or with `_marks-string.csv`;
 * - `<URN>_<YYYYMMDD>_ctf.xml`, and CTFs named as schools' systems name them,
 *   `<LAESTAB>_CTF_<anything>_<nnn>.xml`, whose school (SourceSchool URN, else LAESTAB) and export date
 *   (the date of `DateTime`) are read from the header only.
 * Any other file is ignored. Throws ExportValidationError, naming each file, for an unpaired file, a date that
 * is not real, a CTF whose header cannot be read or names an unknown school, and two exports of one school for
 * one date (e.g. both a marks and a marks-string file), before anything is loaded.
 */
export async function sourceUnitsInFolder(
  folder: string,
  fileNames: readonly string[],
  options: SourceUnitsOptions,
): Promise<SourceUnit[]> {
  const byKey = new Map<string, UnitFiles>();
  const issues: ExportValidationIssue[] = [];
  const unitFiles = (urn: string, exportDate: IsoDate): UnitFiles => {
    const key = `${exportDate} ${urn}`;
    const found = byKey.get(key) ?? { urn, exportDate, files: {}, ctfs: [] };
    byKey.set(key, found);
    return found;
  };

  for (const fileName of [...fileNames].sort()) {
    const named = parseExportFileName(fileName);
    if (named === null) continue;
    if (named.naming === 'dfe-ctf') {
      const school = await ctfHeaderSchool(folder, fileName, named.laestab, options.findUrnByLaestab);
      if ('issue' in school) issues.push(school.issue);
      else unitFiles(school.urn, school.exportDate).ctfs.push(fileName);
      continue;
    }
    if (!isValidIsoDate(named.exportDate)) {
      issues.push({
        file: fileName,
        problem: 'bad-file-name',
        message: `${named.exportDate} is not a real export date`,
      });
      continue;
    }
    const found = unitFiles(named.urn, named.exportDate);
    if (named.kind === 'ctf') found.ctfs.push(fileName);
    else found.files[named.kind] = fileName;
  }

  const units: SourceUnit[] = [];
  for (const found of byKey.values()) {
    const unit = unitOf(folder, found);
    if ('issues' in unit) issues.push(...unit.issues);
    else units.push(unit);
  }
  if (issues.length > 0) throw new ExportValidationError(issues);
  const order = (unit: SourceUnit) => `${unit.exportDate} ${unit.urn}`;
  return units.sort((a, b) => order(a).localeCompare(order(b)));
}

function unitOf(folder: string, found: UnitFiles): SourceUnit | { issues: ExportValidationIssue[] } {
  const { urn, exportDate, files, ctfs } = found;
  const { pupils, marks, 'marks-string': marksString } = files;
  const csvFiles = [pupils, marks, marksString].filter((file): file is string => file !== undefined);
  const exportName = `school ${urn}'s export of ${exportDate}`;

  if (ctfs.length > 1 || (ctfs.length === 1 && csvFiles.length > 0)) {
    const all = [...csvFiles, ...ctfs];
    return {
      issues: ctfs.map((ctf) => ({
        file: ctf,
        problem: 'conflicting-exports' as const,
        message: `The folder holds ${exportName} more than once (${all.join(', ')}): keep one`,
      })),
    };
  }
  const [ctf] = ctfs;
  if (ctf !== undefined) return { urn, exportDate, format: 'ctf', files: [join(folder, ctf)] };

  if (marks !== undefined && marksString !== undefined) {
    return {
      issues: [
        {
          file: marksString,
          problem: 'conflicting-exports',
          message: `Both ${marks} and ${marksString} hold the marks of ${exportName}: keep one`,
        },
      ],
    };
  }
  const marksFile = marks ?? marksString;
  if (pupils === undefined || marksFile === undefined) {
    const present = (pupils ?? marksFile) as string;
    const missing =
      pupils === undefined
        ? urnNamedFile(urn, exportDate, 'pupils.csv')
        : `${urnNamedFile(urn, exportDate, 'marks.csv')} (or ${urnNamedFile(urn, exportDate, 'marks-string.csv')})`;
    return {
      issues: [{ file: present, problem: 'missing-file', message: `Its partner file ${missing} is missing` }],
    };
  }
  return {
    urn,
    exportDate,
    format: marks === undefined ? 'marks-string' : 'csv-pair',
    files: [join(folder, pupils), join(folder, marksFile)],
  };
}

/** The school and export date of a CTF named by LAESTAB, from its header alone. */
async function ctfHeaderSchool(
  folder: string,
  fileName: string,
  nameLaestab: string,
  findUrnByLaestab: FindUrnByLaestab,
): Promise<{ urn: string; exportDate: IsoDate } | { issue: ExportValidationIssue }> {
  let header;
  try {
    header = await readCtfHeader(join(folder, fileName));
  } catch (error) {
    if (error instanceof FormatReadError) return { issue: issueFromFormatReadError(error) };
    throw error;
  }
  const { sources } = header;
  if (sourceLaestab(header) !== nameLaestab) {
    return {
      issue: {
        file: fileName,
        line: sources.sourceSchool.line,
        column: 'SourceSchool',
        value: sourceLaestab(header),
        problem: 'wrong-school',
        message: `The header's source school is ${describeSourceSchool(header)}, but the file name starts with LAESTAB ${nameLaestab}`,
      },
    };
  }
  const urn = await sourceSchoolUrn(header, findUrnByLaestab);
  if (urn === null) {
    return {
      issue: {
        file: fileName,
        line: sources.sourceSchool.line,
        column: 'SourceSchool',
        value: nameLaestab,
        problem: 'unknown-school',
        message: `The header names its school by LAESTAB ${nameLaestab} without a URN, and no single school with that LAESTAB is in schools.csv or the GIAS extract`,
      },
    };
  }
  const exportDate = (header.dateTime ?? '').slice(0, 10);
  if (!isValidIsoDate(exportDate)) {
    return {
      issue: {
        file: fileName,
        line: sources.dateTime?.line ?? sources.header.line,
        column: 'DateTime',
        ...(header.dateTime === null ? {} : { value: header.dateTime }),
        problem: header.dateTime === null ? 'missing-element' : 'bad-date',
        message:
          'Expected the header DateTime (YYYY-MM-DDThh:mm:ss), whose date is the export date: the file name has none',
      },
    };
  }
  return { urn, exportDate };
}
