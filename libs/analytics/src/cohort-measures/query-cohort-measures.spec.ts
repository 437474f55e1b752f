import {
  DEFAULT_ESCALATION_BANDS,
  absentSessions,
  addSessionCounts,
  attendedSessions,
  bandForAttendanceRate,
  emptySessionCounts,
  ethnicityMajorGroup,
  isInStatutoryCohort,
  isPersistentlyAbsent,
  isSeverelyAbsent,
  type SessionCounts,
} from '@attendance/domain';
import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { enrolmentsFromFiles, type Enrolment } from '../__fixtures__/enrolments-from-files.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import type { CohortGroup } from './cohort-measures.types.js';
import type { MeasureDimension } from './measure-dimensions.js';
import { queryCohortMeasures } from './query-cohort-measures.js';

// Property test against an independent computation: the generated CSV files read record by record in
// TypeScript, every mark counted by the domain's addMark, cohort, persistent absence and bands by the domain's
// functions, groups formed by the domain's rules. No SQL of the product is involved on that side. The period
// ends before the sixth half term, so the cohort is decided by age alone.

const ACADEMIC_YEAR = 2025;
const PERIOD = { from: '2025-09-01', to: '2025-12-12' };

const yesNo = (value: string | undefined) => (value === 'Y' || value === 'N' ? value : null);

/** Each dimension's group of an enrolment, by the domain's and the export format's rules. */
const KEY_OF: Record<MeasureDimension, (enrolment: Enrolment) => string | null> = {
  school: (e) => e.urn,
  phase: (e) => e.phase,
  schoolType: (e) => e.type,
  yearGroup: (e) => e.pupil['nc_year'] || null,
  sex: (e) => e.pupil['sex'] || null,
  fsm: (e) => yesNo(e.pupil['fsm_eligible']),
  senProvision: (e) => e.pupil['sen_provision'] || null,
  eal: (e) => yesNo(e.pupil['eal']),
  ethnicity: (e) => ethnicityMajorGroup(e.pupil['ethnicity']),
  cin: (e) => yesNo(e.pupil['cin']),
  cpp: (e) => yesNo(e.pupil['cpp']),
  cla: (e) => yesNo(e.pupil['cla']),
};

interface ExpectedGroup {
  enrolments: number;
  counts: SessionCounts;
  persistent: number;
  severe: number;
  persistentAbsence: number;
  bands: number[];
}

function expectedGroups(enrolments: readonly Enrolment[], dimensions: readonly MeasureDimension[]) {
  const groups = new Map<string, ExpectedGroup>();
  const keySets = dimensions.length === 1 ? [[], [0]] : [[], [0], [1], [0, 1]];
  for (const enrolment of enrolments) {
    const { counts } = enrolment;
    if (counts.possible === 0) continue;
    const band = bandForAttendanceRate(
      (attendedSessions(counts) * 100) / counts.possible,
      DEFAULT_ESCALATION_BANDS,
    );
    for (const kept of keySets) {
      const key = JSON.stringify(
        dimensions.map((dimension, index) => (kept.includes(index) ? KEY_OF[dimension](enrolment) : '*')),
      );
      const group = groups.get(key) ?? {
        enrolments: 0,
        counts: emptySessionCounts(),
        persistent: 0,
        severe: 0,
        persistentAbsence: 0,
        bands: DEFAULT_ESCALATION_BANDS.map(() => 0),
      };
      group.enrolments += 1;
      group.counts = addSessionCounts(group.counts, counts);
      if (isPersistentlyAbsent(counts)) {
        group.persistent += 1;
        group.persistentAbsence += absentSessions(counts);
      }
      if (isSeverelyAbsent(counts)) group.severe += 1;
      const bandIndex = DEFAULT_ESCALATION_BANDS.findIndex((candidate) => candidate.id === band?.id);
      if (bandIndex >= 0) group.bands[bandIndex] = (group.bands[bandIndex] ?? 0) + 1;
      groups.set(key, group);
    }
  }
  return groups;
}

