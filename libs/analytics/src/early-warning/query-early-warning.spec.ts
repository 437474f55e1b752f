import {
  defaultLaTermCalendar,
  EARLY_WARNING_MODEL,
  FIRST_EARLY_WARNING_MODEL,
  projectEndOfYear,
  recentWeeksFrom,
  remainingPossibleSessions,
  SchoolCalendar,
  schoolAttendancePermille,
  type EarlyWarningModel,
  type EndOfYearProjection,
  type IsoDate,
} from '@attendance/domain';
import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import {
  fixtureUpn,
  makeTempFolder,
  marksCsv,
  marksFor,
  pupilsCsv,
  removeFolder,
  weekdays,
  writeSchoolExport,
  writeSchoolsFile,
} from '../__fixtures__/export-files.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { PupilLevelAccessError } from '../pupil-lists/pupil-list-request.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { weeklySessionsFromFiles, type FileEnrolment } from './__fixtures__/weekly-sessions-from-files.js';
import { queryEarlyWarning, type EarlyWarningParams, type EarlyWarningPupil } from './query-early-warning.js';

// Every row of the SQL against the domain's definition (projectEndOfYear) applied to the generated CSV files
// counted week by week in TypeScript: the same pupils, the same numbers to the last bit, the same flags, in the
// same order, page by page; for the shipped model and for other members of its family.

/** Other members of the family: the model as first shipped, and one using every part at once. */
const OTHER_MODELS: [string, EarlyWarningModel][] = [
  ['the model as first shipped', FIRST_EARLY_WARNING_MODEL],
  [
    'every part at once',
    { recentWeightQuarters: 3, schoolWeightTenths: 4, flagMarginTenths: 15, recentAbsenceFlagPercent: 20 },
  ],
];

const LAST_MARK = '2026-02-11'; // a Wednesday: the latest week is part of a week
const EARLIER = '2025-12-10'; // a Wednesday too, with marks after it: that week is counted from marks
const calendar = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(2025));

interface Expected {
  urn: string;
  upn: string;
  projection: EndOfYearProjection;
}

const key = (row: { urn: string; upn: string }) => `${row.urn} ${row.upn}`;

async function everyPage(store: AnalyticsStore, params: EarlyWarningParams): Promise<EarlyWarningPupil[]> {
  const pupils: EarlyWarningPupil[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await queryEarlyWarning(store, { ...params, limit: 500, offset });
    pupils.push(...page.pupils);
    if (offset + 500 >= page.length) return pupils;
  }
}

