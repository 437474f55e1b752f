import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  academicYearOf,
  addMark,
  attendedSessions,
  countsTowardStatutoryMeasures,
  defaultLaTermCalendar,
  emptySessionCounts,
  mondayOf,
  SchoolCalendar,
  type IsoDate,
  type SessionCounts,
  type WeeklySessions,
} from '@attendance/domain';
import { readCsvRecords } from '../../formats/shared/csv-records.js';

// The independent side of the early-warning tests: a generated LA's CSV files read in TypeScript, every mark
// of the statutory cohort up to the as-of date counted week by week by the domain's addMark and cohort rules.
// No SQL of the product is involved.

export interface FileEnrolment {
  urn: string;
  upn: string;
  dateOfBirth: IsoDate;
  leavingDate: IsoDate | null;
  weeks: WeeklySessions[];
}

/** Every enrolment's statutory-cohort weeks of the as-of date's academic year up to that date (one export per school). */
export async function weeklySessionsFromFiles(folder: string, asOf: IsoDate): Promise<FileEnrolment[]> {
  const academicYear = academicYearOf(asOf);
  const halfTerms = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(academicYear)).halfTerms(
    academicYear,
  );
  const enrolments: FileEnrolment[] = [];
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('_pupils.csv')).sort()) {
    const urn = name.slice(0, name.indexOf('_'));
    const pupils = new Map<string, { pupil: Record<string, string>; weeks: Map<IsoDate, SessionCounts> }>();
    for await (const { values } of readCsvRecords(join(folder, name), { required: ['upn'] })) {
      pupils.set(values['upn'] as string, { pupil: { ...values }, weeks: new Map() });
    }
    const marksFile = join(folder, name.replace('_pupils.csv', '_marks.csv'));
    for await (const { values } of readCsvRecords(marksFile, { required: ['upn', 'date', 'mark'] })) {
      const date = values['date'] as IsoDate;
      if (date > asOf || academicYearOf(date) !== academicYear) continue;
      const entry = pupils.get(values['upn'] as string);
      if (!entry) throw new Error(`${marksFile}: a mark for a pupil not in the pupils file`);
      const dateOfBirth = entry.pupil['date_of_birth'] as IsoDate;
      if (!countsTowardStatutoryMeasures(dateOfBirth, academicYear, date, halfTerms)) continue;
      const weekStart = mondayOf(date);
      const counts = entry.weeks.get(weekStart) ?? emptySessionCounts();
      entry.weeks.set(weekStart, addMark(counts, values['mark'] as string, date));
    }
    for (const [upn, { pupil, weeks }] of pupils) {
      enrolments.push({
        urn,
        upn,
        dateOfBirth: pupil['date_of_birth'] as IsoDate,
        leavingDate: pupil['leaving_date'] ? (pupil['leaving_date'] as IsoDate) : null,
        weeks: [...weeks].map(([weekStart, counts]) => ({
          weekStart,
          possible: counts.possible,
          attended: attendedSessions(counts),
        })),
      });
    }
  }
  return enrolments;
}
