import {
  academicYearOf,
  countSessions,
  countsTowardStatutoryMeasures,
  defaultLaTermCalendar,
  SchoolCalendar,
  summariseEnrolments,
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
import {
  ALDER,
  ALDER_MARKS,
  BIRCH,
  BIRCH_MARKS,
  CEDAR,
  DATES_OF_BIRTH,
  writeOverviewScenario,
} from '../__fixtures__/overview-scenario.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import type { AttendanceMeasures } from './la-overview.types.js';
import { queryLaOverview } from './query-la-overview.js';

// Figures worked out by hand from overview-scenario.ts (see the pupil notes there).
const percent = (part: number, whole: number) => (part * 100) / whole;

const ALDER_MEASURES: AttendanceMeasures = {
  enrolments: 4, // exactlyPersistent, rarelyAbsent, exactlySevere, mover; not the 4-year-old, not D-only
  possibleSessions: 70, // 20 + 20 + 20 + 10
  attendedSessions: 56, // 18 + 19 (L and V attend) + 10 + 9
  authorisedSessions: 7, // 2 I + 1 I + 4 M
  unauthorisedSessions: 7, // 6 G + 1 U
  attendanceRate: 100 - percent(14, 70),
  overallAbsenceRate: percent(14, 70),
  authorisedAbsenceRate: percent(7, 70),
  unauthorisedAbsenceRate: percent(7, 70),
  persistentAbsentees: 3, // 2/20 exactly 10%, 10/20, mover's 1/10 exactly 10%
  persistentAbsenceRate: percent(3, 4),
  severeAbsentees: 1, // 10/20 exactly 50%
  severeAbsenceRate: percent(1, 4),
};

const BIRCH_MEASURES: AttendanceMeasures = {
  enrolments: 3, // 15-year-old, 14-year-old, mover; not the 16-year-old
  possibleSessions: 60, // 20 (sixth half term left out at 15) + 30 + 10
  attendedSessions: 58,
  authorisedSessions: 2, // the 14-year-old's 2 I in the sixth half term count
  unauthorisedSessions: 0, // the 15-year-old's N in the sixth half term do not
  attendanceRate: 100 - percent(2, 60),
  overallAbsenceRate: percent(2, 60),
  authorisedAbsenceRate: percent(2, 60),
  unauthorisedAbsenceRate: 0,
  persistentAbsentees: 0,
  persistentAbsenceRate: 0,
  severeAbsentees: 0,
  severeAbsenceRate: 0,
};

const NO_MEASURES: AttendanceMeasures = {
  enrolments: 0,
  possibleSessions: 0,
  attendedSessions: 0,
  authorisedSessions: 0,
  unauthorisedSessions: 0,
  attendanceRate: null,
  overallAbsenceRate: null,
  authorisedAbsenceRate: null,
  unauthorisedAbsenceRate: null,
  persistentAbsentees: 0,
  persistentAbsenceRate: null,
  severeAbsentees: 0,
  severeAbsenceRate: null,
};

describe(queryLaOverview.name, () => {
  let folder: string;
  let store: AnalyticsStore;

  beforeAll(async () => {
    folder = await makeTempFolder();
    await writeOverviewScenario(folder);
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadExportFolder(store, folder);
  });

  afterAll(async () => {
    await store.close();
    await removeFolder(folder);
  });

  it('covers the academic year to the latest mark by default', async () => {
    const overview = await queryLaOverview(store, {});
    expect(overview).toMatchObject({
      academicYear: '2024/25',
      cohort: 'statutory',
      periodStart: '2024-08-01',
      periodEnd: '2025-06-20',
      dataAsOf: '2025-06-20',
    });
  });

  it('gives the LA headline over every school, per enrolment', async () => {
    const { headline } = await queryLaOverview(store, {});
    expect(headline).toEqual({
      enrolments: 7, // the mover counts once at each school
      possibleSessions: 130,
      attendedSessions: 114,
      authorisedSessions: 9,
      unauthorisedSessions: 7,
      attendanceRate: 100 - percent(16, 130),
      overallAbsenceRate: percent(16, 130),
      authorisedAbsenceRate: percent(9, 130),
      unauthorisedAbsenceRate: percent(7, 130),
      persistentAbsentees: 3,
      persistentAbsenceRate: percent(3, 7),
      severeAbsentees: 1,
      severeAbsenceRate: percent(1, 7),
    });
  });

  it('lists every school by name, with its own measures and latest mark', async () => {
    const { schools } = await queryLaOverview(store, {});
    expect(schools).toEqual([
      { ...ALDER, lastMarkDate: '2024-09-13', measures: ALDER_MEASURES },
      { ...BIRCH, lastMarkDate: '2025-06-20', measures: BIRCH_MEASURES },
      { ...CEDAR, lastMarkDate: null, measures: NO_MEASURES },
    ]);
  });

  it('gives a weekly trend from Monday, only for weeks with possible sessions', async () => {
    const { weeklyTrend } = await queryLaOverview(store, {});
    expect(weeklyTrend).toEqual([
      {
        weekStart: '2024-09-02',
        possibleSessions: 60,
        attendanceRate: 100 - percent(4, 60),
        overallAbsenceRate: percent(4, 60),
        authorisedAbsenceRate: percent(3, 60),
        unauthorisedAbsenceRate: percent(1, 60),
      },
      {
        weekStart: '2024-09-09',
        possibleSessions: 60,
        attendanceRate: 100 - percent(10, 60),
        overallAbsenceRate: percent(10, 60),
        authorisedAbsenceRate: percent(4, 60),
        unauthorisedAbsenceRate: percent(6, 60),
      },
      {
        // Only the 14-year-old: the 15-year-old's sixth half term is left out.
        weekStart: '2025-06-16',
        possibleSessions: 10,
        attendanceRate: 80,
        overallAbsenceRate: 20,
        authorisedAbsenceRate: 20,
        unauthorisedAbsenceRate: 0,
      },
    ]);
  });

  it('judges each enrolment on its own sessions within a chosen period', async () => {
    const overview = await queryLaOverview(store, { from: '2024-09-09', to: '2024-09-13' });
    expect(overview).toMatchObject({
      periodStart: '2024-09-09',
      periodEnd: '2024-09-13',
      dataAsOf: '2025-06-20',
    });
    expect(overview.headline).toMatchObject({
      enrolments: 6, // the mover has no marks at Alder this week
      possibleSessions: 60,
      persistentAbsentees: 1, // the severe pupil missed all 10 sessions this week
      severeAbsentees: 1,
    });
    expect(overview.schools.map((school) => school.lastMarkDate)).toEqual(['2024-09-13', '2024-09-13', null]);
  });

  it('starts a period given only its end at the start of that academic year', async () => {
    const overview = await queryLaOverview(store, { to: '2024-09-06' });
    expect(overview).toMatchObject({ periodStart: '2024-08-01', periodEnd: '2024-09-06' });
    expect(overview.headline.possibleSessions).toBe(60);
  });

  it.each([
    [{ from: '2024-09-31' }, /from is not a valid ISO date/],
    [{ from: '2024-09-13', to: '2024-09-09' }, /starts \(2024-09-13\) after it ends/],
    [{ from: '2024-09-02', to: '2025-09-01' }, /spans two academic years/],
  ])('rejects the period %o', async (params, message) => {
    await expect(queryLaOverview(store, params)).rejects.toThrow(message);
  });

  it('agrees with the domain measures computed mark by mark', async () => {
    const halfTerms = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(2024)).halfTerms(2024);
    const countable = (marks: MarkRow[]) =>
      marks.filter((mark) =>
        countsTowardStatutoryMeasures(
          DATES_OF_BIRTH[mark.upn] as string,
          academicYearOf(mark.date),
          mark.date,
          halfTerms,
        ),
      );
    const enrolmentCounts = [ALDER_MARKS, BIRCH_MARKS].flatMap((schoolMarks) => {
      const byPupil = new Map<string, MarkRow[]>();
      for (const mark of countable(schoolMarks))
        byPupil.set(mark.upn, [...(byPupil.get(mark.upn) ?? []), mark]);
      return [...byPupil.values()].map(countSessions);
    });
    const expected = summariseEnrolments(enrolmentCounts);

    const { headline } = await queryLaOverview(store, {});
    expect(headline).toMatchObject({
      enrolments: expected.enrolments,
      possibleSessions: expected.totals.possible,
      authorisedSessions: expected.totals.authorised,
      unauthorisedSessions: expected.totals.unauthorised,
      overallAbsenceRate: expected.rates?.overallAbsenceRate,
      persistentAbsentees: expected.persistentlyAbsent,
      persistentAbsenceRate: expected.persistentAbsenceRate,
      severeAbsentees: expected.severelyAbsent,
      severeAbsenceRate: expected.severeAbsenceRate,
    });
  });
});

