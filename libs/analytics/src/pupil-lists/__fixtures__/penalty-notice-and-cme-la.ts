import { copyFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  academicYearOf,
  defaultLaTermCalendar,
  EXCLUDED_HALF_TERM_FOR_AGE_15,
  isInStatutoryCohort,
  isSixthHalfTermExcluded,
  registerCalendar,
  SchoolCalendar,
  type IsoDate,
} from '@attendance/domain';
import { writeSyntheticLaExports, type SyntheticLaOptions } from '@attendance/synthetic-la';
import { makeTempFolder, removeFolder } from '../../__fixtures__/export-files.js';
import { markedEnrolmentsFromFiles, type MarkedEnrolment } from '../../__fixtures__/marked-enrolments.js';
import { loadExportFolder } from '../../loader/load-export-folder.js';
import { AnalyticsStore } from '../../store/analytics-store.js';

// The independent side of the penalty-notice and CME list tests: a generated LA in which one school's export
// is stale (its files are those of the same LA generated to an earlier date), loaded into a new in-memory
// store, and its files read in TypeScript. Each school's calendar is its own register by the domain's
// registerCalendar over the files' marks; no SQL of the product is involved.

export interface ActionListLa {
  folder: string;
  store: AnalyticsStore;
  asOf: IsoDate;
  /** The school whose export stops at `staleAsOf`. */
  staleUrn: string;
  staleAsOf: IsoDate;
  enrolments: MarkedEnrolment[];
  /** Per URN: the school's own register (registerCalendar over every mark of its files). */
  calendars: Map<string, SchoolCalendar>;
}

/** Generates the LA to `asOf`, swaps in one school's export cut at `staleAsOf`, and loads it. */
export async function openActionListLa(
  options: SyntheticLaOptions & { staleAsOf: IsoDate; staleSchoolIndex: number },
): Promise<ActionListLa> {
  const { staleAsOf, staleSchoolIndex, ...generation } = options;
  const folder = await makeTempFolder();
  const staleFolder = await makeTempFolder();
  try {
    await writeSyntheticLaExports(generation, folder);
    await writeSyntheticLaExports({ ...generation, asOf: staleAsOf }, staleFolder);
    const urns = [...new Set((await readdir(folder)).filter(isExportFile).map(urnOf))].sort();
    const staleUrn = urns[staleSchoolIndex];
    if (staleUrn === undefined) throw new Error(`No school ${staleSchoolIndex} among ${urns.length}`);
    for (const file of (await readdir(folder)).filter((name) => urnOf(name) === staleUrn)) {
      await rm(join(folder, file));
    }
    for (const file of (await readdir(staleFolder)).filter((name) => urnOf(name) === staleUrn)) {
      await copyFile(join(staleFolder, file), join(folder, file));
    }
    const store = await AnalyticsStore.open({ path: ':memory:' });
    await loadExportFolder(store, folder);
    const enrolments = await markedEnrolmentsFromFiles(folder);
    const calendars = new Map<string, SchoolCalendar>();
    for (const urn of urns) {
      calendars.set(urn, registerCalendar(enrolments.filter((e) => e.urn === urn).flatMap((e) => e.marks)));
    }
    return { folder, store, asOf: generation.asOf, staleUrn, staleAsOf, enrolments, calendars };
  } finally {
    await removeFolder(staleFolder);
  }
}

export async function closeActionListLa(la: ActionListLa): Promise<void> {
  await la.store.close();
  await removeFolder(la.folder);
}

function isExportFile(name: string): boolean {
  return /^\d+_\d{8}_(pupils|marks)\.csv$/.test(name);
}

function urnOf(name: string): string {
  return name.slice(0, name.indexOf('_'));
}

/** Each school's last date with any mark on or before `asOf`, from its files (schools without one left out). */
export function registerEnds(la: ActionListLa, asOf: IsoDate): Map<string, IsoDate> {
  const ends = new Map<string, IsoDate>();
  for (const { urn, marks } of la.enrolments) {
    for (const { date } of marks) {
      const end = ends.get(urn);
      if (date <= asOf && (end === undefined || date > end)) ends.set(urn, date);
    }
  }
  return ends;
}

/** In the statutory cohort on `day`: aged 5 to 15 on 31 August before its year; at 15, not from the sixth half term. */
export function statutoryOn(enrolment: MarkedEnrolment, day: IsoDate): boolean {
  const dateOfBirth = enrolment.pupil['date_of_birth'] as string;
  const year = academicYearOf(day);
  if (!isInStatutoryCohort(dateOfBirth, year)) return false;
  if (!isSixthHalfTermExcluded(dateOfBirth, year)) return true;
  const sixth = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(year))
    .halfTerms(year)
    .find((halfTerm) => halfTerm.number === EXCLUDED_HALF_TERM_FOR_AGE_15);
  return sixth === undefined || day < sixth.start;
}

export const byUrnAndUpn = (a: { urn: string; upn: string }, b: { urn: string; upn: string }): number =>
  a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : a.upn < b.upn ? -1 : a.upn > b.upn ? 1 : 0;
