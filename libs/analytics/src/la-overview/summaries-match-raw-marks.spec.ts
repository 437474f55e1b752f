import {
  academicYearOf,
  addDays,
  consecutiveUnexplainedAbsenceDays,
  DEFAULT_UNEXPLAINED_ABSENCE_CODES,
  lookupRegisterCode,
  mondayOf,
  registerCalendar,
  type IsoDate,
  type RegisterSessionMark,
} from '@attendance/domain';
import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { rawMarksOverview } from '../__fixtures__/raw-marks-overview.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import type { LaOverviewParams } from './la-overview.types.js';
import { queryLaOverview } from './query-la-overview.js';

// The overview reads the weekly summaries, cutting in to raw marks only for a week the period splits. Over a
// generated LA (a whole year, so 15-year-olds reach the sixth half term, with amended exports loaded over
// earlier ones) it must give exactly what the per-mark computation gives, for periods that start and end on
// week boundaries, inside weeks, on 1 August, and before the latest mark.

const TODAY = '2026-07-23';

describe('LA overview from enrolment_weeks', () => {
  let folder: string;
  let store: AnalyticsStore;

  beforeAll(async () => {
    folder = await makeTempFolder();
    await writeSyntheticLaExports(
      { seed: 11, schools: 4, pupils: 500, academicYear: 2025, asOf: '2026-07-22', amendedExports: true },
      folder,
    );
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadExportFolder(store, folder);
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await removeFolder(folder);
  });

  it.each<[string, LaOverviewParams]>([
    ['the default period (year to the latest mark)', {}],
    ['1 August to the latest mark, given', { from: '2025-08-01' }],
    ['the whole academic year, given', { from: '2025-08-01', to: '2026-07-31' }],
    ['1 August to a day before the latest mark', { from: '2025-08-01', to: '2026-07-21' }],
    ['a Wednesday start', { from: '2025-09-10' }],
    ['a Wednesday end before the latest mark', { to: '2026-03-18' }],
    ['two days inside one week', { from: '2025-11-05', to: '2025-11-06' }],
    ['Monday to Sunday', { from: '2025-11-03', to: '2025-11-09' }],
    ['1 August to a Sunday', { from: '2025-08-01', to: '2025-10-12' }],
    ['the sixth half term, ending mid-week', { from: '2026-06-02', to: '2026-07-15' }],
    ['a Saturday to a Tuesday', { from: '2026-01-10', to: '2026-02-03' }],
  ])('equals the per-mark computation for %s', async (_case, params) => {
    const fromSummaries = await queryLaOverview(store, params);
    expect(fromSummaries).toEqual(await rawMarksOverview(store, params, TODAY));
    expect(fromSummaries.headline.possibleSessions).toBeGreaterThan(0);
  });

  it.each<[string, LaOverviewParams]>([
    ['the default period (from the yearly rollups)', {}],
    ['a period cut mid-week (from the weekly rows and marks)', { from: '2025-09-10', to: '2026-03-18' }],
  ])("gives a scope of two schools exactly those schools' figures, for %s", async (_case, params) => {
    const whole = await queryLaOverview(store, params);
    const chosen = whole.schools.slice(1, 3);
    const scoped = await queryLaOverview(store, {
      ...params,
      scope: { schools: chosen.map((school) => school.urn), pupilLevel: false },
    });
    expect(scoped.schools).toEqual(chosen);
    const sum = (field: 'enrolments' | 'possibleSessions' | 'persistentAbsentees' | 'severeAbsentees') =>
      chosen.reduce((total, school) => total + school.measures[field], 0);
    expect(scoped.headline).toMatchObject({
      enrolments: sum('enrolments'),
      possibleSessions: sum('possibleSessions'),
      persistentAbsentees: sum('persistentAbsentees'),
      severeAbsentees: sum('severeAbsentees'),
    });
    const trendPossible = scoped.weeklyTrend.reduce((total, week) => total + week.possibleSessions, 0);
    expect(trendPossible).toBe(sum('possibleSessions'));
    expect(scoped.headline.possibleSessions).toBeLessThan(whole.headline.possibleSessions);
    const none = await queryLaOverview(store, { ...params, scope: { schools: [], pupilLevel: false } });
    expect(none.schools).toEqual([]);
    expect(none.headline.enrolments).toBe(0);
  });

  it('keeps every mark in exactly one summary row', async () => {
    const [row] = await store.read((session) =>
      session.all(`
        SELECT
          (SELECT count(*) FROM marks) AS marks,
          (SELECT sum(marks) FROM enrolment_weeks) AS summarised,
          (SELECT count(*) FROM enrolment_weeks WHERE from_sixth_half_term) AS sixth_half_term_rows`),
    );
    expect(row?.['summarised']).toBe(row?.['marks']);
    expect(row?.['sixth_half_term_rows']).toBeGreaterThan(0);
  });

  it('keeps the yearly rollups equal to a recount of the weekly summaries, split by cohort', async () => {
    const counts = [
      'possible',
      'present',
      'authorised',
      'unauthorised',
      'sess_auth_illness',
      'sess_unauth_late',
    ];
    const sums = counts.map((column) => `CAST(sum(${column}) AS BIGINT) AS ${column}`).join(', ');
    const [statutory, recountedStatutory, everyone, recountedEveryone] = await store.read(async (session) => [
      await session.all(
        `SELECT school_id, pupil_id, academic_year, ${sums}
         FROM enrolment_years WHERE statutory_cohort GROUP BY ALL ORDER BY ALL`,
      ),
      await session.all(
        `SELECT school_id, pupil_id, academic_year, ${sums} FROM cohort_enrolment_weeks GROUP BY ALL ORDER BY ALL`,
      ),
      await session.all(
        `SELECT school_id, pupil_id, academic_year, ${sums} FROM enrolment_years GROUP BY ALL ORDER BY ALL`,
      ),
      await session.all(
        `SELECT school_id, pupil_id, academic_year, ${sums} FROM enrolment_weeks GROUP BY ALL ORDER BY ALL`,
      ),
    ]);
    expect(statutory.length).toBeGreaterThan(0);
    expect(statutory).toEqual(recountedStatutory);
    expect(everyone.length).toBeGreaterThan(statutory.length);
    expect(everyone).toEqual(recountedEveryone);
  });

  it("counts each school week's register days from the marks (a date with a mark other than # or Z)", async () => {
    const [stored, recounted] = await store.read(async (session) => [
      await session.all(
        `SELECT s.urn, sw.academic_year, sw.week_start, CAST(sw.school_days AS BIGINT) AS school_days
         FROM school_weeks AS sw JOIN schools AS s USING (school_id) ORDER BY ALL`,
      ),
      await session.all(
        `SELECT urn, academic_year_of(session_date) AS academic_year, week_start_of(session_date) AS week_start,
           count(DISTINCT session_date) FILTER (WHERE code NOT IN ('#', 'Z')) AS school_days
         FROM marks_decoded GROUP BY ALL ORDER BY ALL`,
      ),
    ]);
    expect(stored.some((row) => Number(row['school_days']) === 5)).toBe(true);
    expect(stored).toEqual(recounted);
  });

  it('keeps as unbroken weeks exactly the enrolment weeks with no present or authorised mark, from the marks', async () => {
    const [stored, marks, sixthHalfTerms] = await store.read(async (session) => [
      await session.all(
        `SELECT s.urn || ' ' || p.upn || ' ' || strftime(u.week_start, '%Y-%m-%d') AS week,
           CAST(u.unexplained AS INTEGER) AS unexplained
         FROM unbroken_enrolment_weeks AS u
         JOIN schools AS s USING (school_id)
         JOIN pupils AS p USING (pupil_id)
         ORDER BY ALL`,
      ),
      await session.all(
        `SELECT urn, upn, strftime(session_date, '%Y-%m-%d') AS session_date, code FROM marks_decoded`,
      ),
      await session.all(
        `SELECT strftime(start_date, '%Y-%m-%d') AS start_date FROM half_terms WHERE number = 6`,
      ),
    ]);
    // Recounted in TypeScript from the domain's codes: a week the summaries split (at 1 August or the start of
    // the sixth half term) counts only its parts with neither a present nor an authorised mark.
    const sixthStarts = sixthHalfTerms.map((row) => String(row['start_date']));
    const parts = new Map<string, { week: string; breaking: boolean; unexplained: number }>();
    for (const mark of marks) {
      const date = String(mark['session_date']) as IsoDate;
      const week = `${String(mark['urn'])} ${String(mark['upn'])} ${mondayOf(date)}`;
      const fromSixth = sixthStarts.some(
        (start) => date >= start && academicYearOf(start as IsoDate) === academicYearOf(date),
      );
      const key = `${week} ${academicYearOf(date)} ${fromSixth}`;
      const part = parts.get(key) ?? { week, breaking: false, unexplained: 0 };
      const { category } = lookupRegisterCode(String(mark['code']), date);
      part.breaking ||= category === 'present' || category === 'authorised-absence';
      if (DEFAULT_UNEXPLAINED_ABSENCE_CODES.includes(String(mark['code']))) part.unexplained += 1;
      parts.set(key, part);
    }
    const recounted = new Map<string, number>();
    for (const part of parts.values()) {
      if (!part.breaking) recounted.set(part.week, (recounted.get(part.week) ?? 0) + part.unexplained);
    }
    const expected = [...recounted]
      .map(([week, unexplained]) => ({ week, unexplained }))
      .sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : a.unexplained - b.unexplained));
    expect(stored.some((row) => Number(row['unexplained']) > 0)).toBe(true);
    expect(stored).toEqual(expected);
  });

  it("keeps each week's CME run tail as the domain follows the run back through that week's marks alone", async () => {
    const [stored, marks] = await store.read(async (session) => [
      await session.all(
        `SELECT s.urn || ' ' || p.upn || ' ' || strftime(t.week_start, '%Y-%m-%d') AS week,
           CAST(t.tail_days AS INTEGER) AS days, strftime(t.tail_from, '%Y-%m-%d') AS since, t.broken
         FROM enrolment_week_run_tails AS t
         JOIN schools AS s USING (school_id)
         JOIN pupils AS p USING (pupil_id)
         ORDER BY ALL`,
      ),
      await session.all(
        `SELECT urn, upn, strftime(session_date, '%Y-%m-%d') AS session_date, session, code FROM marks_decoded`,
      ),
    ]);
    // Each school week's calendar from its own marks (registerCalendar), each pupil's run from the week's last
    // school day (consecutiveUnexplainedAbsenceDays); broken unless the run would go on into an N on an earlier
    // school day. A week is kept unless its last school day breaks the run (broken with no day counted).
    const schoolWeeks = new Map<string, { date: IsoDate; mark: string }[]>();
    const pupilWeeks = new Map<string, RegisterSessionMark[]>();
    for (const mark of marks) {
      const date = String(mark['session_date']) as IsoDate;
      const schoolWeek = `${String(mark['urn'])} ${mondayOf(date)}`;
      const pupilWeek = `${String(mark['urn'])} ${String(mark['upn'])} ${mondayOf(date)}`;
      const code = String(mark['code']);
      if (!schoolWeeks.has(schoolWeek)) schoolWeeks.set(schoolWeek, []);
      schoolWeeks.get(schoolWeek)?.push({ date, mark: code });
      if (!pupilWeeks.has(pupilWeek)) pupilWeeks.set(pupilWeek, []);
      pupilWeeks
        .get(pupilWeek)
        ?.push({ date, session: Number(mark['session']) === 0 ? 'AM' : 'PM', mark: code });
    }
    const expected = [];
    for (const [week, pupilMarks] of pupilWeeks) {
      const [urn, , monday] = week.split(' ') as [string, string, IsoDate];
      const schoolMarks = schoolWeeks.get(`${urn} ${monday}`) ?? [];
      const calendar = registerCalendar(schoolMarks);
      const sunday = addDays(monday, 6);
      if (calendar.lastSchoolDayOnOrBefore(sunday) === null) continue;
      const run = consecutiveUnexplainedAbsenceDays(pupilMarks, calendar, sunday);
      const before = addDays(monday, -3);
      const onward = consecutiveUnexplainedAbsenceDays(
        [...pupilMarks, { date: before, session: 'AM', mark: 'N' }],
        registerCalendar([...schoolMarks, { date: before, mark: 'N' }]),
        sunday,
      );
      const broken = onward.days === run.days;
      if (broken && run.days === 0) continue;
      expected.push({ week, days: run.days, since: run.since, broken });
    }
    expected.sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
    expect(stored.some((row) => row['broken'] === true && Number(row['days']) > 0)).toBe(true);
    expect(stored.some((row) => row['broken'] === false && Number(row['days']) >= 5)).toBe(true);
    expect(stored).toEqual(expected);
  });

  it('holds exactly a recount of the stored marks after the amended exports were loaded over earlier ones', async () => {
    const [stored, recounted] = await store.read(async (session) => [
      await session.all('SELECT * FROM enrolment_weeks ORDER BY ALL'),
      await session.all(
        `SELECT * FROM enrolment_week_counts(0, 2147483647, DATE '2025-08-01', DATE '2026-07-31') ORDER BY ALL`,
      ),
    ]);
    expect(stored).toEqual(recounted);
  });
});