function actualGroups(groups: readonly CohortGroup[]) {
  return new Map(
    groups.map((group) => [
      JSON.stringify(group.keys.map((key, index) => (group.all[index] ? '*' : key))),
      {
        enrolments: group.measures.enrolments,
        counts: group.sessions,
        persistent: group.measures.persistentAbsentees,
        severe: group.measures.severeAbsentees,
        persistentAbsence: group.persistentAbsenceSessions,
        bands: group.bandEnrolments,
      },
    ]),
  );
}

/** The domain's counts without what the summaries do not keep per group (not-possible, administrative). */
function comparable(groups: Map<string, ExpectedGroup>) {
  return new Map(
    [...groups].map(([key, group]) => [
      key,
      {
        ...group,
        counts: { ...group.counts, notPossible: 0, administrative: 0 },
      },
    ]),
  );
}

describe('queryCohortMeasures', () => {
  let folder: string;
  let store: AnalyticsStore;
  let statutory: Enrolment[];
  let outside: Enrolment[];

  beforeAll(async () => {
    folder = await makeTempFolder();
    await writeSyntheticLaExports(
      { seed: 17, schools: 5, pupils: 1500, academicYear: ACADEMIC_YEAR, asOf: PERIOD.to },
      folder,
    );
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadExportFolder(store, folder);
    const all = await enrolmentsFromFiles(folder, PERIOD);
    const inCohort = (e: Enrolment) => isInStatutoryCohort(e.pupil['date_of_birth'] as string, ACADEMIC_YEAR);
    statutory = all.filter(inCohort);
    outside = all.filter((e) => !inCohort(e));
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await removeFolder(folder);
  });

  const cases: MeasureDimension[][] = [
    ['school'],
    ['phase'],
    ['schoolType'],
    ['sex'],
    ['fsm'],
    ['eal'],
    ['ethnicity'],
    ['cin'],
    ['cpp'],
    ['cla'],
    ['yearGroup', 'senProvision'],
    ['school', 'ethnicity'],
  ];

  it.each(cases)('equals the files counted by the domain, by %s %s', async (...dimensions) => {
    const result = await queryCohortMeasures(store, { dimensions, ...PERIOD });
    expect(actualGroups(result.groups)).toEqual(comparable(expectedGroups(statutory, dimensions)));
  });

  it('reports pupils outside the statutory cohort apart, never mixed in', async () => {
    const result = await queryCohortMeasures(store, {
      dimensions: ['yearGroup'],
      cohort: 'outside-statutory',
      ...PERIOD,
    });
    expect(outside.some((e) => e.counts.possible > 0)).toBe(true);
    expect(actualGroups(result.groups)).toEqual(comparable(expectedGroups(outside, ['yearGroup'])));
  });

  it('sees only the scope schools', async () => {
    const urns = [...new Set(statutory.map((e) => e.urn))].slice(0, 2);
    const result = await queryCohortMeasures(store, {
      dimensions: ['sex'],
      scope: { schools: urns, pupilLevel: false },
      ...PERIOD,
    });
    const inScope = statutory.filter((e) => urns.includes(e.urn));
    expect(actualGroups(result.groups)).toEqual(comparable(expectedGroups(inScope, ['sex'])));
    const none = await queryCohortMeasures(store, {
      dimensions: ['sex'],
      scope: { schools: [], pupilLevel: false },
      ...PERIOD,
    });
    expect(none.groups).toEqual([]);
  });

  it('refuses unknown or repeated dimensions and more than two', async () => {
    await expect(
      queryCohortMeasures(store, { dimensions: ['shoeSize' as MeasureDimension] }),
    ).rejects.toThrow(/Unknown dimension "shoeSize"/);
    await expect(queryCohortMeasures(store, { dimensions: ['sex', 'sex'] })).rejects.toThrow(/twice/);
    await expect(queryCohortMeasures(store, { dimensions: ['sex', 'fsm', 'eal'] })).rejects.toThrow(
      /one or two dimensions/,
    );
  });
});
