import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  academicYearBounds,
  countsTowardStatutoryMeasures,
  defaultLaTermCalendar,
  isInStatutoryCohort,
  isSixthHalfTermExcluded,
  mondayOf,
  PLANNED_CLOSURE_CODE,
  SchoolCalendar,
  type HalfTerm,
  type IsoDate,
} from '@attendance/domain';
import { writeSyntheticLaExports, type SyntheticLaOptions } from '@attendance/synthetic-la';
import { readCsvRecords } from '../formats/shared/csv-records.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { makeTempFolder, removeFolder } from './export-files.js';

// The independent side of the action-list and pupil-record tests: a generated LA's CSV files read in
// TypeScript, each enrolment with every one of its marks, and each school's school weeks from its own register
// by the domain's SchoolCalendar. No SQL of the product is involved. (enrolments-from-files.ts counts a period;
// these lists need the marks themselves: dates of C2, the year to date at two points, a pupil's calendar.)

export interface FileMark {
  date: IsoDate;
  session: 'AM' | 'PM';
  mark: string;
}

export interface MarkedEnrolment {
  urn: string;
  upn: string;
  pupil: Readonly<Record<string, string>>;
  /** In file order (the generator writes them by date). */
  marks: FileMark[];
}

export interface MarkedLa {
  folder: string;
  store: AnalyticsStore;
  academicYear: number;
  asOf: IsoDate;
  enrolments: MarkedEnrolment[];
  /** Per URN: the school's register days (SchoolCalendar.fromRegisterDays: whole-day # closures left out). */
  calendars: Map<string, SchoolCalendar>;
  /** The LA's half terms (the store's half_terms come from the same default calendar). */
  halfTerms: HalfTerm[];
}

/** Generates a synthetic LA (one export per school), loads it into a new in-memory store and reads its files. */
export async function openMarkedLa(options: SyntheticLaOptions): Promise<MarkedLa> {
  const folder = await makeTempFolder();
  await writeSyntheticLaExports(options, folder);
  const store = await AnalyticsStore.open({ path: ':memory:' });
  await loadExportFolder(store, folder);
  const enrolments = await markedEnrolmentsFromFiles(folder);
  const calendars = new Map<string, SchoolCalendar>();
  for (const urn of new Set(enrolments.map((e) => e.urn))) {
    calendars.set(urn, registerCalendar(enrolments.filter((e) => e.urn === urn)));
  }
  const halfTerms = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(options.academicYear)).halfTerms(
    options.academicYear,
  );
  return {
    folder,
    store,
    academicYear: options.academicYear,
    asOf: options.asOf,
    enrolments,
    calendars,
    halfTerms,
  };
}

export async function closeMarkedLa(la: MarkedLa): Promise<void> {
  await la.store.close();
  await removeFolder(la.folder);
}

export async function markedEnrolmentsFromFiles(folder: string): Promise<MarkedEnrolment[]> {
  const enrolments: MarkedEnrolment[] = [];
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('_pupils.csv')).sort()) {
    const urn = name.slice(0, name.indexOf('_'));
    const byUpn = new Map<string, MarkedEnrolment>();
    for await (const { values } of readCsvRecords(join(folder, name), { required: ['upn'] })) {
      const upn = values['upn'] as string;
      const enrolment = { urn, upn, pupil: values, marks: [] };
      byUpn.set(upn, enrolment);
      enrolments.push(enrolment);
    }
    const marksFile = join(folder, name.replace('_pupils.csv', '_marks.csv'));
    for await (const { values } of readCsvRecords(marksFile, {
      required: ['upn', 'date', 'session', 'mark'],
    })) {
      const enrolment = byUpn.get(values['upn'] as string);
      if (!enrolment) throw new Error(`${marksFile}: a mark for a pupil not in the pupils file`);
      enrolment.marks.push({
        date: values['date'] as string,
        session: values['session'] as 'AM' | 'PM',
        mark: values['mark'] as string,
      });
    }
  }
  return enrolments;
}

/** A school's own register days: every date with a mark, less dates whose every mark is a planned closure. */
function registerCalendar(enrolments: readonly MarkedEnrolment[]): SchoolCalendar {
  const marked = new Set<IsoDate>();
  const open = new Set<IsoDate>();
  for (const { marks } of enrolments) {
    for (const { date, mark } of marks) {
      marked.add(date);
      if (mark !== PLANNED_CLOSURE_CODE) open.add(date);
    }
  }
  return SchoolCalendar.fromRegisterDays(
    marked,
    [...marked].filter((date) => !open.has(date)),
  );
}

/** The enrolment's marks that count toward the statutory (headline) measures, from `from` to `to`. */
export function statutoryMarks(
  la: MarkedLa,
  enrolment: MarkedEnrolment,
  from: IsoDate,
  to: IsoDate,
): FileMark[] {
  const dateOfBirth = enrolment.pupil['date_of_birth'] as string;
  if (!isInStatutoryCohort(dateOfBirth, la.academicYear)) return [];
  // Only a pupil aged 15 loses sessions (the sixth half term): the others need no check per mark.
  const counts = isSixthHalfTermExcluded(dateOfBirth, la.academicYear)
    ? (date: IsoDate) => countsTowardStatutoryMeasures(dateOfBirth, la.academicYear, date, la.halfTerms)
    : () => true;
  return enrolment.marks.filter(({ date }) => date >= from && date <= to && counts(date));
}

/**
 * The Monday of the school week `weeksBack` school weeks before the school's latest school week starting on or
 * before the week of `asOf` (0 = that week); null when the school has fewer school weeks this year.
 */
export function schoolWeekBack(la: MarkedLa, urn: string, asOf: IsoDate, weeksBack: number): IsoDate | null {
  const weeks = schoolWeeksTo(la, urn, asOf);
  return weeks[weeks.length - 1 - weeksBack] ?? null;
}

const schoolWeeksCache = new WeakMap<MarkedLa, Map<string, IsoDate[]>>();

/** The school's school weeks of the year starting on or before the week of `asOf`, oldest first. */
function schoolWeeksTo(la: MarkedLa, urn: string, asOf: IsoDate): IsoDate[] {
  const cache = schoolWeeksCache.get(la) ?? new Map<string, IsoDate[]>();
  schoolWeeksCache.set(la, cache);
  const key = `${urn} ${asOf}`;
  const known = cache.get(key);
  if (known) return known;
  const weeks = (
    la.calendars.get(urn)?.schoolWeekStarts(academicYearBounds(la.academicYear).start, asOf) ?? []
  ).filter((week) => week <= mondayOf(asOf));
  cache.set(key, weeks);
  return weeks;
}
