import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticLaExports, type SyntheticLaOptions } from '@attendance/synthetic-la';
import { postGraphql } from '../support/graphql-client.js';
import { computeOverviewFromExports } from '../support/independent-measures.js';
import { startProduct, type RunningProduct } from '../support/product.js';

const LOAD_NOW = `mutation {
  loadExportsNow {
    status unitsLoaded unitsFailed unitsSkipped
    units { urn exportDate status pupilsFile marksFile errors { file line column value message } }
  }
}`;
const OVERVIEW = `query {
  laOverview {
    periodStart periodEnd
    headline { ...Measures }
    weeklyTrend { weekStart possibleSessions }
    schools { urn name phase type measures { ...Measures } }
  }
}
fragment Measures on AttendanceMeasures {
  enrolments possibleSessions attendedSessions authorisedSessions unauthorisedSessions persistentAbsentees severeAbsentees
}`;

interface LoadNowResponse {
  loadExportsNow: {
    status: string;
    unitsLoaded: number;
    unitsFailed: number;
    unitsSkipped: number;
    units: { urn: string; exportDate: string; status: string; pupilsFile: string; marksFile: string }[];
  };
}
type Measures = Record<
  | 'enrolments'
  | 'possibleSessions'
  | 'attendedSessions'
  | 'authorisedSessions'
  | 'unauthorisedSessions'
  | 'persistentAbsentees'
  | 'severeAbsentees',
  number
>;
interface OverviewResponse {
  laOverview: {
    periodStart: string;
    periodEnd: string;
    headline: Measures;
    weeklyTrend: { weekStart: string; possibleSessions: number }[];
    schools: { urn: string; name: string; phase: string; type: string; measures: Measures }[];
  };
}

const measuresOf = (measures: Measures | undefined) => ({
  enrolments: measures?.enrolments,
  possibleSessions: measures?.possibleSessions,
  attendedSessions: measures?.attendedSessions,
  authorisedSessions: measures?.authorisedSessions,
  unauthorisedSessions: measures?.unauthorisedSessions,
  persistentAbsentees: measures?.persistentAbsentees,
  severeAbsentees: measures?.severeAbsentees,
});

describe('loading a drop folder that mixes every export format (loadExportsNow)', () => {
  const options: SyntheticLaOptions = {
    seed: 11,
    schools: 5,
    pupils: 500,
    academicYear: 2026,
    asOf: '2026-11-13',
    amendedExports: true,
  };
  let product: RunningProduct;
  let dropFolder: string;
  let csvPairFolder: string;

  beforeAll(async () => {
    // The same LA twice: the drop folder in every format (GIAS extract, CSV pair, marks-string, CTF under both
    // namings), and as the CSV pair for the independent computation.
    dropFolder = await mkdtemp(join(tmpdir(), 'attendance-mixed-drop-'));
    csvPairFolder = await mkdtemp(join(tmpdir(), 'attendance-mixed-csv-'));
    await writeSyntheticLaExports({ ...options, formats: { exports: 'mixed', schools: 'gias' } }, dropFolder);
    await writeSyntheticLaExports(options, csvPairFolder);
    product = await startProduct({ demoData: false, environment: { INGEST_FOLDER: dropFolder } });
  });

  afterAll(async () => {
    await product?.stop();
    await rm(dropFolder, { recursive: true, force: true });
    await rm(csvPairFolder, { recursive: true, force: true });
  });

  it('loads every unit and gives the figures an independent computation over the CSV pair gives', async () => {
    const { loadExportsNow } = await postGraphql<LoadNowResponse>(product.baseUrl, LOAD_NOW);
    expect(loadExportsNow).toMatchObject({ status: 'succeeded', unitsFailed: 0, unitsSkipped: 0 });
    const sourceFiles = loadExportsNow.units.map((unit) => unit.marksFile);
    expect(sourceFiles.some((file) => file.endsWith('_marks.csv'))).toBe(true);
    expect(sourceFiles.some((file) => file.endsWith('_marks-string.csv'))).toBe(true);
    expect(sourceFiles.some((file) => /^\d{6}_\d{8}_ctf\.xml$/.test(file))).toBe(true);
    expect(sourceFiles.some((file) => /^\d{7}_CTF_999LLLL_\d{3}\.xml$/.test(file))).toBe(true);

    const expected = computeOverviewFromExports(csvPairFolder);
    const { laOverview } = await postGraphql<OverviewResponse>(product.baseUrl, OVERVIEW);
    expect([laOverview.periodStart, laOverview.periodEnd]).toEqual([
      expected.periodStart,
      expected.periodEnd,
    ]);
    expect(measuresOf(laOverview.headline)).toEqual(measuresOf(expected.headline));
    expect(laOverview.schools).toHaveLength(expected.bySchool.size);
    for (const school of laOverview.schools) {
      expect(measuresOf(school.measures), `school ${school.urn}`).toEqual(
        measuresOf(expected.bySchool.get(school.urn)),
      );
    }
    expect(laOverview.weeklyTrend.map((week) => [week.weekStart, week.possibleSessions])).toEqual(
      [...expected.weekly.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([week, { possible }]) => [week, possible]),
    );

    // The GIAS extract gave the same names, phases and types as the LA's schools.csv would.
    const schoolsCsv = (await readFile(join(csvPairFolder, 'schools.csv'), 'utf8'))
      .trim()
      .split('\n')
      .slice(1);
    expect(
      laOverview.schools
        .map((school) => [school.urn, school.name, school.phase, school.type].join(','))
        .sort(),
    ).toEqual(
      schoolsCsv
        .map((row) => row.split(','))
        .map(([urn, , name, phase, type]) => [urn, name, phase, type].join(','))
        .sort(),
    );
  });

  it('skips every unit when the folder is loaded again', async () => {
    const before = await postGraphql<OverviewResponse>(product.baseUrl, OVERVIEW);
    const { loadExportsNow } = await postGraphql<LoadNowResponse>(product.baseUrl, LOAD_NOW);
    expect(loadExportsNow).toMatchObject({ status: 'succeeded', unitsLoaded: 0, unitsFailed: 0 });
    expect(loadExportsNow.unitsSkipped).toBeGreaterThanOrEqual(options.schools);
    expect(await postGraphql<OverviewResponse>(product.baseUrl, OVERVIEW)).toEqual(before);
  });
});