describe('queryEarlyWarning', () => {
  let folder: string;
  let store: AnalyticsStore;
  const expectedByAsOf = new Map<IsoDate, Expected[]>();

  const filesByAsOf = new Map<IsoDate, FileEnrolment[]>();

  /** Each school's rate from its enrolments' sessions in the files, as the domain rounds it. */
  function schoolPermilles(enrolments: FileEnrolment[]): Map<string, number> {
    const totals = new Map<string, { possible: number; attended: number }>();
    for (const { urn, weeks } of enrolments) {
      const total = totals.get(urn) ?? { possible: 0, attended: 0 };
      for (const { possible, attended } of weeks) {
        total.possible += possible;
        total.attended += attended;
      }
      totals.set(urn, total);
    }
    return new Map([...totals].map(([urn, total]) => [urn, schoolAttendancePermille(total) ?? 0]));
  }

  function project(asOf: IsoDate, model: EarlyWarningModel): Expected[] {
    const enrolments = filesByAsOf.get(asOf)!;
    const recentFrom = recentWeeksFrom(calendar, asOf);
    const permilles = schoolPermilles(enrolments);
    return enrolments.flatMap((enrolment) => {
      const projection = projectEndOfYear(
        {
          weeks: enrolment.weeks,
          recentFrom,
          remainingPossibleSessions: remainingPossibleSessions(calendar, { asOf, ...enrolment }),
          schoolAttendancePermille: permilles.get(enrolment.urn)!,
        },
        model,
      );
      return projection ? [{ urn: enrolment.urn, upn: enrolment.upn, projection }] : [];
    });
  }

  function expectEveryRow(pupils: EarlyWarningPupil[], expected: Expected[]): void {
    expect(pupils.map(key).sort()).toEqual(expected.map(key).sort());
    const byKey = new Map(pupils.map((pupil) => [key(pupil), pupil]));
    for (const { urn, upn, projection } of expected) {
      const {
        urn: _urn,
        schoolName,
        upn: _upn,
        pupilId: _pupilId,
        yearGroup,
        ...figures
      } = byKey.get(key({ urn, upn }))!;
      expect({ key: key({ urn, upn }), ...figures }).toEqual({ key: key({ urn, upn }), ...projection });
      expect(schoolName.length).toBeGreaterThan(0);
      expect(yearGroup).not.toBeNull();
    }
  }

  beforeAll(async () => {
    folder = await makeTempFolder();
    await writeSyntheticLaExports(
      { seed: 41, schools: 4, pupils: 1200, academicYear: 2025, asOf: LAST_MARK },
      folder,
    );
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadExportFolder(store, folder);
    for (const asOf of [LAST_MARK, EARLIER]) {
      filesByAsOf.set(asOf, await weeklySessionsFromFiles(folder, asOf));
      expectedByAsOf.set(asOf, project(asOf, EARLY_WARNING_MODEL));
    }
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await removeFolder(folder);
  });

  it.each([
    ['the latest mark', undefined, LAST_MARK],
    ['a day inside a week, with marks after it', EARLIER, EARLIER],
  ])(
    'matches the domain on every enrolment as of %s',
    async (_name, asOf, countedTo) => {
      const expected = expectedByAsOf.get(countedTo)!;
      expectEveryRow(await everyPage(store, { asOf }), expected);
      // The data exercises every branch: flagged and already persistent pupils, leavers and 15-year-olds
      // with fewer sessions to come, pupils with a recent rate above and below the year so far, schools with
      // different rates.
      const projections = expected.map((e) => e.projection);
      expect(projections.filter((p) => p.likelyPersistent).length).toBeGreaterThan(5);
      expect(projections.filter((p) => p.alreadyPersistent).length).toBeGreaterThan(5);
      const full = Math.max(...projections.map((p) => p.remainingPossibleSessions));
      expect(projections.filter((p) => p.remainingPossibleSessions < full).length).toBeGreaterThan(5);
      expect(projections.some((p) => (p.recentAttendanceRate ?? 0) > p.attendanceRate)).toBe(true);
      expect(new Set(projections.map((p) => p.schoolAttendanceRate)).size).toBe(4);
    },
    30_000,
  );

  it.each(OTHER_MODELS)(
    'matches the domain on every enrolment for %s',
    async (_name, model) => {
      const expected = project(LAST_MARK, model);
      const pupils = await everyPage(store, { model });
      expectEveryRow(pupils, expected);
      const flagged = expected.filter((e) => e.projection.likelyPersistent).length;
      expect(flagged).toBeGreaterThan(5);
      // A different model flags different pupils from the shipped one.
      const shipped = expectedByAsOf
        .get(LAST_MARK)!
        .filter((e) => e.projection.likelyPersistent)
        .map(key);
      expect(expected.filter((e) => e.projection.likelyPersistent).map(key)).not.toEqual(shipped);
      const first = await queryEarlyWarning(store, { model, limit: 1 });
      expect(first).toMatchObject({ model, likelyPersistent: flagged });
    },
    30_000,
  );

  it('lists the lowest projected attendance first, the flagged pupils only on request, with the counts', async () => {
    const expected = expectedByAsOf.get(LAST_MARK)!;
    const order = (a: Expected, b: Expected) =>
      a.projection.projectedAttendanceRate - b.projection.projectedAttendanceRate ||
      key(a).localeCompare(key(b));
    const flagged = expected.filter((e) => e.projection.likelyPersistent).sort(order);
    const result = await queryEarlyWarning(store, { flaggedOnly: true, limit: 20, offset: 0 });
    expect(result).toMatchObject({
      academicYear: 2025,
      start: '2025-08-01',
      asOf: LAST_MARK,
      dataAsOf: LAST_MARK,
      enrolments: expected.length,
      alreadyPersistent: expected.filter((e) => e.projection.alreadyPersistent).length,
      likelyPersistent: flagged.length,
      length: flagged.length,
    });
    expect(result.recentFrom).toBe(recentWeeksFrom(calendar, LAST_MARK));
    expect(result.model).toEqual(EARLY_WARNING_MODEL);
    expect(result.pupils.map(key)).toEqual(flagged.slice(0, 20).map(key));
    const everyone = await everyPage(store, {});
    expect(everyone.map(key)).toEqual([...expected].sort(order).map(key));
    const secondPage = await queryEarlyWarning(store, { flaggedOnly: true, limit: 20, offset: 20 });
    expect(secondPage.pupils.map(key)).toEqual(flagged.slice(20, 40).map(key));
  }, 30_000);

  it('sorts by the recent rate, school or year group on request and keeps the counts past the last page', async () => {
    const recent = await everyPage(store, { sort: 'recent' });
    const rates = recent.map((pupil) => pupil.recentAttendanceRate ?? Infinity);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    const bySchool = await everyPage(store, { sort: 'school' });
    expect(bySchool.map(key)).toEqual([...bySchool.map(key)].sort());
    const byYear = await queryEarlyWarning(store, { sort: 'yearGroup', limit: 500 });
    const years = byYear.pupils.map((pupil) => pupil.yearGroup ?? '');
    expect(years).toEqual([...years].sort());
    const pastTheEnd = await queryEarlyWarning(store, { offset: 100_000 });
    expect(pastTheEnd.pupils).toEqual([]);
    expect(pastTheEnd.enrolments).toBe(byYear.enrolments);
  }, 30_000);

  it('keeps to the scope, counts only what the data holds, and refuses what it cannot answer', async () => {
    const [urn] = expectedByAsOf.get(LAST_MARK)!.map((e) => e.urn);
    const scope = { schools: [urn as string], pupilLevel: true };
    const scoped = await everyPage(store, { scope });
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.every((pupil) => pupil.urn === urn)).toBe(true);
    expect((await queryEarlyWarning(store, { scope: { schools: [], pupilLevel: true } })).enrolments).toBe(0);
    expect((await queryEarlyWarning(store, { asOf: '2026-03-20' })).asOf).toBe(LAST_MARK);
    expect(await queryEarlyWarning(store, { asOf: '2025-08-20' })).toMatchObject({
      asOf: '2025-08-20',
      recentFrom: null,
      enrolments: 0,
      pupils: [],
    });
    await expect(queryEarlyWarning(store, { scope: { schools: 'all', pupilLevel: false } })).rejects.toThrow(
      PupilLevelAccessError,
    );
    await expect(queryEarlyWarning(store, { limit: 501 })).rejects.toThrow(/limit must be/);
    await expect(queryEarlyWarning(store, { offset: -1 })).rejects.toThrow(/offset must be/);
    await expect(queryEarlyWarning(store, { asOf: '2026-02-30' })).rejects.toThrow(
      /asOf must be a real date as YYYY-MM-DD, got "2026-02-30"/,
    );
    await expect(queryEarlyWarning(store, { sort: 'name' as never })).rejects.toThrow(/sort must be one of/);
    await expect(
      queryEarlyWarning(store, { model: { ...EARLY_WARNING_MODEL, schoolWeightTenths: 11 } }),
    ).rejects.toThrow(/schoolWeightTenths must be a whole number from 0 to 10, got 11/);
  }, 30_000);

  it('projects nothing more after the last school day, and the weeks to come before it', async () => {
    const small = await makeTempFolder();
    const endOfYear = await AnalyticsStore.open({ path: ':memory:' });
    try {
      // The last three weeks of 2025/26 (the year's last school day is Wednesday 22 July): two pupils aged 10,
      // one of whom misses two days of the second week.
      const dates = weekdays('2026-07-06', '2026-07-22');
      const [steady, absent] = [fixtureUpn(1), fixtureUpn(2)];
      await writeSchoolsFile(small, [
        { urn: '900020', name: 'Ash School', phase: 'Primary', type: 'Community school' },
      ]);
      await writeSchoolExport(small, '900020', '2026-07-22', {
        pupils: pupilsCsv(
          [steady, absent].map((upn) => ({ upn, dateOfBirth: '2015-03-01', admissionDate: '2025-09-05' })),
        ),
        marks: marksCsv([
          ...marksFor(steady, dates),
          ...marksFor(absent, dates, (_position, _session, date) =>
            date === '2026-07-08' || date === '2026-07-09' ? 'O' : undefined,
          ),
        ]),
      });
      await loadExportFolder(endOfYear, small);
      const atTheEnd = await queryEarlyWarning(endOfYear);
      expect(atTheEnd.asOf).toBe('2026-07-22');
      expect(atTheEnd.pupils.map((pupil) => [pupil.upn, pupil.remainingPossibleSessions])).toEqual([
        [absent, 0],
        [steady, 0],
      ]);
      expect(atTheEnd.pupils[0]).toMatchObject({
        attendanceRate: (100 * 22) / 26,
        projectedAttendanceRate: (100 * 22) / 26,
        alreadyPersistent: true,
      });
      const midWeek = await queryEarlyWarning(endOfYear, { asOf: '2026-07-07' });
      // Still to come: 8-10, 13-17 and 20-22 July, two sessions a day.
      expect(midWeek.pupils.map((pupil) => pupil.remainingPossibleSessions)).toEqual([22, 22]);
      expect(midWeek.pupils.every((pupil) => pupil.projectedAttendanceRate === 100)).toBe(true);
    } finally {
      await endOfYear.close();
      await removeFolder(small);
    }
  });
});
