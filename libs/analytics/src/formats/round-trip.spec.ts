import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  exportedMarkRows,
  exportedPupils,
  generateSchool,
  planSyntheticLa,
  pupilRow,
  schoolRow,
  PUPILS_HEADER,
  type GeneratedSchool,
  type SyntheticLaPlan,
  writeCtfFile,
  writeGiasExtract,
  writeMarksStringExport,
} from '@attendance/synthetic-la';
import { compareCtfTotals } from './ctf/compare-ctf-totals.js';
import { readCtfFile } from './ctf/read-ctf-file.js';
import { readGiasEstablishmentsFile } from './gias/read-gias-establishments-file.js';
import { readMarksStringFile } from './marks-string/read-marks-string-file.js';
import {
  CANONICAL_PUPIL_COLUMNS,
  type CanonicalMarkRow,
  type CanonicalPupilRow,
} from './shared/canonical-rows.js';

// Each format, written by the generator and read back by these readers, gives exactly the rows of the CSV
// pair the generator writes for the same school and export (compared as sorted multisets).

let plan: SyntheticLaPlan;
let schools: GeneratedSchool[];
let outDir = '';

beforeAll(async () => {
  plan = planSyntheticLa({ seed: 7, schools: 4, pupils: 400, academicYear: 2024, asOf: '2024-11-08' });
  schools = plan.schools.map((school) => generateSchool(plan, school.index));
  outDir = await mkdtemp(join(tmpdir(), 'formats-round-trip-'));
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

const markKey = (row: CanonicalMarkRow): string => [row.upn, row.date, row.session, row.mark].join(',');
const csvPairMarks = (school: GeneratedSchool): string[] =>
  [...exportedMarkRows(school, plan.latestExport, plan.timeline.days)].map(markKey).sort();
/** The CSV pair's pupil rows, split by column (no generated value contains a comma). */
const csvPairPupils = (school: GeneratedSchool): CanonicalPupilRow[] =>
  exportedPupils(school, plan.latestExport).map((pupil) => {
    const values = pupilRow(pupil).split(',');
    return Object.fromEntries(
      CANONICAL_PUPIL_COLUMNS.map((column, index) => [column, values[index]]),
    ) as CanonicalPupilRow;
  });

describe('marks-string variant', () => {
  it('reads back every mark of every school exactly', async () => {
    let written = '';
    for (const school of schools) {
      const [, marksFile] = await writeMarksStringExport(
        school,
        plan.latestExport,
        plan.timeline.days,
        outDir,
      );
      written += await readFile(join(outDir, marksFile), 'utf8');
      const read: string[] = [];
      for await (const row of readMarksStringFile(join(outDir, marksFile))) read.push(markKey(row));
      expect(read.sort()).toEqual(csvPairMarks(school));
    }
    // The data crosses the October half term and holds two-character codes, so both encodings were used.
    expect(written).toMatch(/----------/);
    expect(written).toMatch(/\[(C2|J1|Y\d)\]/);
  });
});

describe('CTF XML', () => {
  it('reads back the pupils (but cin/cpp, which CTF does not carry) and every mark, and the totals agree', async () => {
    expect(PUPILS_HEADER.split(',')).toEqual([...CANONICAL_PUPIL_COLUMNS]);
    for (const school of schools) {
      const file = await writeCtfFile(plan, school, plan.latestExport, outDir);
      const pupils: CanonicalPupilRow[] = [];
      const marks: string[] = [];
      const mismatches: unknown[] = [];
      for await (const ctf of readCtfFile(join(outDir, file))) {
        expect(ctf.header.sourceSchool).toMatchObject({ laCode: '999', urn: school.school.urn });
        pupils.push(ctf.pupil);
        for (const year of ctf.years) {
          marks.push(...year.marks.map(markKey));
          mismatches.push(...compareCtfTotals(year, year.marks));
        }
      }
      const withoutFlags = (row: CanonicalPupilRow) => ({ ...row, cin: '', cpp: '' });
      const byUpn = (a: CanonicalPupilRow, b: CanonicalPupilRow) => a.upn.localeCompare(b.upn);
      expect(pupils.sort(byUpn)).toEqual(csvPairPupils(school).map(withoutFlags).sort(byUpn));
      expect(marks.sort()).toEqual(csvPairMarks(school));
      expect(mismatches).toEqual([]);
    }
  });
});

describe('GIAS extract', () => {
  it('reads back schools.csv rows exactly', async () => {
    const file = await writeGiasExtract(plan, outDir);
    const read: string[] = [];
    for await (const { source: _source, ...row } of readGiasEstablishmentsFile(join(outDir, file), {
      laCode: '999',
      openOnly: true,
    })) {
      read.push([row.urn, row.laestab, row.name, row.phase, row.type].join(','));
    }
    expect(read.sort()).toEqual(plan.schools.map(schoolRow).sort());
  });
});
