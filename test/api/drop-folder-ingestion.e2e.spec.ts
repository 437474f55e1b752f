import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { postGraphql } from '../support/graphql-client.js';
import { computeOverviewFromExports } from '../support/independent-measures.js';
import { startProduct, type RunningProduct } from '../support/product.js';

const LOAD_NOW = `mutation {
  loadExportsNow {
    trigger status unitsLoaded unitsFailed unitsSkipped
    units { urn exportDate status checksum quarantinedTo errors { file line column value message } }
  }
}`;
const HEADLINE = `query { laOverview { headline { enrolments possibleSessions authorisedSessions unauthorisedSessions persistentAbsentees } } }`;

interface LoadNowResponse {
  loadExportsNow: {
    trigger: string;
    status: string;
    unitsLoaded: number;
    unitsFailed: number;
    unitsSkipped: number;
    units: {
      urn: string;
      exportDate: string;
      status: string;
      checksum: string | null;
      quarantinedTo: string | null;
      errors: {
        file: string;
        line: number | null;
        column: string | null;
        value: string | null;
        message: string;
      }[];
    }[];
  };
}
type Headline = { laOverview: { headline: Record<string, number> } };

describe('loading the drop folder on demand (INGEST_FOLDER, loadExportsNow)', () => {
  let product: RunningProduct;
  let dropFolder: string;

  beforeAll(async () => {
    dropFolder = await mkdtemp(join(tmpdir(), 'attendance-drop-'));
    await writeSyntheticLaExports(
      { seed: 5, schools: 3, pupils: 300, academicYear: 2026, asOf: '2026-11-13', amendedExports: true },
      dropFolder,
    );
    product = await startProduct({ demoData: false, environment: { INGEST_FOLDER: dropFolder } });
  });

  afterAll(async () => {
    await product?.stop();
    await rm(dropFolder, { recursive: true, force: true });
  });

  it('loads every export, giving the figures an independent computation gives', async () => {
    const { loadExportsNow } = await postGraphql<LoadNowResponse>(product.baseUrl, LOAD_NOW);
    expect(loadExportsNow).toMatchObject({
      trigger: 'api',
      status: 'succeeded',
      unitsFailed: 0,
      unitsSkipped: 0,
    });
    expect(loadExportsNow.unitsLoaded).toBeGreaterThanOrEqual(3);
    expect(loadExportsNow.units.every((unit) => /^[0-9a-f]{64}$/.test(unit.checksum ?? ''))).toBe(true);

    const expected = computeOverviewFromExports(dropFolder).headline;
    const { laOverview } = await postGraphql<Headline>(product.baseUrl, HEADLINE);
    expect(laOverview.headline).toEqual({
      enrolments: expected.enrolments,
      possibleSessions: expected.possibleSessions,
      authorisedSessions: expected.authorisedSessions,
      unauthorisedSessions: expected.unauthorisedSessions,
      persistentAbsentees: expected.persistentAbsentees,
    });
  });

  it('reports data quality that agrees with the export files', async () => {
    interface Quality {
      dataQuality: {
        dataAsOf: string;
        recentRegisterDates: string[];
        schools: {
          urn: string;
          lastMarkDate: string;
          registerDatesBehind: number;
          datesWithMarks: string[];
          overdueReasonNotYetEstablished: number;
          codesUsed: { code: string; marks: number }[];
        }[];
      };
    }
    const { dataQuality } = await postGraphql<Quality>(
      product.baseUrl,
      `query { dataQuality(recentDates: 5) { dataAsOf recentRegisterDates schools { urn lastMarkDate registerDatesBehind datesWithMarks overdueReasonNotYetEstablished codesUsed { code marks } } } }`,
    );
    expect(dataQuality.dataAsOf).toBe('2026-11-13');
    expect(dataQuality.recentRegisterDates).toHaveLength(5);

    // Independently, from each school's latest marks file (it covers the whole year to date).
    const files = (await readdir(dropFolder)).filter((name) => name.endsWith('_marks.csv')).sort();
    const latestByUrn = new Map(files.map((name) => [name.slice(0, 6), name]));
    expect(dataQuality.schools.map((school) => school.urn).sort()).toEqual([...latestByUrn.keys()].sort());
    for (const school of dataQuality.schools) {
      const rows = (await readFile(join(dropFolder, latestByUrn.get(school.urn) ?? ''), 'utf8'))
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(','));
      const registerDays = [...new Set(rows.map((row) => row[1] ?? ''))].sort();
      const laterSchoolDays = (date: string) => registerDays.filter((day) => day > date).length;
      const overdue = rows.filter((row) => row[3] === 'N' && laterSchoolDays(row[1] ?? '') >= 5).length;
      expect(school.lastMarkDate).toBe(registerDays[registerDays.length - 1]);
      expect(school.registerDatesBehind).toBe(0);
      expect(school.overdueReasonNotYetEstablished, school.urn).toBe(overdue);
      expect(school.codesUsed.reduce((sum, usage) => sum + usage.marks, 0)).toBe(rows.length);
      expect(school.codesUsed.find((usage) => usage.code === 'N')?.marks ?? 0).toBe(
        rows.filter((row) => row[3] === 'N').length,
      );
    }
  });

  it('rejects a bad export alone: quarantined with its reason, earlier figures unchanged, rerun a no-op', async () => {
    const before = await postGraphql<Headline>(product.baseUrl, HEADLINE);
    const [pupilsFile] = (await readdir(dropFolder))
      .filter((name) => name.endsWith('_pupils.csv'))
      .sort()
      .reverse();
    const urn = pupilsFile?.slice(0, 6) ?? '';
    const stamp = '20261116';
    const marks = await readFile(join(dropFolder, pupilsFile?.replace('_pupils', '_marks') ?? ''), 'utf8');
    const [header, firstRow] = marks.split('\n');
    const [upn] = (firstRow ?? '').split(',');
    await writeFile(
      join(dropFolder, `${urn}_${stamp}_pupils.csv`),
      await readFile(join(dropFolder, pupilsFile ?? '')),
    );
    await writeFile(
      join(dropFolder, `${urn}_${stamp}_marks.csv`),
      `${header}\n${upn},2026-11-16,AM,/\n${upn},2026-11-16,PM,ZZ\n`,
    );

    const { loadExportsNow } = await postGraphql<LoadNowResponse>(product.baseUrl, LOAD_NOW);
    expect(loadExportsNow).toMatchObject({ status: 'partially-failed', unitsLoaded: 0, unitsFailed: 1 });
    const failed = loadExportsNow.units.find((unit) => unit.status === 'failed');
    expect(failed?.errors[0]).toMatchObject({
      file: `${urn}_${stamp}_marks.csv`,
      line: 3,
      column: 'mark',
      value: 'ZZ',
    });
    expect(failed?.quarantinedTo).toBe(join(dropFolder, 'quarantine'));
    expect(existsSync(join(dropFolder, 'quarantine', `${urn}_${stamp}.reason.txt`))).toBe(true);
    expect(existsSync(join(dropFolder, `${urn}_${stamp}_marks.csv`))).toBe(false);
    expect(await postGraphql<Headline>(product.baseUrl, HEADLINE)).toEqual(before);

    const again = await postGraphql<LoadNowResponse>(product.baseUrl, LOAD_NOW);
    expect(again.loadExportsNow).toMatchObject({ status: 'succeeded', unitsLoaded: 0, unitsFailed: 0 });
    expect(again.loadExportsNow.unitsSkipped).toBe(loadExportsNow.unitsSkipped);
    expect(await postGraphql<Headline>(product.baseUrl, HEADLINE)).toEqual(before);
  });
});
