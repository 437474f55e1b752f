import { buildUpn, eachDate, isWeekend, type IsoDate } from '@attendance/domain';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SchoolExportUnit } from '../loader/school-export-unit.js';

// Hand-made nightly export files for tests, written in the format the LA systems send.

export interface SchoolRow {
  urn: string;
  name: string;
  phase: string;
  type: string;
}

export interface PupilRow {
  upn: string;
  dateOfBirth: IsoDate;
  admissionDate?: IsoDate;
  leavingDate?: IsoDate;
  enrolmentStatus?: string;
}

export type SessionName = 'AM' | 'PM';

export interface MarkRow {
  upn: string;
  date: IsoDate;
  session: SessionName;
  mark: string;
}

/** A synthetic UPN (LA 999) with a correct check letter. */
export function fixtureUpn(serial: number): string {
  return buildUpn(999, 2001, 24, serial);
}

export function schoolsCsv(schools: readonly SchoolRow[]): string {
  const rows = schools.map((school, index) =>
    [school.urn, `999${String(2001 + index)}`, school.name, school.phase, school.type].join(','),
  );
  return ['urn,laestab,name,phase,type', ...rows].join('\n') + '\n';
}

export function pupilsCsv(pupils: readonly PupilRow[]): string {
  const header =
    'upn,forename,surname,date_of_birth,sex,nc_year,ethnicity,sen_provision,fsm_eligible,eal,cla,cin,cpp,' +
    'enrolment_status,admission_date,leaving_date';
  const rows = pupils.map((pupil) =>
    [
      pupil.upn,
      'Alex',
      'Example',
      pupil.dateOfBirth,
      'F',
      '5',
      'WBRI',
      'N',
      'N',
      'N',
      'N',
      'N',
      'N',
      pupil.enrolmentStatus ?? 'C',
      pupil.admissionDate ?? '2024-09-02',
      pupil.leavingDate ?? '',
    ].join(','),
  );
  return [header, ...rows].join('\n') + '\n';
}

export function marksCsv(marks: readonly MarkRow[]): string {
  return (
    ['upn,date,session,mark', ...marks.map((m) => [m.upn, m.date, m.session, m.mark].join(','))].join('\n') +
    '\n'
  );
}

/** Monday to Friday dates from `from` to `to`, both inclusive. */
export function weekdays(from: IsoDate, to: IsoDate): IsoDate[] {
  return eachDate(from, to).filter((date) => !isWeekend(date));
}

/** `/` in the morning, `\` in the afternoon. */
export function present(session: SessionName): string {
  return session === 'AM' ? '/' : '\\';
}

/**
 * Two sessions per date; `codeFor` picks each mark from the session's position (0 = first AM). The default is
 * present.
 */
export function marksFor(
  upn: string,
  dates: readonly IsoDate[],
  codeFor: (position: number, session: SessionName, date: IsoDate) => string | undefined = () => undefined,
): MarkRow[] {
  return dates.flatMap((date, dayIndex) =>
    (['AM', 'PM'] as const).map((session, sessionIndex) => ({
      upn,
      date,
      session,
      mark: codeFor(dayIndex * 2 + sessionIndex, session, date) ?? present(session),
    })),
  );
}

export async function makeTempFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'analytics-spec-'));
}

export async function removeFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

/** Writes `<URN>_<YYYYMMDD>_pupils.csv` and `_marks.csv` (contents as given, so a test can break them). */
export async function writeSchoolExport(
  folder: string,
  urn: string,
  exportDate: IsoDate,
  contents: { pupils: string; marks: string },
): Promise<SchoolExportUnit> {
  const stem = `${urn}_${exportDate.replaceAll('-', '')}`;
  const pupilsPath = join(folder, `${stem}_pupils.csv`);
  const marksPath = join(folder, `${stem}_marks.csv`);
  await writeFile(pupilsPath, contents.pupils);
  await writeFile(marksPath, contents.marks);
  return { urn, exportDate, pupilsPath, marksPath };
}

export async function writeSchoolsFile(folder: string, schools: readonly SchoolRow[]): Promise<string> {
  const path = join(folder, 'schools.csv');
  await writeFile(path, schoolsCsv(schools));
  return path;
}
