import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SchoolCalendar,
  ageAtStartOfAcademicYear,
  dayOfWeek,
  defaultLaTermCalendar,
  isValidUpn,
  lookupRegisterCode,
  termConfigSchoolDays,
} from '@attendance/domain';
import type { SyntheticLaOptions } from '../options/synthetic-la-options.js';
import { planSyntheticLa } from '../school-plan/plan-synthetic-la.js';
import { MARKS_HEADER, PUPILS_HEADER, SCHOOLS_HEADER } from './csv-format.js';
import { MANIFEST_FILE, writeSyntheticLaExports, type SyntheticLaManifest } from './write-synthetic-la-exports.js';

const options: SyntheticLaOptions = {
  seed: 11,
  schools: 8,
  pupils: 2400,
  academicYear: 2024,
  asOf: '2025-02-14',
  amendedExports: true,
};
const NC_YEARS = ['N1', 'N2', 'R', ...Array.from({ length: 14 }, (_, index) => String(index + 1))];

type Row = Record<string, string>;

function parseCsv(text: string): { header: string; rows: Row[] } {
  const [header = '', ...lines] = text.split('\n');
  expect(text.endsWith('\n')).toBe(true);
  const columns = header.split(',');
  const rows = lines
    .filter((line) => line !== '')
    .map((line) => {
      const values = line.split(',');
      expect(values).toHaveLength(columns.length);
      return Object.fromEntries(columns.map((column, index) => [column, values[index] as string]));
    });
  return { header, rows };
}

let outDir = '';
let manifest: SyntheticLaManifest;
const read = async (file: string): Promise<{ header: string; rows: Row[] }> =>
  parseCsv(await readFile(join(outDir, file), 'utf8'));
