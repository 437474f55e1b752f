import {
  addDays,
  attendedSessions,
  daysBetween,
  mondayOf,
  summariseEnrolments,
  type IsoDate,
} from '@attendance/domain';
import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import {
  countByBucket,
  laHalfTerms,
  marksFromFiles,
  type BucketOptions,
  type EnrolmentCounts,
  type FileMark,
} from '../__fixtures__/time-series-from-files.js';
import { queryLaOverview } from '../la-overview/query-la-overview.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { halfTermWeeks } from './date-ranges.js';
import { queryAttendanceTimeSeries } from './query-attendance-time-series.js';
import type {
  SessionFigures,
  TimeSeriesGranularity,
  TimeSeriesParams,
  TimeSeriesPoint,
} from './time-series.types.js';

// Property tests against an independent computation (see __fixtures__/time-series-from-files.ts): the 2025/26
// files counted by the domain per day, week or half term. The store holds two years: 2024/25 loaded first, so
// every point of 2025/26 has a last year, which must equal that year's own point asked for directly. Marks of
// 2025/26 run to Friday 26 June 2026, inside the sixth half term, so the cohort leaves 15-year-olds out of
// part of the series and the last half term is cut short by the data.

const THIS_YEAR = 2025;
const DATA_AS_OF = '2026-06-26';
const SCHOOLS = 4;

type Bucketed = Map<string, EnrolmentCounts>;

/** What a point must hold for a bucket of enrolment counts, by the domain's own functions. */
function expectMatches(point: SessionFigures, enrolments: EnrolmentCounts | undefined, label: string) {
  const summary = summariseEnrolments(enrolments?.values() ?? []);
  expect(
    {
      possibleSessions: point.possibleSessions,
      attendedSessions: point.attendedSessions,
      authorisedSessions: point.authorisedSessions,
      unauthorisedSessions: point.unauthorisedSessions,
    },
    label,
  ).toEqual({
    possibleSessions: summary.totals.possible,
    attendedSessions: attendedSessions(summary.totals),
    authorisedSessions: summary.totals.authorised,
    unauthorisedSessions: summary.totals.unauthorised,
  });
  expect(point.overallAbsenceRate, label).toBeCloseTo(summary.rates?.overallAbsenceRate ?? NaN, 10);
  expect(point.attendanceRate + point.overallAbsenceRate, label).toBeCloseTo(100, 10);
  expect(point.unauthorisedAbsenceRate, label).toBeCloseTo(summary.rates?.unauthorisedAbsenceRate ?? NaN, 10);
}

/** Buckets with possible sessions, oldest first: the points a series must have. */
function bucketsWithSessions(buckets: Bucketed): string[] {
  return [...buckets]
    .filter(([, enrolments]) => summariseEnrolments(enrolments.values()).totals.possible > 0)
    .map(([key]) => key)
    .sort();
}

/** A point without what only points have, to compare with last year's figures. */
function figuresOf(point: TimeSeriesPoint | undefined): SessionFigures | undefined {
  if (!point) return undefined;
  const { label: _label, halfTerm: _halfTerm, lastYear: _lastYear, ...figures } = point;
  return figures;
}

const within = (from: IsoDate, to: IsoDate) => (date: IsoDate) => date >= from && date <= to;

/** The half term whose weeks (date-ranges.ts) hold the date, by `name`; null outside them. Once per date. */
function halfTermBucket(name: (number: number) => string): (date: IsoDate) => string | null {
  const halfTerms = laHalfTerms(THIS_YEAR);
  const known = new Map<IsoDate, string | null>();
  return (date) => {
    if (!known.has(date)) {
      const halfTerm = halfTerms.find((h) => within(halfTermWeeks(h).from, halfTermWeeks(h).to)(date));
      known.set(date, halfTerm ? name(halfTerm.number) : null);
    }
    return known.get(date) ?? null;
  };
}

