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
import {
  MANIFEST_FILE,
  writeSyntheticLaExports,
  type SyntheticLaManifest,
} from './write-synthetic-la-exports.js';

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
type MarkRow = [upn: string, date: string, session: string, mark: string];

/** Splits a CSV file the generator wrote (no field needs quoting); rows with the wrong width are reported. */
function splitCsv(text: string): { header: string; lines: string[][]; badLines: string[] } {
  const [header = '', ...lines] = text.split('\n');
  const width = header.split(',').length;
  const rows = lines.filter((line) => line !== '').map((line) => line.split(','));
  return {
    header: text.endsWith('\n') ? header : `${header} (no final newline)`,
    lines: rows,
    badLines: rows.filter((row) => row.length !== width).map((row) => row.join(',')),
  };
}

let outDir = '';
let manifest: SyntheticLaManifest;
const cache = new Map<string, Promise<ReturnType<typeof splitCsv>>>();
const load = (file: string): Promise<ReturnType<typeof splitCsv>> => {
  let loaded = cache.get(file);
  if (!loaded) {
    loaded = readFile(join(outDir, file), 'utf8').then(splitCsv);
    cache.set(file, loaded);
  }
  return loaded;
};
async function readRows(file: string): Promise<{ header: string; rows: Row[] }> {
  const { header, lines, badLines } = await load(file);
  expect(badLines).toEqual([]);
  const columns = header.split(',');
  return {
    header,
    rows: lines.map((values) =>
      Object.fromEntries(columns.map((column, index) => [column, values[index] as string])),
    ),
  };
}
async function readMarks(file: string): Promise<{ header: string; rows: MarkRow[] }> {
  const { header, lines, badLines } = await load(file);
  expect(badLines).toEqual([]);
  return { header, rows: lines as MarkRow[] };
}
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
    const { header, rows } = await readRows('schools.csv');
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
    const problems: string[] = [];
    const check = (ok: boolean, what: string, row: Row): void => {
      if (!ok) problems.push(`${what}: ${JSON.stringify(row)}`);
    };
    for (const school of manifest.perSchool) {
      const { header, rows } = await readRows(latestFile(school.urn, 'pupils'));
      expect(header).toBe(PUPILS_HEADER);
      expect(rows).toHaveLength(school.enrolments);
      for (const row of rows) {
        const ordinal = row.nc_year === 'R' ? 0 : row.nc_year === 'N2' ? -1 : Number(row.nc_year);
        check(isValidUpn(row.upn as string), 'upn', row);
        check(NC_YEARS.includes(row.nc_year as string), 'nc_year', row);
        check(
          ageAtStartOfAcademicYear(row.date_of_birth as string, options.academicYear) === ordinal + 4,
          'age',
          row,
        );
        check(['M', 'F'].includes(row.sex as string), 'sex', row);
        check(/^[A-Z]{4}$/.test(row.ethnicity as string), 'ethnicity', row);
        check(['N', 'K', 'E'].includes(row.sen_provision as string), 'sen_provision', row);
        for (const flag of ['fsm_eligible', 'eal', 'cla', 'cin', 'cpp'])
          check(['Y', 'N'].includes(row[flag] as string), flag, row);
        check(['C', 'M', 'S'].includes(row.enrolment_status as string), 'enrolment_status', row);
        check(/^\d{4}-\d{2}-\d{2}$/.test(row.admission_date as string), 'admission_date', row);
        check(
          row.leaving_date === '' ||
            (row.leaving_date! >= row.admission_date! && row.leaving_date! <= options.asOf),
          'leaving_date',
          row,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes one mark per pupil per session, only inside the enrolment and only on term days', async () => {
    const termConfig = defaultLaTermCalendar(options.academicYear);
    const termDays = termConfigSchoolDays({ ...termConfig, insetDays: [] });
    const isTermDay = new Set(termDays);
    const problems: string[] = [];
    for (const school of manifest.perSchool) {
      const pupils = new Map(
        (await readRows(latestFile(school.urn, 'pupils'))).rows.map((row) => [row.upn as string, row]),
      );
      const { header, rows } = await readMarks(latestFile(school.urn, 'marks'));
      expect(header).toBe(MARKS_HEADER);
      expect(rows).toHaveLength(school.marks);
      const seen = new Set<string>();
      const marksByDate = new Map<string, Set<string>>();
      const sessionsByPupil = new Map<string, number>();
      for (const row of rows) {
        const [upn, date, session, mark] = row;
        const key = `${upn} ${date} ${session}`;
        const pupil = pupils.get(upn);
        if (seen.has(key)) problems.push(`duplicate ${key}`);
        seen.add(key);
        if (!pupil) problems.push(`no pupil for ${key}`);
        else if (
          date < (pupil.admission_date as string) ||
          (pupil.leaving_date && date > pupil.leaving_date)
        ) {
          problems.push(`outside enrolment ${key}`);
        }
        if (date > options.asOf || !isTermDay.has(date) || dayOfWeek(date) > 5)
          problems.push(`not a term day ${key}`);
        if (session !== 'AM' && session !== 'PM') problems.push(`session ${key}`);
        marksByDate.set(date, (marksByDate.get(date) ?? new Set()).add(mark));
        sessionsByPupil.set(upn, (sessionsByPupil.get(upn) ?? 0) + 1);
      }
      for (const [upn, sessions] of sessionsByPupil) {
        const pupil = pupils.get(upn) as Row;
        const last = pupil.leaving_date || options.asOf;
        const days = termDays.filter((day) => day >= (pupil.admission_date as string) && day <= last);
        if (sessions !== days.length * 2)
          problems.push(`${upn} has ${sessions} marks for ${days.length} days`);
      }
      // '#' closes the whole school: nobody has another mark that day.
      for (const [date, marks] of marksByDate) {
        if (marks.has('#') && marks.size > 1)
          problems.push(`${school.urn} ${date} mixes # with ${[...marks]}`);
      }
      // The school's own register (its days less its closures) keeps as many pupil days as the LA calendar.
      const registerDays = [...marksByDate.keys()];
      const closures = registerDays.filter((date) => marksByDate.get(date)?.has('#'));
      const own = SchoolCalendar.fromRegisterDays(registerDays, closures).allSchoolDays();
      const la = SchoolCalendar.fromTermConfig(termConfig).schoolDays(termDays[0] as string, options.asOf);
      expect(Math.abs(own.length - la.length)).toBeLessThanOrEqual(3);
      expect(school.firstDate).toBe(registerDays.sort()[0]);
      expect(school.lastDate).toBe(options.asOf);
    }
    expect(problems).toEqual([]);
  });

  it('uses only codes valid for the session date', async () => {
    const markDates = new Set<string>();
    for (const school of manifest.perSchool) {
      for (const [, date, , mark] of (await readMarks(latestFile(school.urn, 'marks'))).rows)
        markDates.add(`${mark} ${date}`);
    }
    const invalid = [...markDates].filter((markDate) => {
      const [mark = '', date = ''] = markDate.split(' ');
      try {
        lookupRegisterCode(mark, date);
        return false;
      } catch {
        return true;
      }
    });
    expect(invalid).toEqual([]);
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
    expect(Object.values(manifest.totals.byCode).reduce((sum, count) => sum + count, 0)).toBe(
      manifest.totals.marks,
    );
    expect(manifest.laCode).toBe('999');
    expect(JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8'))).toEqual(manifest);
  });

  it('keeps dual registrations consistent: M at one school, S at the other, D for the sessions at the other school', async () => {
    const plan = planSyntheticLa(options);
    expect(plan.dualRegistrations.length).toBeGreaterThan(0);
    const urnOf = (index: number): string => plan.schools[index]?.urn as string;
    const problems: string[] = [];
    for (const dual of plan.dualRegistrations) {
      const enrolment = async (urn: string): Promise<{ status: string; marks: Map<string, string> }> => {
        const pupil = (await readRows(latestFile(urn, 'pupils'))).rows.find((row) => row.upn === dual.upn);
        const marks = (await readMarks(latestFile(urn, 'marks'))).rows.filter(([upn]) => upn === dual.upn);
        return {
          status: pupil?.enrolment_status ?? '',
          marks: new Map(marks.map(([, date, session, mark]) => [`${date} ${session}`, mark])),
        };
      };
      const main = await enrolment(urnOf(dual.mainSchoolIndex));
      const subsidiary = await enrolment(urnOf(dual.subsidiarySchoolIndex));
      expect(main.status).toBe('M');
      expect(subsidiary.status).toBe('S');
      for (const [session, subsidiaryMark] of subsidiary.marks) {
        const mainMark = main.marks.get(session);
        if (mainMark === undefined) problems.push(`${dual.upn} ${session} only at the subsidiary school`);
        else if (![mainMark, subsidiaryMark].some((mark) => mark === '#' || mark === 'Y4')) {
          if ((mainMark === 'D') === (subsidiaryMark === 'D'))
            problems.push(`${dual.upn} ${session}: ${mainMark} / ${subsidiaryMark}`);
        }
      }
      for (const [session, mark] of main.marks) {
        if (!subsidiary.marks.has(session) && mark === 'D')
          problems.push(`${dual.upn} ${session}: D before the dual registration`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes an earlier export for some schools whose N marks the latest export amends', async () => {
    expect(manifest.earlierExports.length).toBeGreaterThan(0);
    let amended = 0;
    const problems: string[] = [];
    for (const earlier of manifest.earlierExports) {
      expect(earlier.exportDate).toBe('2025-02-07');
      expect(earlier.lastDate).toBe('2025-02-07');
      const latest = new Map(
        (await readMarks(latestFile(earlier.urn, 'marks'))).rows.map(([upn, date, session, mark]) => [
          `${upn} ${date} ${session}`,
          mark,
        ]),
      );
      for (const [upn, date, session, mark] of (await readMarks(`${earlier.urn}_20250207_marks.csv`)).rows) {
        const later = latest.get(`${upn} ${date} ${session}`);
        if (later === undefined) problems.push(`${upn} ${date} ${session} missing from the latest export`);
        else if (later !== mark) {
          if (mark !== 'N') problems.push(`${upn} ${date} ${session}: ${mark} became ${later}`);
          amended += 1;
        }
      }
    }
    expect(problems).toEqual([]);
    expect(amended).toBeGreaterThan(0);
  });

  it('leaves recent N marks unresolved and resolves most older ones', async () => {
    const laCalendar = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(options.academicYear));
    const recentFrom = laCalendar.schoolDaysBefore(options.asOf, 4)[0] as string;
    const recent = { n: 0, all: 0 };
    const older = { n: 0, all: 0 };
    for (const school of manifest.perSchool) {
      for (const [, date, , mark] of (await readMarks(latestFile(school.urn, 'marks'))).rows) {
        const bucket = date >= recentFrom ? recent : older;
        bucket.all += 1;
        if (mark === 'N') bucket.n += 1;
      }
    }
    expect(recent.n / recent.all).toBeGreaterThan((5 * older.n) / older.all);
  });

  it('writes byte-identical files for the same options', async () => {
    const small: SyntheticLaOptions = { ...options, schools: 4, pupils: 800 };
    const [first, second] = [
      await mkdtemp(join(tmpdir(), 'synthetic-la-a-')),
      await mkdtemp(join(tmpdir(), 'synthetic-la-b-')),
    ];
    try {
      await writeSyntheticLaExports(small, first as string);
      await writeSyntheticLaExports(small, second as string);
      const digest = async (dir: string): Promise<Record<string, string>> => {
        const files = (await readdir(dir)).sort();
        const hashes = await Promise.all(
          files.map(async (file) =>
            createHash('sha256')
              .update(await readFile(join(dir, file)))
              .digest('hex'),
          ),
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
    for (const row of exportedMarkRows(
      generateSchool(earlier, 0),
      earlier.latestExport,
      earlier.timeline.days,
    )) {
      const laterMark = laterRows.get(`${row.upn} ${row.date} ${row.session}`);
      if (laterMark !== row.mark) expect(row.mark).toBe('N');
      compared += 1;
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('writeSyntheticLaExports with formats', () => {
  let mixedDir = '';
  let mixed: SyntheticLaManifest;
  const mixedOptions: SyntheticLaOptions = {
    ...options,
    schools: 5,
    pupils: 600,
    formats: { exports: 'mixed', schools: 'gias' },
  };

  beforeAll(async () => {
    mixedDir = await mkdtemp(join(tmpdir(), 'synthetic-la-mixed-'));
    mixed = await writeSyntheticLaExports(mixedOptions, mixedDir);
  });
  afterAll(async () => {
    await rm(mixedDir, { recursive: true, force: true });
  });

  it('writes each school in its turn of the formats, and a GIAS extract for the schools', async () => {
    const plan = planSyntheticLa(mixedOptions);
    const stamp = options.asOf.replace(/-/g, '');
    const latest = plan.schools.map((school) =>
      mixed.files.filter((file) => file.startsWith(school.urn) || file.startsWith(school.laestab)),
    );
    expect(latest[0]).toContain(`${plan.schools[0]?.urn}_${stamp}_marks.csv`);
    expect(latest[1]).toContain(`${plan.schools[1]?.urn}_${stamp}_marks-string.csv`);
    expect(latest[1]).toContain(`${plan.schools[1]?.urn}_${stamp}_pupils.csv`);
    expect(latest[2]).toEqual(expect.arrayContaining([`${plan.schools[2]?.urn}_${stamp}_ctf.xml`]));
    expect(latest[3]?.at(-1)).toMatch(new RegExp(`^${plan.schools[3]?.laestab}_CTF_999LLLL_00[12]\\.xml$`));
    expect(latest[4]).toContain(`${plan.schools[4]?.urn}_${stamp}_marks.csv`);
    expect(mixed.files[0]).toBe(`edubasealldata${stamp}.csv`);
    const written = (await readdir(mixedDir)).filter((file) => file !== MANIFEST_FILE).sort();
    expect([...mixed.files].sort()).toEqual(written);
    expect(written).not.toContain('schools.csv');
  });

  it('changes only how the exports are written: the totals are those of the CSV pair', async () => {
    const csvDir = await mkdtemp(join(tmpdir(), 'synthetic-la-csv-'));
    try {
      const { formats: _formats, ...csvOptions } = mixedOptions;
      const csv = await writeSyntheticLaExports(csvOptions, csvDir);
      expect([mixed.totals, mixed.perSchool, mixed.earlierExports]).toEqual([
        csv.totals,
        csv.perSchool,
        csv.earlierExports,
      ]);
      expect(mixed.options.formats).toEqual({ exports: 'mixed', schools: 'gias' });
      expect(csv.options).not.toHaveProperty('formats');
    } finally {
      await rm(csvDir, { recursive: true, force: true });
    }
  });
});
