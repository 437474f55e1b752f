import { isInStatutoryCohort, SEN_PROVISION_WITH_SEN, similarSchools } from '@attendance/domain';
import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { enrolmentsFromFiles } from '../__fixtures__/enrolments-from-files.js';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { queryLaOverview } from '../la-overview/query-la-overview.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { querySimilarSchools, UnknownSchoolError } from './query-similar-schools.js';

// Against the files counted by the domain: each school's intake (FSM and SEN shares of the statutory-cohort
// enrolments with possible sessions in the period), then the domain's similarSchools rule over those.

const PERIOD = { from: '2025-09-01', to: '2025-11-28' };

describe('querySimilarSchools', () => {
  let folder: string;
  let store: AnalyticsStore;
  let intakes: { urn: string; phase: string; enrolments: number; fsmPercent: number; senPercent: number }[];

  beforeAll(async () => {
    folder = await makeTempFolder();
    await writeSyntheticLaExports(
      { seed: 41, schools: 14, pupils: 2400, academicYear: 2025, asOf: PERIOD.to },
      folder,
    );
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadExportFolder(store, folder);
    const counted = (await enrolmentsFromFiles(folder, PERIOD)).filter(
      (e) => e.counts.possible > 0 && isInStatutoryCohort(e.pupil['date_of_birth'] as string, 2025),
    );
    const byUrn = new Map<string, typeof counted>();
    for (const enrolment of counted)
      byUrn.set(enrolment.urn, [...(byUrn.get(enrolment.urn) ?? []), enrolment]);
    intakes = [...byUrn].map(([urn, enrolments]) => ({
      urn,
      phase: enrolments[0]!.phase,
      enrolments: enrolments.length,
      fsmPercent:
        (100 * enrolments.filter((e) => e.pupil['fsm_eligible'] === 'Y').length) / enrolments.length,
      senPercent:
        (100 * enrolments.filter((e) => SEN_PROVISION_WITH_SEN.includes(e.pupil['sen_provision']!)).length) /
        enrolments.length,
    }));
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await removeFolder(folder);
  });

  it("finds each school's nearest schools of its phase by FSM and SEN share, as counted from the files", async () => {
    const primaries = intakes.filter((intake) => intake.phase === 'Primary');
    expect(primaries.length).toBeGreaterThan(5);
    for (const target of primaries.slice(0, 4)) {
      const result = await querySimilarSchools(store, { urn: target.urn, ...PERIOD, count: 3 });
      expect(result.school).toMatchObject({ enrolments: target.enrolments });
      expect(result.school.fsmPercent).toBeCloseTo(target.fsmPercent, 10);
      expect(result.school.senPercent).toBeCloseTo(target.senPercent, 10);
      const expected = similarSchools(target, intakes, 3);
      expect(result.similar.map(({ school }) => school.urn)).toEqual(
        expected.map(({ school }) => school.urn),
      );
      result.similar.forEach(({ distance }, index) =>
        expect(distance).toBeCloseTo(expected[index]!.distance, 10),
      );
    }
  });

  it("gives each school the overview's own measures for the period", async () => {
    const overview = await queryLaOverview(store, PERIOD);
    const [target] = intakes;
    const result = await querySimilarSchools(store, { urn: target!.urn, ...PERIOD });
    for (const school of [result.school, ...result.similar.map((similar) => similar.school)]) {
      expect(school.measures).toEqual(overview.schools.find((s) => s.urn === school.urn)?.measures);
    }
  });

  it('chooses only among the scope, and refuses a school outside it or unknown', async () => {
    const [target, ...others] = intakes.filter((intake) => intake.phase === 'Primary');
    const allowed = others.slice(-2).map((school) => school.urn);
    const result = await querySimilarSchools(store, {
      urn: target!.urn,
      ...PERIOD,
      scope: { schools: [target!.urn, ...allowed], pupilLevel: false },
    });
    expect(result.similar.map(({ school }) => school.urn).sort()).toEqual([...allowed].sort());
    await expect(
      querySimilarSchools(store, { urn: target!.urn, scope: { schools: allowed, pupilLevel: false } }),
    ).rejects.toThrow(UnknownSchoolError);
    await expect(querySimilarSchools(store, { urn: '100000' })).rejects.toThrow(/No school with URN 100000/);
  });
});