const latestFile = (urn: string, kind: 'pupils' | 'marks'): string =>
  `${urn}_${options.asOf.replace(/-/g, '')}_${kind}.csv`;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'synthetic-la-'));
  manifest = await writeSyntheticLaExports(options, outDir);
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe(writeSyntheticLaExports.name, () => {
  it('writes schools.csv with synthetic identifiers and known phases and types', async () => {
    const { header, rows } = await read('schools.csv');
    expect(header).toBe(SCHOOLS_HEADER);
    expect(rows).toHaveLength(options.schools);
    for (const row of rows) {
      expect(row.urn).toMatch(/^9\d{5}$/);
      expect(row.laestab).toMatch(/^999\d{4}$/);
      expect(['Primary', 'Secondary', 'Special', 'All-through']).toContain(row.phase);
      expect(row.name).toMatch(/School|Academy|College/);
    }
  });

  it('writes a pupils file per school with the exact header and valid values', async () => {
    for (const school of manifest.perSchool) {
      const { header, rows } = await read(latestFile(school.urn, 'pupils'));
      expect(header).toBe(PUPILS_HEADER);
      expect(rows).toHaveLength(school.enrolments);
      for (const row of rows) {
        expect(isValidUpn(row.upn as string)).toBe(true);
        expect(NC_YEARS).toContain(row.nc_year);
        const ordinal = row.nc_year === 'R' ? 0 : row.nc_year === 'N2' ? -1 : Number(row.nc_year);
        expect(ageAtStartOfAcademicYear(row.date_of_birth as string, options.academicYear)).toBe(ordinal + 4);
        expect(['M', 'F']).toContain(row.sex);
        expect(row.ethnicity).toMatch(/^[A-Z]{4}$/);
        expect(['N', 'K', 'E']).toContain(row.sen_provision);
        for (const flag of ['fsm_eligible', 'eal', 'cla', 'cin', 'cpp']) expect(['Y', 'N']).toContain(row[flag]);
        expect(['C', 'M', 'S']).toContain(row.enrolment_status);
        expect(row.admission_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (row.leaving_date !== '') expect(row.leaving_date! >= row.admission_date!).toBe(true);
        if (row.leaving_date !== '') expect(row.leaving_date! <= options.asOf).toBe(true);
      }
    }
  });

  it('writes one mark per pupil per session, only inside the enrolment and only on term days', async () => {
    const termConfig = defaultLaTermCalendar(options.academicYear);
    const termDays = new Set(termConfigSchoolDays({ ...termConfig, insetDays: [] }));
    const laCalendar = SchoolCalendar.fromTermConfig(termConfig);
    for (const school of manifest.perSchool) {
      const pupils = new Map((await read(latestFile(school.urn, 'pupils'))).rows.map((row) => [row.upn as string, row]));
      const { header, rows } = await read(latestFile(school.urn, 'marks'));
      expect(header).toBe(MARKS_HEADER);
      expect(rows).toHaveLength(school.marks);
      const seen = new Set<string>();
      const marksByDate = new Map<string, Set<string>>();
      const sessionsByPupil = new Map<string, number>();
      for (const { upn = '', date = '', session = '', mark = '' } of rows) {
        const key = `${upn} ${date} ${session}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        const pupil = pupils.get(upn);
        expect(pupil).toBeDefined();
        expect(date >= (pupil?.admission_date as string)).toBe(true);
        if (pupil?.leaving_date) expect(date <= pupil.leaving_date).toBe(true);
        expect(date <= options.asOf).toBe(true);
        expect(termDays.has(date)).toBe(true);
        expect(dayOfWeek(date)).toBeLessThanOrEqual(5);
        expect(['AM', 'PM']).toContain(session);
        marksByDate.set(date, (marksByDate.get(date) ?? new Set()).add(mark));
        sessionsByPupil.set(upn, (sessionsByPupil.get(upn) ?? 0) + 1);
      }
      for (const [upn, sessions] of sessionsByPupil) {
        const pupil = pupils.get(upn) as Row;
        const last = pupil.leaving_date || options.asOf;
        const from = [...termDays].filter((day) => day >= (pupil.admission_date as string) && day <= last);
        expect(sessions).toBe(from.length * 2);
      }
      // '#' is a whole-school closure; a date the LA calendar does not count is one of the school's own days
      // (it moved an inset day) or one of its closures.
      for (const [date, marks] of marksByDate) {
        if (marks.has('#')) expect([...marks]).toEqual(['#']);
        if (!laCalendar.isSchoolDay(date)) expect(marks.size).toBeGreaterThan(0);
      }
      expect(school.firstDate).toBe([...marksByDate.keys()].sort()[0]);
      expect(school.lastDate).toBe(options.asOf);
    }
  });

  it('uses only codes valid for the session date', async () => {
    const checked = new Set<string>();
    for (const school of manifest.perSchool) {
      for (const { mark = '', date = '' } of (await read(latestFile(school.urn, 'marks'))).rows) {
        if (checked.has(`${mark} ${date}`)) continue;
        checked.add(`${mark} ${date}`);
        expect(() => lookupRegisterCode(mark, date)).not.toThrow();
      }
    }
    for (const code of ['/', '\\', 'L', 'U', 'I', 'M', 'O', 'N', 'G', 'E', '#', 'D']) {
      expect(manifest.totals.byCode[code]).toBeGreaterThan(0);
    }
  });

  it('lists every file in loading order and totals the latest exports', async () => {
    const written = (await readdir(outDir)).filter((file) => file !== MANIFEST_FILE).sort();
    expect([...manifest.files].sort()).toEqual(written);
    expect(manifest.files[0]).toBe('schools.csv');
    const dates = manifest.files.slice(1).map((file) => file.split('_')[1]);
    expect([...dates].sort()).toEqual(dates);
    expect(manifest.totals.marks).toBe(manifest.perSchool.reduce((sum, school) => sum + school.marks, 0));
    expect(Object.values(manifest.totals.byCode).reduce((sum, count) => sum + count, 0)).toBe(manifest.totals.marks);
    expect(manifest.laCode).toBe('999');
    expect(JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8'))).toEqual(manifest);
  });

  it('keeps dual registrations consistent: M at one school, S at the other, D for the sessions at the other school', async () => {
    const plan = planSyntheticLa(options);
    expect(plan.dualRegistrations.length).toBeGreaterThan(0);
    const urnOf = (index: number): string => plan.schools[index]?.urn as string;
    for (const dual of plan.dualRegistrations) {
      const load = async (urn: string): Promise<{ status: string; marks: Map<string, string> }> => {
        const pupil = (await read(latestFile(urn, 'pupils'))).rows.find((row) => row.upn === dual.upn);
        const marks = (await read(latestFile(urn, 'marks'))).rows.filter((row) => row.upn === dual.upn);
        return {
          status: pupil?.enrolment_status ?? '',
          marks: new Map(marks.map((row) => [`${row.date} ${row.session}`, row.mark as string])),
        };
      };
      const main = await load(urnOf(dual.mainSchoolIndex));
      const subsidiary = await load(urnOf(dual.subsidiarySchoolIndex));
      expect(main.status).toBe('M');
      expect(subsidiary.status).toBe('S');
      let shared = 0;
      for (const [session, subsidiaryMark] of subsidiary.marks) {
        const mainMark = main.marks.get(session);
        expect(mainMark).toBeDefined();
        if (mainMark === '#' || subsidiaryMark === '#' || mainMark === 'Y4' || subsidiaryMark === 'Y4') continue;
        expect((mainMark === 'D') !== (subsidiaryMark === 'D')).toBe(true);
        shared += 1;
      }
      if (subsidiary.marks.size > 0) expect(shared).toBeGreaterThan(0);
      for (const [session, mark] of main.marks) {
        if (!subsidiary.marks.has(session)) expect(mark).not.toBe('D');
      }
    }
  });

  it('writes an earlier export for some schools whose N marks the latest export amends', async () => {
    expect(manifest.earlierExports.length).toBeGreaterThan(0);
    let amended = 0;
    for (const earlier of manifest.earlierExports) {
      expect(earlier.exportDate).toBe('2025-02-07');
      expect(earlier.lastDate).toBe('2025-02-07');
      const prefix = `${earlier.urn}_20250207_`;
      const earlierMarks = (await read(`${prefix}marks.csv`)).rows;
      const latest = new Map(
        (await read(latestFile(earlier.urn, 'marks'))).rows.map((row) => [`${row.upn} ${row.date} ${row.session}`, row.mark]),
      );
      for (const row of earlierMarks) {
        const later = latest.get(`${row.upn} ${row.date} ${row.session}`);
        expect(later).toBeDefined();
        if (later !== row.mark) {
          expect(row.mark).toBe('N');
          amended += 1;
        }
      }
    }
    expect(amended).toBeGreaterThan(0);
  });

  it('leaves recent N marks unresolved and resolves most older ones', async () => {
    const laCalendar = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(options.academicYear));
    const recentFrom = laCalendar.schoolDaysBefore(options.asOf, 4)[0] as string;
    let recent = { n: 0, all: 0 };
    let older = { n: 0, all: 0 };
    for (const school of manifest.perSchool) {
      for (const { date = '', mark } of (await read(latestFile(school.urn, 'marks'))).rows) {
        const bucket = date >= recentFrom ? recent : older;
        bucket.all += 1;
        if (mark === 'N') bucket.n += 1;
      }
      recent = { ...recent };
      older = { ...older };
    }
    expect(recent.n / recent.all).toBeGreaterThan((5 * older.n) / older.all);
  });

  it('writes byte-identical files for the same options', async () => {
    const small: SyntheticLaOptions = { ...options, schools: 4, pupils: 800 };
    const [first, second] = [await mkdtemp(join(tmpdir(), 'synthetic-la-a-')), await mkdtemp(join(tmpdir(), 'synthetic-la-b-'))];
    try {
      await writeSyntheticLaExports(small, first as string);
      await writeSyntheticLaExports(small, second as string);
      const digest = async (dir: string): Promise<Record<string, string>> => {
        const files = (await readdir(dir)).sort();
        const hashes = await Promise.all(
          files.map(async (file) => createHash('sha256').update(await readFile(join(dir, file))).digest('hex')),
        );
        return Object.fromEntries(files.map((file, index) => [file, hashes[index] as string]));
      };
      const firstDigest = await digest(first as string);
      expect(Object.keys(firstDigest).length).toBeGreaterThan(5);
      expect(await digest(second as string)).toEqual(firstDigest);
    } finally {
      await rm(first as string, { recursive: true, force: true });
      await rm(second as string, { recursive: true, force: true });
    }
  });

  it('agrees with a later nightly export on every mark except reasons established since', async () => {
    const later = planSyntheticLa({ ...options, asOf: '2025-03-07' });
    const earlier = planSyntheticLa(options);
    const { generateSchool } = await import('../school/generate-school.js');
    const { exportedMarkRows } = await import('./export-view.js');
    const laterRows = new Map(
      [...exportedMarkRows(generateSchool(later, 0), later.latestExport, later.timeline.days)].map((row) => [
        `${row.upn} ${row.date} ${row.session}`,
        row.mark,
      ]),
    );
    let compared = 0;
    for (const row of exportedMarkRows(generateSchool(earlier, 0), earlier.latestExport, earlier.timeline.days)) {
      const laterMark = laterRows.get(`${row.upn} ${row.date} ${row.session}`);
      if (laterMark !== row.mark) expect(row.mark).toBe('N');
      compared += 1;
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
