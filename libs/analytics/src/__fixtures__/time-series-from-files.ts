import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SchoolCalendar,
  academicYearOf,
  addMark,
  countsTowardStatutoryMeasures,
  defaultLaTermCalendar,
  emptySessionCounts,
  type HalfTerm,
  type IsoDate,
  type SessionCounts,
} from '@attendance/domain';
import { readCsvRecords } from '../formats/shared/csv-records.js';

// The independent side of the time-series property tests: a generated LA's CSV files read record by record in
// TypeScript, each mark put in the cohort or not by the domain's countsTowardStatutoryMeasures (half terms of
// the domain's default LA calendar, as the store's half_terms) and counted by the domain's addMark into its
// bucket (a day, a week, a half term: the test says which), per enrolment. No SQL of the product is involved.

export interface FileMark {
  urn: string;
  upn: string;
  date: IsoDate;
  mark: string;
  statutory: boolean;
}

/** Each enrolment's counts in a bucket, by `<URN> <UPN>`. */
export type EnrolmentCounts = Map<string, SessionCounts>;

export interface BucketOptions {
  cohort: 'statutory' | 'outside-statutory';
  /** The bucket a mark's date belongs to; null leaves the mark out. */
  bucketOf: (date: IsoDate) => string | null;
  /** Only these schools; default every school. */
  urns?: readonly string[];
}

/** Half terms of the domain's default LA calendar, as the loader fills half_terms. */
export function laHalfTerms(academicYear: number): HalfTerm[] {
  return SchoolCalendar.fromTermConfig(defaultLaTermCalendar(academicYear)).halfTerms(academicYear);
}

/** Every mark of the folder's exports (one per school), each placed in the statutory cohort or not. */
export async function marksFromFiles(folder: string): Promise<FileMark[]> {
  const halfTermsByYear = new Map<number, HalfTerm[]>();
  const halfTermsOf = (year: number) => {
    const known = halfTermsByYear.get(year) ?? laHalfTerms(year);
    halfTermsByYear.set(year, known);
    return known;
  };
  const marks: FileMark[] = [];
  const pupilsFiles = (await readdir(folder)).filter((file) => file.endsWith('_pupils.csv')).sort();
  for (const name of pupilsFiles) {
    const urn = name.slice(0, name.indexOf('_'));
    const dateOfBirth = new Map<string, IsoDate>();
    for await (const { values } of readCsvRecords(join(folder, name), {
      required: ['upn', 'date_of_birth'],
    })) {
      dateOfBirth.set(values['upn'] as string, values['date_of_birth'] as string);
    }
    const marksFile = join(folder, name.replace('_pupils.csv', '_marks.csv'));
    for await (const { values } of readCsvRecords(marksFile, { required: ['upn', 'date', 'mark'] })) {
      const upn = values['upn'] as string;
      const date = values['date'] as string;
      const born = dateOfBirth.get(upn);
      if (!born) throw new Error(`${marksFile}: a mark for a pupil not in the pupils file`);
      const year = academicYearOf(date);
      const statutory = countsTowardStatutoryMeasures(born, year, date, halfTermsOf(year));
      marks.push({ urn, upn, date, mark: values['mark'] as string, statutory });
    }
  }
  return marks;
}

/** Each bucket's enrolment counts, by the domain's addMark. */
export function countByBucket(
  marks: readonly FileMark[],
  options: BucketOptions,
): Map<string, EnrolmentCounts> {
  const buckets = new Map<string, EnrolmentCounts>();
  for (const { urn, upn, date, mark, statutory } of marks) {
    if (statutory !== (options.cohort === 'statutory')) continue;
    if (options.urns && !options.urns.includes(urn)) continue;
    const bucket = options.bucketOf(date);
    if (bucket === null) continue;
    const enrolments = buckets.get(bucket) ?? new Map<string, SessionCounts>();
    buckets.set(bucket, enrolments);
    const key = `${urn} ${upn}`;
    const counts = enrolments.get(key) ?? emptySessionCounts();
    enrolments.set(key, counts);
    addMark(counts, mark, date);
  }
  return buckets;
}
