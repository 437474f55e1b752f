import type { IsoDate } from '@attendance/domain';
import {
  fixtureUpn,
  marksCsv,
  marksFor,
  pupilsCsv,
  weekdays,
  writeSchoolExport,
  writeSchoolsFile,
  type MarkRow,
  type PupilRow,
  type SchoolRow,
} from './export-files.js';

// A small LA in 2024/25 whose figures are worked out by hand in la-overview.spec.ts. Ages are on 31 Aug 2024.
// Weeks: 2 to 6 Sep 2024 and 9 to 13 Sep 2024 (10 sessions each); 16 to 20 Jun 2025 is well inside the sixth half term.

export const WEEK_1 = weekdays('2024-09-02', '2024-09-06');
export const WEEK_2 = weekdays('2024-09-09', '2024-09-13');
export const SIXTH_HALF_TERM_WEEK = weekdays('2025-06-16', '2025-06-20');

export const ALDER = {
  urn: '900001',
  name: 'Alder Primary School',
  phase: 'Primary',
  type: 'Community school',
};
export const BIRCH = { urn: '900002', name: 'Birch Academy', phase: 'Secondary', type: 'Academy converter' };
export const CEDAR = {
  urn: '900003',
  name: 'Cedar Special School',
  phase: 'Special',
  type: 'Community special school',
};
/** Out of name order on purpose: the overview sorts by name. */
export const SCHOOLS: readonly SchoolRow[] = [CEDAR, ALDER, BIRCH];

export const UPN = {
  /** 8, Alder: 2 x I in 20 sessions: exactly 10%, persistent. */
  exactlyPersistent: fixtureUpn(1),
  /** 6, Alder: L, V, 1 x I in 20: 5%, not persistent. */
  rarelyAbsent: fixtureUpn(2),
  /** 7, Alder: 6 x G and 4 x M in 20: exactly 50%, severe (and persistent). */
  exactlySevere: fixtureUpn(3),
  /** 4, Alder: too young for the statutory cohort; all O. */
  fourYearOld: fixtureUpn(4),
  /** 9: leaves Alder on 6 Sep (1 x U in 10: persistent there), joins Birch on 9 Sep (present). */
  mover: fixtureUpn(5),
  /** 7, Alder: dual registered, only D marks: no possible sessions, left out. */
  onlyNotPossible: fixtureUpn(6),
  /** 16, Birch: too old for the statutory cohort; all N. */
  sixteenYearOld: fixtureUpn(7),
  /** 15, Birch: present in September; N all week in the sixth half term, which is left out at 15. */
  fifteenYearOld: fixtureUpn(8),
  /** 14, Birch: present in September; 2 x I in the sixth-half-term week, which counts at 14. */
  fourteenYearOld: fixtureUpn(9),
};

export const DATES_OF_BIRTH: Record<string, IsoDate> = {
  [UPN.exactlyPersistent]: '2016-05-10',
  [UPN.rarelyAbsent]: '2018-01-01',
  [UPN.exactlySevere]: '2017-03-03',
  [UPN.fourYearOld]: '2019-09-01',
  [UPN.mover]: '2015-01-15',
  [UPN.onlyNotPossible]: '2016-11-11',
  [UPN.sixteenYearOld]: '2008-08-31',
  [UPN.fifteenYearOld]: '2009-08-31',
  [UPN.fourteenYearOld]: '2009-09-01',
};

function pupil(upn: string, extra: Partial<PupilRow> = {}): PupilRow {
  return { upn, dateOfBirth: DATES_OF_BIRTH[upn] as IsoDate, ...extra };
}

const BOTH_WEEKS = [...WEEK_1, ...WEEK_2];

export const ALDER_PUPILS: PupilRow[] = [
  pupil(UPN.exactlyPersistent),
  pupil(UPN.rarelyAbsent),
  pupil(UPN.exactlySevere),
  pupil(UPN.fourYearOld),
  pupil(UPN.mover, { leavingDate: '2024-09-06' }),
  pupil(UPN.onlyNotPossible, { enrolmentStatus: 'S' }),
];

export const ALDER_MARKS: MarkRow[] = [
  ...marksFor(UPN.exactlyPersistent, BOTH_WEEKS, (position) => (position < 2 ? 'I' : undefined)),
  ...marksFor(UPN.rarelyAbsent, BOTH_WEEKS, (position) => ({ 0: 'L', 2: 'V', 4: 'I' })[position]),
  ...marksFor(UPN.exactlySevere, BOTH_WEEKS, (position) =>
    position < 10 ? undefined : position < 16 ? 'G' : 'M',
  ),
  ...marksFor(UPN.fourYearOld, BOTH_WEEKS, () => 'O'),
  ...marksFor(UPN.mover, WEEK_1, (position) => (position === 9 ? 'U' : undefined)),
  ...marksFor(UPN.onlyNotPossible, BOTH_WEEKS, () => 'D'),
];

export const BIRCH_PUPILS: PupilRow[] = [
  pupil(UPN.sixteenYearOld),
  pupil(UPN.fifteenYearOld),
  pupil(UPN.fourteenYearOld),
  pupil(UPN.mover, { admissionDate: '2024-09-09' }),
];

export const BIRCH_MARKS: MarkRow[] = [
  ...marksFor(UPN.sixteenYearOld, BOTH_WEEKS, () => 'N'),
  ...marksFor(UPN.fifteenYearOld, BOTH_WEEKS),
  ...marksFor(UPN.fifteenYearOld, SIXTH_HALF_TERM_WEEK, () => 'N'),
  ...marksFor(UPN.fourteenYearOld, BOTH_WEEKS),
  ...marksFor(UPN.fourteenYearOld, SIXTH_HALF_TERM_WEEK, (position) => (position < 2 ? 'I' : undefined)),
  ...marksFor(UPN.mover, WEEK_2),
];

/** Writes schools.csv, Alder's export of 13 Sep 2024 and Birch's of 20 Jun 2025 into the folder. */
export async function writeOverviewScenario(folder: string): Promise<void> {
  await writeSchoolsFile(folder, SCHOOLS);
  await writeSchoolExport(folder, ALDER.urn, '2024-09-13', {
    pupils: pupilsCsv(ALDER_PUPILS),
    marks: marksCsv(ALDER_MARKS),
  });
  await writeSchoolExport(folder, BIRCH.urn, '2025-06-20', {
    pupils: pupilsCsv(BIRCH_PUPILS),
    marks: marksCsv(BIRCH_MARKS),
  });
}
