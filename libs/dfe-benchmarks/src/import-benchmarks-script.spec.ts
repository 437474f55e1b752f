import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { detectTotalBasis, generateModules, readCsv, readFigure } from '../scripts/import-benchmarks.mjs';
import type { GeneratedAreas, GeneratedSource } from './generated-source.types.js';
import { indexTables } from './lookups/benchmark-tables.js';

// Runs the import script on src/__fixtures__/benchmarks: real rows cut from each DfE file (England, North
// East, North West, London, Hartlepool, City of London, the former Cumbria; a few LAIT measures; week 24 and
// 26 of the weekly PA file), then loads what it wrote the way the library does.

const fixturesDir = fileURLToPath(new URL('./__fixtures__/benchmarks/', import.meta.url));
const readFixture = (file: string) => readFileSync(join(fixturesDir, file), 'utf8');

interface GeneratedIndex {
  readonly sources: readonly GeneratedSource[];
  readonly areas: GeneratedAreas;
}

let outDir: string;
let generated: GeneratedIndex;

function sourceFor(file: string): GeneratedSource {
  const source = generated.sources.find((candidate) => candidate.file === file);
  if (source === undefined) throw new Error(`no generated source for ${file}`);
  return source;
}

function rowOf(
  file: string,
  academicYear: string,
  areaCode: string,
  extra: (table: GeneratedSource['tables'][number]) => boolean = () => true,
) {
  return sourceFor(file)
    .tables.find((table) => table.academicYear === academicYear && extra(table))
    ?.rows.find((row) => row[0] === areaCode);
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'dfe-benchmarks-'));
  for (const [name, text] of generateModules(readFixture, 'fixture')) writeFileSync(join(outDir, name), text);
  generated = (await import(pathToFileURL(join(outDir, 'index.ts')).href)) as GeneratedIndex;
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('import-benchmarks.mjs on fixture CSVs', () => {
  it('writes modules this library can index (same columns it reads)', () => {
    expect(() => indexTables(generated.sources)).not.toThrow();
  });

  it('is deterministic', () => {
    expect(generateModules(readFixture, 'fixture')).toEqual(generateModules(readFixture, 'fixture'));
  });

  it('keeps daily rates unrounded and symbols as symbols', () => {
    const england = rowOf('ytd_202425_final.csv', '2024/25', 'E92000001');
    // enrolments, possible sessions, attendance, overall absence (National Total row).
    expect(england?.[4]?.slice(0, 4)).toEqual([
      6904691.96808511, 2505799574, 93.1298083791604, 6.87019162083959,
    ]);
    const city = rowOf('ytd_202425_final.csv', '2024/25', 'E09000001');
    expect(city?.[1]?.every((figure) => figure === 'c')).toBe(true);
    expect(city?.[4]).toBeNull();
  });

  it('reads how Totals were formed from the figures: weighted in 2024/25, pooled in 2025/26', () => {
    const bases = generated.sources
      .filter((source) => source.dataset === 'daily-attendance')
      .map((source) => [source.file, source.tables[0]?.totalBasis]);
    expect(bases).toEqual([
      ['ytd_202425_final.csv', 'phase-rates-weighted-by-census-enrolments'],
      ['autumn_term_202425.csv', 'phase-rates-weighted-by-census-enrolments'],
      ['spring_term_202425.csv', 'phase-rates-weighted-by-census-enrolments'],
      ['summer_term_202425.csv', 'phase-rates-weighted-by-census-enrolments'],
      ['ytd_202526_to_week26.csv', 'pooled-sessions'],
    ]);
  });

  it('keeps weekly persistent absence only at the weeks a year-to-date file runs to', () => {
    const weekly = sourceFor('pa_ytd_202425_by_week.csv');
    expect(weekly.tables.map((table) => table.toWeek)).toEqual([{ year: 2025, week: 26 }]);
    expect(weekly.tables[0]?.rows.find((row) => row[0] === 'E92000001')?.[4]).toEqual([18.34]);
  });

  it('maps LAIT numbers to GSS codes, drops sub-regions, left-out measures and empty years', () => {
    const census = sourceFor('lait_la_absence_rates_2016-2025.csv');
    expect(census.tables.map((table) => table.academicYear)).toEqual(['2018/19', '2024/25']);
    const latest = census.tables[1];
    expect(latest?.rows.map((row) => row[0])).toEqual([
      'E06000001',
      'E09000001',
      'E12000001',
      'E12000007',
      'E92000001',
    ]);
    // PriTotAbs, PriAuth, (PriUnauth not in the fixture), SFPriPerAbNew, SFPriSevPerAbNew; TotAbs for Total.
    expect(latest?.rows.at(-1)).toEqual([
      'E92000001',
      [5.2, 3.7, null, 12.99, 0.93],
      null,
      null,
      [6.78, null, null, null, null],
    ]);
    expect(rowOf('lait_la_absence_rates_2016-2025.csv', '2018/19', 'E10000006')?.[4]).toEqual([
      4.74,
      null,
      null,
      null,
      null,
    ]);
  });

  it('keeps social care groups by phase without alternative provision, Inner London or early years', () => {
    const socialCare = sourceFor('social_care_groups_nat_reg_la_201819-202425.csv');
    expect(socialCare.tables.map((table) => [table.academicYear, table.socialCareGroup])).toEqual([
      ['2022/23', 'CIN'],
      ['2024/25', 'CIN'],
      ['2024/25', 'CLA'],
    ]);
    const hartlepool = rowOf(
      'social_care_groups_nat_reg_la_201819-202425.csv',
      '2024/25',
      'E06000001',
      (table) => table.socialCareGroup === 'CLA',
    );
    expect(hartlepool).toEqual([
      'E06000001',
      [58, 2.5, 2.2, 0.3, 'c', 0],
      [84, 10.7, 4, 6.7, 21.4, 7.1],
      ['c', 'c', 'c', 'c', 'c', 'c'],
      [162, 8.1, 3.8, 4.3, 16, 5.6],
    ]);
  });

  it('collects areas: current LAs from the daily files, former LAs from the social care file', () => {
    expect(generated.areas.regions.map((region) => region.code)).toEqual([
      'E12000001',
      'E12000002',
      'E12000007',
    ]);
    expect(generated.areas.localAuthorities).toEqual([
      { code: 'E06000001', oldCode: '805', name: 'Hartlepool', regionCode: 'E12000001', current: true },
      { code: 'E09000001', oldCode: '201', name: 'City of London', regionCode: 'E12000007', current: true },
      { code: 'E10000006', oldCode: '909', name: 'Cumbria', regionCode: 'E12000002', current: false },
    ]);
  });
});

