import {
  absentSessions,
  attendedSessions,
  isInStatutoryCohort,
  isPersistentlyAbsent,
  isSeverelyAbsent,
} from '@attendance/domain';
import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { enrolmentsFromFiles, type Enrolment } from '../__fixtures__/enrolments-from-files.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { PupilLevelAccessError } from './pupil-list-request.js';
import { queryAbsenteeList } from './query-absentee-list.js';

// Against the files counted by the domain (see enrolments-from-files.ts): the same pupils, in the same order,
// page by page.

const PERIOD = { from: '2025-09-01', to: '2025-12-12' };
const key = (urn: string, upn: string) => `${urn} ${upn}`;

describe('queryAbsenteeList', () => {
  let folder: string;
  let store: AnalyticsStore;
  let statutory: Enrolment[];

  beforeAll(async () => {
    folder = await makeTempFolder();
    await writeSyntheticLaExports(
      { seed: 29, schools: 4, pupils: 1200, academicYear: 2025, asOf: PERIOD.to },
      folder,
    );
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadExportFolder(store, folder);
    statutory = (await enrolmentsFromFiles(folder, PERIOD)).filter((e) =>
      isInStatutoryCohort(e.pupil['date_of_birth'] as string, 2025),
    );
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await removeFolder(folder);
  });

  it('lists every persistent absentee, lowest attendance first, in pages that neither overlap nor miss', async () => {
    const expected = statutory
      .filter((e) => e.counts.possible > 0 && isPersistentlyAbsent(e.counts))
      .sort(
        (a, b) =>
          attendedSessions(a.counts) / a.counts.possible - attendedSessions(b.counts) / b.counts.possible ||
          key(a.urn, a.pupil['upn'] as string).localeCompare(key(b.urn, b.pupil['upn'] as string)),
      );
    expect(expected.length).toBeGreaterThan(20);
    const pages = [];
    for (let offset = 0; offset < expected.length; offset += 20) {
      pages.push(await queryAbsenteeList(store, { list: 'persistent', ...PERIOD, limit: 20, offset }));
    }
    expect(pages[0]?.length).toBe(expected.length);
    const listed = pages.flatMap((page) => page.pupils);
    expect(listed.map((pupil) => key(pupil.urn, pupil.upn))).toEqual(
      expected.map((e) => key(e.urn, e.pupil['upn'] as string)),
    );
    const [first] = listed;
    const [firstExpected] = expected;
    expect(first).toMatchObject({
      possibleSessions: firstExpected?.counts.possible,
      unauthorisedSessions: firstExpected?.counts.unauthorised,
      severe: firstExpected ? isSeverelyAbsent(firstExpected.counts) : undefined,
    });
    expect(first?.attendanceRate).toBeCloseTo(
      (100 * attendedSessions(firstExpected!.counts)) / firstExpected!.counts.possible,
      10,
    );
  });

  it('lists severe absentees only, and sorts by unauthorised absence on request', async () => {
    const severe = statutory.filter((e) => e.counts.possible > 0 && isSeverelyAbsent(e.counts));
    const result = await queryAbsenteeList(store, {
      list: 'severe',
      ...PERIOD,
      sort: 'unauthorised',
      limit: 500,
    });
    expect(result.length).toBe(severe.length);
    expect(result.pupils.every((pupil) => pupil.severe)).toBe(true);
    const unauthorised = result.pupils.map((pupil) => pupil.unauthorisedSessions);
    expect(unauthorised).toEqual([...unauthorised].sort((a, b) => b - a));
    expect(severe.every((e) => absentSessions(e.counts) * 2 >= e.counts.possible)).toBe(true);
  });

  it('keeps to the scope and refuses a scope without pupil-level access', async () => {
    const [urn] = [...new Set(statutory.map((e) => e.urn))];
    const result = await queryAbsenteeList(store, {
      list: 'persistent',
      ...PERIOD,
      limit: 500,
      scope: { schools: [urn as string], pupilLevel: true },
    });
    expect(result.pupils.length).toBeGreaterThan(0);
    expect(result.pupils.every((pupil) => pupil.urn === urn)).toBe(true);
    await expect(
      queryAbsenteeList(store, { list: 'persistent', scope: { schools: 'all', pupilLevel: false } }),
    ).rejects.toThrow(PupilLevelAccessError);
    await expect(queryAbsenteeList(store, { list: 'persistent', limit: 501 })).rejects.toThrow(
      /limit must be/,
    );
  });
});
