import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
import { loadSchoolExport } from '../loader/load-school-export.js';
import { loadSchoolsFile } from '../loader/load-schools-file.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { queryDataQuality } from './query-data-quality.js';

const AMY = fixtureUpn(1);
const BEN = fixtureUpn(2);
// Two full weeks of registers: 2 to 6 and 9 to 13 September 2024.
const TWO_WEEKS = weekdays('2024-09-02', '2024-09-13');

describe(queryDataQuality.name, () => {
  let folder: string;
  let store: AnalyticsStore;

  beforeEach(async () => {
    folder = await makeTempFolder();
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadSchoolsFile(
      store,
      await writeSchoolsFile(folder, [
        { urn: '900001', name: 'Alder Primary School', phase: 'Primary', type: 'Community school' },
        { urn: '900002', name: 'Birch Primary School', phase: 'Primary', type: 'Community school' },
        { urn: '900003', name: 'Cedar Primary School', phase: 'Primary', type: 'Community school' },
      ]),
    );
    // Alder sends both weeks. Amy is N on the mornings of Tuesday 3 Sept (8 later school days: overdue),
    // Friday 6 Sept (exactly 5 later: overdue) and Monday 9 Sept (4 later: not yet overdue).
    const overdueOrNot = new Set(['2024-09-03', '2024-09-06', '2024-09-09']);
    await loadSchoolExport(
      store,
      await writeSchoolExport(folder, '900001', '2024-09-13', {
        pupils: pupilsCsv([{ upn: AMY, dateOfBirth: '2016-05-10' }]),
        marks: marksCsv(
          marksFor(AMY, TWO_WEEKS, (_position, session, date) =>
            session === 'AM' && overdueOrNot.has(date) ? 'N' : undefined,
          ),
        ),
      }),
    );
    // Birch stopped sending after Wednesday 11 September, and uses I and L too.
    await loadSchoolExport(
      store,
      await writeSchoolExport(folder, '900002', '2024-09-11', {
        pupils: pupilsCsv([{ upn: BEN, dateOfBirth: '2016-01-10' }]),
        marks: marksCsv(
          marksFor(BEN, weekdays('2024-09-02', '2024-09-11'), (position) =>
            position === 0 ? 'I' : position === 2 ? 'L' : undefined,
          ),
        ),
      }),
    );
    // Cedar has sent nothing.
  });

  afterEach(async () => {
    await store.close();
    await removeFolder(folder);
  });

  it('reports freshness, fullness, overdue N marks and codes per school', async () => {
    const quality = await queryDataQuality(store, { recentDates: 5 });

    expect(quality.dataAsOf).toBe('2024-09-13');
    expect(quality.recentRegisterDates).toEqual([
      '2024-09-13',
      '2024-09-12',
      '2024-09-11',
      '2024-09-10',
      '2024-09-09',
    ]);
    expect(quality.schools).toEqual([
      {
        urn: '900001',
        name: 'Alder Primary School',
        latestExportDate: '2024-09-13',
        lastMarkDate: '2024-09-13',
        registerDatesBehind: 0,
        datesWithMarks: ['2024-09-09', '2024-09-10', '2024-09-11', '2024-09-12', '2024-09-13'],
        overdueReasonNotYetEstablished: 2,
        codesUsed: [
          { code: '\\', marks: 10 },
          { code: '/', marks: 7 },
          { code: 'N', marks: 3 },
        ],
      },
      {
        urn: '900002',
        name: 'Birch Primary School',
        latestExportDate: '2024-09-11',
        lastMarkDate: '2024-09-11',
        registerDatesBehind: 2,
        datesWithMarks: ['2024-09-09', '2024-09-10', '2024-09-11'],
        overdueReasonNotYetEstablished: 0,
        codesUsed: [
          { code: '\\', marks: 8 },
          { code: '/', marks: 6 },
          { code: 'I', marks: 1 },
          { code: 'L', marks: 1 },
        ],
      },
      {
        urn: '900003',
        name: 'Cedar Primary School',
        latestExportDate: null,
        lastMarkDate: null,
        registerDatesBehind: 5,
        datesWithMarks: [],
        overdueReasonNotYetEstablished: 0,
        codesUsed: [],
      },
    ]);
  });

  it('answers on an empty store', async () => {
    const empty = await AnalyticsStore.open({ path: ':memory:' });
    try {
      expect(await queryDataQuality(empty)).toEqual({ dataAsOf: null, recentRegisterDates: [], schools: [] });
    } finally {
      await empty.close();
    }
  });
});