// Each test buckets the files' marks again with the domain, which takes a few seconds for a whole year.
describe('queryAttendanceTimeSeries', { timeout: 60_000 }, () => {
  let lastYearFolder: string;
  let folder: string;
  let store: AnalyticsStore;
  let marks: FileMark[];

  const series = (params: TimeSeriesParams) => queryAttendanceTimeSeries(store, params);
  const fromFiles = (options: Partial<BucketOptions> & Pick<BucketOptions, 'bucketOf'>) =>
    countByBucket(marks, { cohort: 'statutory', ...options });

  beforeAll(async () => {
    lastYearFolder = await makeTempFolder();
    folder = await makeTempFolder();
    const options = { seed: 41, schools: SCHOOLS, pupils: 900 };
    await writeSyntheticLaExports(
      { ...options, academicYear: THIS_YEAR - 1, asOf: '2025-07-18' },
      lastYearFolder,
    );
    await writeSyntheticLaExports({ ...options, academicYear: THIS_YEAR, asOf: DATA_AS_OF }, folder);
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadExportFolder(store, lastYearFolder);
    await loadExportFolder(store, folder);
    marks = await marksFromFiles(folder);
  }, 300_000);

  afterAll(async () => {
    await store.close();
    await removeFolder(lastYearFolder);
    await removeFolder(folder);
  });

  it('gives every week of the year to date as the files counted by the domain, with its half term', async () => {
    const result = await series({ granularity: 'week' });
    expect(result).toMatchObject({
      academicYear: THIS_YEAR,
      start: '2025-08-01',
      end: DATA_AS_OF,
      dataAsOf: DATA_AS_OF,
      granularity: 'week',
      cohort: 'statutory',
    });
    const expected = fromFiles({ bucketOf: mondayOf });
    expect(result.points.map((point) => point.label)).toEqual(bucketsWithSessions(expected));
    const halfTerms = laHalfTerms(THIS_YEAR);
    for (const point of result.points) {
      expectMatches(point, expected.get(point.label), point.label);
      const inHalfTerm = halfTerms.find((halfTerm) => {
        const weeks = halfTermWeeks(halfTerm);
        return point.label >= weeks.from && point.label <= weeks.to;
      });
      expect(point.halfTerm, point.label).toBe(inHalfTerm?.number ?? null);
      expect(point.halfTermAbsence).toBeNull();
    }
    expect(result.points.at(-1)).toMatchObject({ start: '2026-06-22', end: DATA_AS_OF });
    expect(new Set(result.points.map((point) => point.halfTerm))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it('counts only the dates of a week the period cuts, and the other cohort apart', async () => {
    const period = { from: '2026-01-07', to: '2026-02-04' };
    const result = await series({ granularity: 'week', cohort: 'outside-statutory', ...period });
    const expected = fromFiles({
      cohort: 'outside-statutory',
      bucketOf: (date) => (within(period.from, period.to)(date) ? mondayOf(date) : null),
    });
    expect(result.cohort).toBe('outside-statutory');
    expect(result.points.map((point) => point.label)).toEqual(bucketsWithSessions(expected));
    for (const point of result.points) expectMatches(point, expected.get(point.label), point.label);
    expect(result.points[0]).toMatchObject({ label: '2026-01-05', start: '2026-01-07', end: '2026-01-11' });
    expect(result.points.at(-1)).toMatchObject({
      label: '2026-02-02',
      start: '2026-02-02',
      end: '2026-02-04',
    });
  });

  it('gives every school day of a period as the files counted by the domain', async () => {
    const period = { from: '2026-03-02', to: '2026-04-24' };
    const result = await series({ granularity: 'day', ...period });
    const expected = fromFiles({ bucketOf: (date) => (within(period.from, period.to)(date) ? date : null) });
    expect(result.points.map((point) => point.label)).toEqual(bucketsWithSessions(expected));
    expect(result.points.length).toBeGreaterThan(25);
    for (const point of result.points) {
      expectMatches(point, expected.get(point.label), point.label);
      expect(point).toMatchObject({ start: point.label, end: point.label });
    }
    const halfTerms = laHalfTerms(THIS_YEAR);
    const [first] = result.points;
    expect(first?.halfTerm).toBe(
      halfTerms.find((h) => h.start <= first!.label && first!.label <= h.end)?.number,
    );
  });

  it('gives the latest 20 school days when no start is asked for', async () => {
    const result = await series({ granularity: 'day' });
    const expected = fromFiles({ bucketOf: (date) => (date >= '2026-05-01' ? date : null) });
    const latest = bucketsWithSessions(expected).slice(-20);
    expect(result.points.map((point) => point.label)).toEqual(latest);
    expect(result.start).toBe(latest[0]);
    for (const point of result.points) expectMatches(point, expected.get(point.label), point.label);
  });

  it('gives every half term with persistent and severe absence judged within it', async () => {
    const result = await series({ granularity: 'half-term' });
    const halfTerms = laHalfTerms(THIS_YEAR);
    const expected = fromFiles({ bucketOf: halfTermBucket(String) });
    expect(result.points.map((point) => point.label)).toEqual([
      'Autumn 1',
      'Autumn 2',
      'Spring 1',
      'Spring 2',
      'Summer 1',
      'Summer 2',
    ]);
    for (const point of result.points) {
      const enrolments = expected.get(String(point.halfTerm));
      expectMatches(point, enrolments, point.label);
      const summary = summariseEnrolments(enrolments?.values() ?? []);
      expect(point.halfTermAbsence, point.label).toMatchObject({
        enrolments: summary.enrolments,
        persistentAbsentees: summary.persistentlyAbsent,
        severeAbsentees: summary.severelyAbsent,
      });
      expect(point.halfTermAbsence?.persistentAbsenceRate).toBeCloseTo(
        summary.persistentAbsenceRate ?? NaN,
        10,
      );
      const halfTerm = halfTerms[(point.halfTerm ?? 0) - 1];
      expect(point.start).toBe(halfTerm?.start);
      expect(point.end).toBe(point.halfTerm === 6 ? DATA_AS_OF : halfTerm?.end);
    }
    expect(result.points.some((point) => (point.halfTermAbsence?.persistentAbsentees ?? 0) > 0)).toBe(true);
  });

  describe('the same point last year', () => {
    it('is, for a week, the week 52 weeks earlier as last year shows it itself', async () => {
      const { points } = await series({ granularity: 'week' });
      const first = points[0]!;
      const last = points.at(-1)!;
      const lastYear = await series({
        granularity: 'week',
        from: addDays(first.start, -364),
        to: addDays(last.end, -364),
      });
      const byStart = new Map(lastYear.points.map((point) => [point.start, point]));
      for (const point of points) {
        expect(point.lastYear, point.label).toEqual(
          figuresOf(byStart.get(addDays(point.start, -364))) ?? null,
        );
      }
      // Easter moves, so a few weeks of term were holidays 52 weeks earlier.
      expect(points.filter((point) => point.lastYear !== null).length).toBeGreaterThan(points.length * 0.8);
      expect(last.lastYear).toMatchObject({
        start: addDays(last.start, -364),
        end: addDays(DATA_AS_OF, -364),
      });
    });

    it('is, for a day, the same weekday 52 weeks earlier', async () => {
      const { points } = await series({ granularity: 'day', from: '2026-03-02', to: '2026-04-24' });
      const lastYear = await series({ granularity: 'day', from: '2025-03-03', to: '2025-04-25' });
      const byDay = new Map(lastYear.points.map((point) => [point.label, point]));
      for (const point of points) {
        expect(point.lastYear, point.label).toEqual(figuresOf(byDay.get(addDays(point.label, -364))) ?? null);
      }
      expect(points.filter((point) => point.lastYear !== null).length).toBeGreaterThan(points.length / 2);
    });

    it('is, for a half term, the same half term, over the same part of it when this one is cut short', async () => {
      const { points } = await series({ granularity: 'half-term' });
      const whole = await series({ granularity: 'half-term', from: '2024-08-01', to: '2025-07-31' });
      for (const point of points.filter((p) => p.halfTerm !== 6)) {
        expect(point.lastYear, point.label).toEqual(figuresOf(whole.points[(point.halfTerm ?? 0) - 1]));
      }
      // The sixth half term is counted up to the latest mark: last year's up to as many days into its weeks.
      const sixth = halfTermWeeks(laHalfTerms(THIS_YEAR)[5]!);
      const lastYearSixth = halfTermWeeks(laHalfTerms(THIS_YEAR - 1)[5]!);
      const sameEnd = addDays(lastYearSixth.from, daysBetween(sixth.from, DATA_AS_OF));
      const cut = await series({ granularity: 'half-term', from: lastYearSixth.from, to: sameEnd });
      expect(points[5]?.lastYear).toEqual(figuresOf(cut.points[0]));
      expect(points[5]?.lastYear?.end).toBe(sameEnd);
      expect(points[5]?.lastYear?.possibleSessions).toBeLessThan(whole.points[5]!.possibleSessions);
    });

    it('is null when the store holds nothing for it', async () => {
      const { points } = await series({ granularity: 'week', from: '2024-09-02', to: '2024-10-20' });
      expect(points.length).toBeGreaterThan(4);
      expect(points.every((point) => point.lastYear === null)).toBe(true);
    });
  });

  it('adds up, week by week, to the overview of the same period', async () => {
    const period = { from: '2025-09-03', to: '2026-02-11' };
    const { points } = await series({ granularity: 'week', ...period });
    const { headline } = await queryLaOverview(store, period);
    const total = (pick: (point: TimeSeriesPoint) => number) => points.reduce((sum, p) => sum + pick(p), 0);
    expect({
      possibleSessions: total((p) => p.possibleSessions),
      attendedSessions: total((p) => p.attendedSessions),
      authorisedSessions: total((p) => p.authorisedSessions),
      unauthorisedSessions: total((p) => p.unauthorisedSessions),
    }).toEqual({
      possibleSessions: headline.possibleSessions,
      attendedSessions: headline.attendedSessions,
      authorisedSessions: headline.authorisedSessions,
      unauthorisedSessions: headline.unauthorisedSessions,
    });
  });

  it.each<TimeSeriesGranularity>(['day', 'week', 'half-term'])(
    'keeps a %s series to the scope schools',
    async (granularity) => {
      const urns = (await queryLaOverview(store)).schools.slice(0, 2).map((school) => school.urn);
      const scope = { schools: urns, pupilLevel: false };
      const period = { from: '2026-01-05', to: '2026-03-27' };
      const result = await series({ granularity, scope, ...period });
      const bucketOf = {
        day: (date: IsoDate) => date,
        week: mondayOf,
        'half-term': halfTermBucket(halfTermLabelFor),
      }[granularity];
      const expected = fromFiles({
        urns,
        bucketOf: (date) => (within(period.from, period.to)(date) ? bucketOf(date) : null),
      });
      expect(result.points.map((point) => point.label)).toEqual(bucketsWithSessions(expected));
      for (const point of result.points) expectMatches(point, expected.get(point.label), point.label);
      const all = await series({ granularity, ...period });
      const possible = (points: TimeSeriesPoint[]) => points.reduce((sum, p) => sum + p.possibleSessions, 0);
      expect(possible(result.points)).toBeLessThan(possible(all.points));

      const none = await series({ granularity, scope: { schools: [], pupilLevel: false }, ...period });
      expect(none.points).toEqual([]);
    },
  );

  it('refuses arguments it cannot answer, naming them', async () => {
    await expect(series({ granularity: 'month' as TimeSeriesGranularity })).rejects.toThrow(
      /granularity must be one of day, week, half-term, got "month"/,
    );
    await expect(
      series({ granularity: 'week', cohort: 'everyone' as TimeSeriesParams['cohort'] }),
    ).rejects.toThrow(/cohort must be one of statutory, outside-statutory, got "everyone"/);
    await expect(series({ granularity: 'day', from: '2025-09-01', to: '2025-12-12' })).rejects.toThrow(
      /at most 100 days, but 2025-09-01 to 2025-12-12 is 103/,
    );
    await expect(series({ granularity: 'week', from: '2026-02-30' })).rejects.toThrow(
      /from is not a valid ISO date/,
    );
    await expect(series({ granularity: 'half-term', from: '2025-06-01', to: '2025-09-30' })).rejects.toThrow(
      /spans two academic years/,
    );
  });
});

const HALF_TERM_NAMES = ['Autumn 1', 'Autumn 2', 'Spring 1', 'Spring 2', 'Summer 1', 'Summer 2'];

function halfTermLabelFor(number: number): string {
  return HALF_TERM_NAMES[number - 1] ?? '';
}
