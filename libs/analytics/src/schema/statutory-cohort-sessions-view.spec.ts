import {
  academicYearOf,
  countsTowardStatutoryMeasures,
  defaultLaTermCalendar,
  SchoolCalendar,
  type HalfTerm,
  type IsoDate,
} from '@attendance/domain';
import {
  fixtureUpn,
  makeTempFolder,
  marksCsv,
  pupilsCsv,
  removeFolder,
  writeSchoolExport,
  writeSchoolsFile,
  type MarkRow,
} from '../__fixtures__/export-files.js';
import { loadSchoolExport } from '../loader/load-school-export.js';
import { loadSchoolsFile } from '../loader/load-schools-file.js';
import { AnalyticsStore } from '../store/analytics-store.js';

// The view restates the domain's statutory cohort rules in SQL; this checks the two agree on the edges:
// birthdays either side of 1 September, leap days, the sixth half term at 15, and the last weekday of July /
// first of August either side of the boundary between academic years.

const halfTermsByYear = new Map<number, HalfTerm[]>();
function halfTermsOf(academicYear: number): HalfTerm[] {
  const cached = halfTermsByYear.get(academicYear);
  if (cached) return cached;
  const halfTerms = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(academicYear)).halfTerms(
    academicYear,
  );
  halfTermsByYear.set(academicYear, halfTerms);
  return halfTerms;
}

const sixthHalfTerm = halfTermsOf(2026)[5] as HalfTerm;
const fifthHalfTerm = halfTermsOf(2026)[4] as HalfTerm;

const SESSION_DATES: IsoDate[] = [
  '2026-09-07',
  fifthHalfTerm.end,
  sixthHalfTerm.start,
  '2027-07-30', // last weekday of 2026/27 (registers are never taken at weekends)
  '2027-08-02', // first weekday of 2027/28
  '2027-09-06',
];

const DATES_OF_BIRTH: IsoDate[] = [
  '2022-08-31', // 4 in 2026/27, 5 in 2027/28
  '2022-09-01',
  '2021-08-31', // 5
  '2021-09-01', // 4
  '2020-02-29',
  '2017-01-01',
  '2016-12-31',
  '2012-02-29',
  '2012-08-31', // 14 in 2026/27, 15 in 2027/28
  '2011-09-01', // 14
  '2011-08-31', // 15: sixth half term left out
  '2010-09-01', // 15
  '2010-08-31', // 16
];

describe('statutory_cohort_sessions view', () => {
  let folder: string;
  let store: AnalyticsStore;
  const upnOf = (index: number) => fixtureUpn(100 + index);

  beforeAll(async () => {
    folder = await makeTempFolder();
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadSchoolsFile(
      store,
      await writeSchoolsFile(folder, [
        { urn: '900010', name: 'Elm School', phase: 'All-through', type: 'Free school' },
      ]),
    );
    const pupils = DATES_OF_BIRTH.map((dateOfBirth, index) => ({ upn: upnOf(index), dateOfBirth }));
    const marks: MarkRow[] = pupils.flatMap((pupil) =>
      SESSION_DATES.map((date) => ({ upn: pupil.upn, date, session: 'AM' as const, mark: '/' })),
    );
    await loadSchoolExport(
      store,
      await writeSchoolExport(folder, '900010', '2027-09-06', {
        pupils: pupilsCsv(pupils),
        marks: marksCsv(marks),
      }),
    );
  });

  afterAll(async () => {
    await store.close();
    await removeFolder(folder);
  });

  it('holds exactly the sessions the domain counts toward statutory measures', async () => {
    const rows = await store.read((session) =>
      session.all('SELECT upn, session_date FROM statutory_cohort_sessions ORDER BY upn, session_date'),
    );
    const inView = new Set(rows.map((row) => `${row['upn']} ${row['session_date']}`));

    const disagreements = DATES_OF_BIRTH.flatMap((dateOfBirth, index) =>
      SESSION_DATES.flatMap((date) => {
        const academicYear = academicYearOf(date);
        const expected = countsTowardStatutoryMeasures(
          dateOfBirth,
          academicYear,
          date,
          halfTermsOf(academicYear),
        );
        const actual = inView.has(`${upnOf(index)} ${date}`);
        return expected === actual ? [] : [{ dateOfBirth, date, expected, actual }];
      }),
    );
    expect(disagreements).toEqual([]);
    // Guard against a vacuous pass: both outcomes occur.
    expect(inView.size).toBeGreaterThan(0);
    expect(inView.size).toBeLessThan(DATES_OF_BIRTH.length * SESSION_DATES.length);
  });

  it('has the default LA half terms of every academic year the marks touch', async () => {
    const rows = await store.read((session) =>
      session.all('SELECT academic_year, number, start_date FROM half_terms WHERE number = 6 ORDER BY 1'),
    );
    expect(rows).toEqual([
      { academic_year: 2026, number: 6, start_date: sixthHalfTerm.start },
      { academic_year: 2027, number: 6, start_date: (halfTermsOf(2027)[5] as HalfTerm).start },
    ]);
  });
});