describe(`${queryLaOverview.name} on an empty store`, () => {
  it('returns empty measures with null rates for the current academic year', async () => {
    const store = await AnalyticsStore.open({ path: ':memory:' });
    try {
      const overview = await queryLaOverview(store);
      expect(overview.dataAsOf).toBeNull();
      expect(overview.headline).toEqual(NO_MEASURES);
      expect(overview.weeklyTrend).toEqual([]);
      expect(overview.schools).toEqual([]);
      expect(overview.periodStart <= overview.periodEnd).toBe(true);
    } finally {
      await store.close();
    }
  });
});

describe(`${queryLaOverview.name} across the code set change of 19 August 2024`, () => {
  // One pupil aged 10; each code is read with the meaning it had on the session's date.
  const upn = fixtureUpn(50);
  const marks: MarkRow[] = [
    { upn, date: '2024-08-15', session: 'AM', mark: 'H' }, // 2006: authorised holiday
    { upn, date: '2024-08-15', session: 'PM', mark: 'J' }, // 2006: interview, approved educational activity
    { upn, date: '2024-08-16', session: 'AM', mark: 'Y' }, // 2006: not possible
    { upn, date: '2024-08-16', session: 'PM', mark: 'F' }, // 2006: extended holiday, authorised
    { upn, date: '2024-08-19', session: 'AM', mark: 'C2' }, // 2024: part-time timetable, authorised
    { upn, date: '2024-08-19', session: 'PM', mark: 'J1' }, // 2024: interview, now authorised absence
    { upn, date: '2024-08-20', session: 'AM', mark: 'Y1' }, // 2024: not possible
    { upn, date: '2024-08-20', session: 'PM', mark: 'K' }, // 2024: LA-arranged education, attendance
  ];

  it('counts each mark by the code set in force on its date', async () => {
    const folder = await makeTempFolder();
    const store = await AnalyticsStore.open({ path: ':memory:' });
    try {
      const school = {
        urn: '900004',
        name: 'Fir Primary School',
        phase: 'Primary',
        type: 'Foundation school',
      };
      await writeSchoolsFile(folder, [school]);
      await writeSchoolExport(folder, school.urn, '2024-08-20', {
        pupils: pupilsCsv([{ upn, dateOfBirth: '2014-05-05', admissionDate: '2020-09-02' }]),
        marks: marksCsv(marks),
      });
      await loadExportFolder(store, folder);

      const { headline } = await queryLaOverview(store, {});
      expect(headline).toMatchObject({
        enrolments: 1,
        possibleSessions: 6, // Y and Y1 are not possible
        attendedSessions: 2, // J (2006) and K
        authorisedSessions: 4, // H, F, C2, J1
        unauthorisedSessions: 0,
        persistentAbsentees: 1,
        severeAbsentees: 1,
      });
      const domainCounts = countSessions(marks);
      expect(headline.possibleSessions).toBe(domainCounts.possible);
      expect(headline.authorisedSessions).toBe(domainCounts.authorised);
    } finally {
      await store.close();
      await removeFolder(folder);
    }
  });
});
