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
  type MarkRow,
} from '../__fixtures__/export-files.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { loadSchoolExport } from './load-school-export.js';
import { loadSchoolsFile } from './load-schools-file.js';

// enrolment_weeks is refreshed only for the school and weeks an export touches. After each load in a sequence
// (a first export, a correction of older dates that starts mid-week, an export that leaves dates out, a second
// school) it must equal a recount of every stored mark.

const URN = '900001';
const OTHER_URN = '900002';
const AMY = fixtureUpn(1);
const BEN = fixtureUpn(2);
const PUPILS = pupilsCsv([
  { upn: AMY, dateOfBirth: '2016-05-10' },
  { upn: BEN, dateOfBirth: '2009-08-31' },
]);
const WEEKS_1_TO_3 = weekdays('2024-09-02', '2024-09-20');

const recount = `
SELECT * FROM enrolment_week_counts(0, 2147483647, DATE '2024-08-01', DATE '2025-07-31') ORDER BY ALL`;
const stored = 'SELECT * FROM enrolment_weeks ORDER BY ALL';

describe('enrolment_weeks refresh', () => {
  let folder: string;
  let store: AnalyticsStore;

  const load = async (urn: string, exportDate: string, marks: MarkRow[]) =>
    loadSchoolExport(
      store,
      await writeSchoolExport(folder, urn, exportDate, { pupils: PUPILS, marks: marksCsv(marks) }),
    );
  const expectSummariesToEqualRecount = async () => {
    const [summaries, recounted] = await store.read(async (session) => [
      await session.all(stored),
      await session.all(recount),
    ]);
    expect(summaries).toEqual(recounted);
    expect(summaries.length).toBeGreaterThan(0);
  };
  const weekOf = async (upn: string, weekStart: string) =>
    store.read(async (session) => {
      const [row] = await session.all(
        `SELECT w.marks, w.possible, w.present, w.authorised, w.unauthorised, w.sess_auth_illness
         FROM enrolment_weeks AS w JOIN pupils AS p USING (pupil_id)
         WHERE p.upn = $upn AND w.week_start = CAST($week_start AS DATE)`,
        { upn, week_start: weekStart },
      );
      return row;
    });

  beforeAll(async () => {
    folder = await makeTempFolder();
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadSchoolsFile(
      store,
      await writeSchoolsFile(folder, [
        { urn: URN, name: 'Alder', phase: 'Primary', type: 'Community school' },
        { urn: OTHER_URN, name: 'Birch', phase: 'Secondary', type: 'Academy converter' },
      ]),
    );
  });

  afterAll(async () => {
    await store.close();
    await removeFolder(folder);
  });

  it('counts a first export of three weeks', async () => {
    await load(URN, '2024-09-20', [
      ...marksFor(AMY, WEEKS_1_TO_3, (position) => (position === 14 ? 'N' : undefined)),
      ...marksFor(BEN, WEEKS_1_TO_3, () => 'D'),
    ]);
    await expectSummariesToEqualRecount();
    expect(await weekOf(AMY, '2024-09-09')).toEqual({
      marks: 10,
      possible: 10,
      present: 9,
      authorised: 0,
      unauthorised: 1,
      sess_auth_illness: 0,
    });
  });

  it('recounts whole weeks when a correction starts mid-week, keeping the marks it does not cover', async () => {
    // 11 to 13 Sep: the N (Wednesday 11 Sep AM) becomes I; Monday and Tuesday of that week stay as loaded.
    await load(URN, '2024-09-23', [
      ...marksFor(AMY, weekdays('2024-09-11', '2024-09-13'), (position) =>
        position === 0 ? 'I' : undefined,
      ),
      ...marksFor(BEN, weekdays('2024-09-11', '2024-09-13'), () => 'D'),
    ]);
    await expectSummariesToEqualRecount();
    expect(await weekOf(AMY, '2024-09-09')).toEqual({
      marks: 10,
      possible: 10,
      present: 9,
      authorised: 1,
      unauthorised: 0,
      sess_auth_illness: 1,
    });
  });

  it('drops the counts of dates a later export leaves out of its range', async () => {
    // Covers 16 to 20 Sep but has no marks on 18 and 19 Sep: those marks go, and so do their counts.
    const dates = ['2024-09-16', '2024-09-17', '2024-09-20'];
    await load(URN, '2024-09-24', [...marksFor(AMY, dates), ...marksFor(BEN, dates, () => 'D')]);
    await expectSummariesToEqualRecount();
    expect(await weekOf(AMY, '2024-09-16')).toMatchObject({ marks: 6, possible: 6, present: 6 });
    expect(await weekOf(AMY, '2024-09-02')).toMatchObject({ marks: 10, possible: 10 });
  });

  it('leaves one school alone when another loads', async () => {
    await load(OTHER_URN, '2024-09-24', [
      ...marksFor(AMY, weekdays('2024-09-09', '2024-09-13'), () => 'C'),
      ...marksFor(BEN, weekdays('2024-09-09', '2024-09-13')),
    ]);
    await expectSummariesToEqualRecount();
    expect(await weekOf(AMY, '2024-09-02')).toMatchObject({ marks: 10, possible: 10 });
  });

  it('moves old weeks in or out of the statutory cohort when a new pupils file corrects a date of birth', async () => {
    // Ben was 15 (born 31 Aug 2009); his corrected date of birth makes him 4, outside the cohort, for weeks no
    // export since has touched. Only the rollups, not enrolment_weeks, depend on it.
    const corrected = pupilsCsv([
      { upn: AMY, dateOfBirth: '2016-05-10' },
      { upn: BEN, dateOfBirth: '2020-01-01' },
    ]);
    const cohortPupils = () =>
      store.read((session) =>
        session.all(
          `SELECT DISTINCT p.upn FROM enrolment_years AS y JOIN pupils AS p USING (pupil_id)
           JOIN schools AS s USING (school_id) WHERE s.urn = $urn AND y.statutory_cohort ORDER BY 1`,
          { urn: URN },
        ),
      );
    expect(await cohortPupils()).toEqual([{ upn: AMY }, { upn: BEN }]);
    await loadSchoolExport(
      store,
      await writeSchoolExport(folder, URN, '2024-09-25', { pupils: corrected, marks: marksCsv([]) }),
    );
    expect(await cohortPupils()).toEqual([{ upn: AMY }]);
    await expectSummariesToEqualRecount();
  });

  it('changes nothing when the last export is loaded again', async () => {
    const before = await store.read((session) => session.all(stored));
    await load(OTHER_URN, '2024-09-24', [
      ...marksFor(AMY, weekdays('2024-09-09', '2024-09-13'), () => 'C'),
      ...marksFor(BEN, weekdays('2024-09-09', '2024-09-13')),
    ]);
    expect(await store.read((session) => session.all(stored))).toEqual(before);
  });
});
