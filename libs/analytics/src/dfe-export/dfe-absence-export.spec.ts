import {
  DFE_ABSENCE_COLUMN_NAMES,
  dfeAbsenceCsv,
  percentRoundedHalfUp,
  type DfeArea,
} from '@attendance/domain';
import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { queryLaOverview } from '../la-overview/query-la-overview.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { dfeAbsenceExportRows } from './dfe-absence-export.js';

const AREA: DfeArea = {
  countryCode: 'E92000001',
  countryName: 'England',
  regionCode: 'E12000002',
  regionName: 'North West',
  oldLaCode: '999',
  newLaCode: 'E99999999',
  laName: 'Synthetic Borough',
};
const PERIOD = { from: '2025-09-01', to: '2025-12-12' };

describe('dfeAbsenceExportRows', () => {
  let folder: string;
  let store: AnalyticsStore;

  beforeAll(async () => {
    folder = await makeTempFolder();
    await writeSyntheticLaExports(
      { seed: 23, schools: 4, pupils: 1200, academicYear: 2025, asOf: PERIOD.to },
      folder,
    );
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadExportFolder(store, folder);
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await removeFolder(folder);
  });

  it('writes the LA total, each characteristic and every school, adding up like the DfE files', async () => {
    const rows = await dfeAbsenceExportRows(store, { area: AREA, ...PERIOD });
    const laRows = rows.filter((row) => row.geographic_level === 'Local authority');
    const [laTotal, ...others] = laRows.filter((row) => row.breakdown_topic === 'Total');
    expect(others).toEqual([]);
    expect(laTotal).toMatchObject({
      time_period: '202526',
      la_name: 'Synthetic Borough',
      school_type: 'Total',
    });

    // The total agrees with the LA overview, which reads the same period by another query.
    const overview = await queryLaOverview(store, PERIOD);
    expect(Number(laTotal?.enrolments)).toBe(overview.headline.enrolments);
    expect(Number(laTotal?.sess_possible)).toBe(overview.headline.possibleSessions);
    expect(Number(laTotal?.enrolments_pa_10_exact)).toBe(overview.headline.persistentAbsentees);
    const overall = overview.headline.authorisedSessions + overview.headline.unauthorisedSessions;
    expect(laTotal?.sess_overall_percent).toBe(
      percentRoundedHalfUp(overall, overview.headline.possibleSessions, 1),
    );

    // Each topic's rows cover every enrolment once, at the LA and at each school.
    const totalsBy = (level: typeof rows, urn: string) =>
      level.filter((row) => row.school_urn === urn && row.breakdown_topic === 'Total');
    const schoolUrns = [...new Set(rows.map((row) => row.school_urn).filter((urn) => urn !== ''))];
    expect(schoolUrns).toHaveLength(4);
    for (const urn of ['', ...schoolUrns]) {
      const [total] = totalsBy(rows, urn);
      const topics = new Set(rows.filter((row) => row.school_urn === urn).map((row) => row.breakdown_topic));
      expect(topics.size).toBe(10); // Total and nine characteristics
      for (const topic of [...topics].filter((name) => name !== 'Total')) {
        const parts = rows.filter((row) => row.school_urn === urn && row.breakdown_topic === topic);
        const sum = (column: 'enrolments' | 'sess_possible' | 'sess_unauthorised') =>
          parts.reduce((acc, row) => acc + Number(row[column]), 0);
        expect([topic, sum('enrolments'), sum('sess_possible'), sum('sess_unauthorised')]).toEqual([
          topic,
          Number(total?.enrolments),
          Number(total?.sess_possible),
          Number(total?.sess_unauthorised),
        ]);
      }
    }
    // The schools' totals add up to the LA's.
    const schoolTotals = schoolUrns.map((urn) => totalsBy(rows, urn)[0]);
    expect(schoolTotals.reduce((acc, row) => acc + Number(row?.sess_possible), 0)).toBe(
      Number(laTotal?.sess_possible),
    );
  });

  it('serialises in the DfE column order', async () => {
    const csv = dfeAbsenceCsv(await dfeAbsenceExportRows(store, { area: AREA, ...PERIOD }));
    expect(csv.split('\n')[0]).toBe(DFE_ABSENCE_COLUMN_NAMES.join(','));
  });
});