describe('import-benchmarks.mjs on bad input', () => {
  const withReplaced = (file: string, from: string, to: string) => (name: string) => {
    const text = readFixture(name);
    return name === file ? text.replace(from, to) : text;
  };

  it('names the file, line, column and value of a figure it cannot read', () => {
    const read = withReplaced('ytd_202425_final.csv', '"6.87019162083959"', '"n/a"');
    expect(() => generateModules(read, 'fixture')).toThrow(
      /ytd_202425_final\.csv line \d+ column overall_absence_perc: value "n\/a", expected a number or a DfE symbol/,
    );
  });

  it('refuses a file whose period is not the one the script expects', () => {
    const read = withReplaced('autumn_term_202425.csv', '"Autumn term"', '"Spring term"');
    expect(() => generateModules(read, 'fixture')).toThrow(
      /autumn_term_202425\.csv line 2 column time_identifier: value "Spring term", expected Autumn term/,
    );
  });

  it('refuses an unknown LAIT measure rather than dropping it', () => {
    const read = withReplaced('lait_la_absence_rates_2016-2025.csv', ',TotAbs,', ',TotAbsNew,');
    expect(() => generateModules(read, 'fixture')).toThrow(
      /column short_desc: value "TotAbsNew", expected a measure in/,
    );
  });

  it('reads numbers, exponents and every DfE symbol; refuses blanks', () => {
    expect(readFigure('9.1300000000000008', 'here')).toBe(9.13);
    expect(readFigure('1.55757077523724e-05', 'here')).toBe(0.0000155757077523724);
    expect(['c', 'x', 'z', 'k', 'low', '.', '-'].map((symbol) => readFigure(symbol, 'here'))).toEqual([
      'c',
      'x',
      'z',
      'k',
      'low',
      '.',
      '-',
    ]);
    expect(() => readFigure('', 'f.csv line 3 column pa_perc')).toThrow(
      'f.csv line 3 column pa_perc: value ""',
    );
  });

  it('names a missing column', () => {
    expect(() => readCsv('a,b\n1,2\n', 'f.csv', ['a', 'c'])).toThrow(
      'f.csv line 1: no column "c" (expected a, c)',
    );
  });

  it('refuses Totals that are neither pooled nor weighted by census enrolments', () => {
    const records = readCsv(readFixture('ytd_202425_final.csv'), 'ytd_202425_final.csv', []);
    const entries = records
      .filter((record) => record.values.geographic_level === 'National')
      .map((record) => ({
        areaCode: 'E92000001',
        phase: record.values.school_type ?? '',
        record:
          record.values.school_type === 'Total'
            ? { ...record, values: { ...record.values, overall_absence_perc: '7' } }
            : record,
      }));
    expect(() => detectTotalBasis('ytd_202425_final.csv', entries)).toThrow(
      /Total overall absence 7 for E92000001 is neither its phases pooled \(6\.879\d+\) nor weighted/,
    );
  });
});
