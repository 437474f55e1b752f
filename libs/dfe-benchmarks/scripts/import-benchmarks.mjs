// @ts-check
/**
 * Regenerates `src/generated/*.ts` from the published DfE files in ../shared/benchmarks (see the README there).
 *
 *   node libs/dfe-benchmarks/scripts/import-benchmarks.mjs [--source <dir>] [--out <dir>]
 *
 * Only the columns the product compares with are kept. Numbers are written as the shortest JavaScript literal
 * of the published value, so unrounded rates stay unrounded; DfE symbols (c, x, z, k, low, ., -) stay symbols.
 * Every module records the SHA-256 of its source file and of this script, and starts with the SHA-256 of its
 * own content, so a test can tell a hand edit or a script change that was not followed by a re-run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const SCRIPT_PATH = fileURLToPath(import.meta.url);
const LIBRARY_ROOT = resolve(dirname(SCRIPT_PATH), '..');
const DEFAULT_SOURCE_DIR = resolve(LIBRARY_ROOT, '../../../shared/benchmarks');
const DEFAULT_OUT_DIR = join(LIBRARY_ROOT, 'src', 'generated');

/** @typedef {'Primary' | 'Secondary' | 'Special' | 'Total'} Phase */
/** @typedef {number | string | null} Figure  a value, a DfE symbol, or null where the source has no figure */
/** @typedef {[string, Phase, ...Figure[]]} Row  area code, phase, figures in the table's column order */
/** @typedef {[string, Figure[] | null, Figure[] | null, Figure[] | null, Figure[] | null]} AreaRow */
/**
 * @typedef {object} Table
 * @property {string} academicYear
 * @property {string} period
 * @property {{ year: number, week: number } | null} toWeek
 * @property {string | null} totalBasis
 * @property {string | null} socialCareGroup
 * @property {string[]} columns
 * @property {AreaRow[]} rows  one per area: code, then each phase's figures (PHASES order) or null
 */
/**
 * @typedef {object} Source
 * @property {string} dataset
 * @property {string} file
 * @property {string} sha256
 * @property {string} origin
 * @property {string} publication
 * @property {string} url
 * @property {Table[]} tables
 */
/** @typedef {{ code: string, oldCode: string, name: string, regionCode: string, current: boolean }} LocalAuthority */
/**
 * @typedef {object} Areas
 * @property {{ code: string, name: string }} england
 * @property {{ code: string, name: string }[]} regions
 * @property {LocalAuthority[]} localAuthorities
 */
/** @typedef {{ values: Record<string, string>, line: number }} CsvRecord */
/** @typedef {(file: string) => string} ReadSource */
/** @typedef {{ file: string, areaCode: string, record: CsvRecord, name: string, oldCode: string, regionCode: string }} LaEntry */

/** The symbols the DfE files use instead of a number (README in ../shared/benchmarks; `-` is LAIT's gap). */
const DFE_SYMBOLS = ['c', 'x', 'z', 'k', 'low', '.', '-'];

/** @type {Phase[]} */
const PHASES = ['Primary', 'Secondary', 'Special', 'Total'];

const ENGLAND = { code: 'E92000001', name: 'England' };

const DAILY_PUBLICATION = {
  publication: 'Pupil attendance in schools',
  url: 'https://explore-education-statistics.service.gov.uk/find-statistics/pupil-attendance-in-schools',
};
const CENSUS_PUBLICATION = {
  publication: 'Pupil absence in schools in England, via the Local Authority Interactive Tool',
  url: 'https://explore-education-statistics.service.gov.uk/find-statistics/pupil-absence-in-schools-in-england',
};
const SOCIAL_CARE_PUBLICATION = {
  publication:
    'Outcomes for children in need, including children looked after by local authorities in England',
  url: 'https://explore-education-statistics.service.gov.uk/find-statistics/outcomes-for-children-in-need-including-children-looked-after-by-local-authorities-in-england',
};

/**
 * The daily attendance files: which year and period each holds (the files say the year and term, not the
 * week a year-to-date file runs to: that comes from the file name, in DfE release weeks = calendar weeks).
 */
export const DAILY_ATTENDANCE_FILES = [
  {
    file: 'ytd_202425_final.csv',
    module: 'daily-attendance-2024-25-full-year',
    academicYear: '2024/25',
    period: 'full-year',
    timeIdentifier: 'Academic year',
    phaseColumn: 'school_type',
    toWeek: null,
    origin: 'dfe-analytical-services/attendance-data-dashboard @ f9c6744c7df0 : data/EES_ytd_data.csv',
  },
  {
    file: 'autumn_term_202425.csv',
    module: 'daily-attendance-2024-25-autumn-term',
    academicYear: '2024/25',
    period: 'autumn-term',
    timeIdentifier: 'Autumn term',
    phaseColumn: 'school_type',
    toWeek: null,
    origin: 'dfe-analytical-services/attendance-data-dashboard @ f9c6744c7df0 : data/EES_aut_data.csv',
  },
  {
    file: 'spring_term_202425.csv',
    module: 'daily-attendance-2024-25-spring-term',
    academicYear: '2024/25',
    period: 'spring-term',
    timeIdentifier: 'Spring term',
    phaseColumn: 'school_type',
    toWeek: null,
    origin: 'dfe-analytical-services/attendance-data-dashboard @ f9c6744c7df0 : data/EES_spr_data.csv',
  },
  {
    file: 'summer_term_202425.csv',
    module: 'daily-attendance-2024-25-summer-term',
    academicYear: '2024/25',
    period: 'summer-term',
    timeIdentifier: 'Summer term',
    phaseColumn: 'school_type',
    toWeek: null,
    origin: 'dfe-analytical-services/attendance-data-dashboard @ f9c6744c7df0 : data/EES_sum_data.csv',
  },
  {
    file: 'ytd_202526_to_week26.csv',
    module: 'daily-attendance-2025-26-year-to-date',
    academicYear: '2025/26',
    period: 'year-to-date',
    timeIdentifier: 'Academic year',
    phaseColumn: 'education_phase',
    toWeek: { year: 2026, week: 26 },
    origin: 'dfe-analytical-services/attendance-data-dashboard @ 625dbfe1b399 : data/EES_ytd_data.csv',
  },
];

/** Daily attendance columns kept: [source column, generated column]. Counts of each code are left out. */
/** @type {[string, string][]} */
const DAILY_COLUMNS = [
  ['enrolments', 'enrolments'],
  ['possible_sessions', 'possibleSessions'],
  ['attendance_perc', 'attendancePercent'],
  ['overall_absence_perc', 'overallAbsencePercent'],
  ['authorised_absence_perc', 'authorisedAbsencePercent'],
  ['unauthorised_absence_perc', 'unauthorisedAbsencePercent'],
  ['pa_perc', 'persistentAbsencePercent'],
  ['illness_perc', 'illness'],
  ['appointments_perc', 'medicalDental'],
  ['auth_religious_perc', 'religiousObservance'],
  ['auth_study_perc', 'studyLeave'],
  ['auth_mob_perc', 'mobileChild'],
  ['auth_excluded_perc', 'excluded'],
  ['auth_performance_perc', 'regulatedPerformance'],
  ['auth_interview_perc', 'interview'],
  ['auth_part_time_perc', 'temporaryReducedTimetable'],
  ['auth_other_perc', 'otherAuthorised'],
  ['unauth_hol_perc', 'unauthorisedHoliday'],
  ['unauth_oth_perc', 'otherUnauthorised'],
  ['unauth_late_registers_closed_perc', 'lateAfterRegistersClosed'],
  ['unauth_not_yet_perc', 'noReasonYet'],
];

/**
 * The weekly persistent absence file is kept only at the weeks a year-to-date daily file runs to: the same point
 * last year is what a year-to-date figure is compared with (a full year's PA is higher than part of a year's).
 */
const PERSISTENT_ABSENCE_WEEKS_KEPT = DAILY_ATTENDANCE_FILES.flatMap((spec) =>
  spec.toWeek ? [spec.toWeek.week] : [],
);

const PERSISTENT_ABSENCE_BY_WEEK_FILE = {
  file: 'pa_ytd_202425_by_week.csv',
  module: 'daily-persistent-absence-2024-25-by-week',
  academicYear: '2024/25',
  calendarYear: 2025,
  origin:
    'dfe-analytical-services/hackathon-2025-persistent-absence-explorer @ ee90f633a9c3 : data/week_29_persistent_absence.csv',
};

const CENSUS_FILE = {
  file: 'lait_la_absence_rates_2016-2025.csv',
  dictionary: 'lait_data_dictionary_absence_rows.csv',
  module: 'census-absence-rates',
  origin:
    'dfe-analytical-services/local-authority-interactive-tool @ 2e30e3959a6a : 01_data/02_prod/bds_long_0.parquet',
};

/** LAIT measure codes kept: code -> [phase, generated column]. */
/** @type {Record<string, [Phase, string]>} */
const CENSUS_MEASURES = {
  PriTotAbs: ['Primary', 'overallAbsencePercent'],
  PriAuth: ['Primary', 'authorisedAbsencePercent'],
  PriUnauth: ['Primary', 'unauthorisedAbsencePercent'],
  SFPriPerAbNew: ['Primary', 'persistentAbsencePercent'],
  SFPriSevPerAbNew: ['Primary', 'severeAbsencePercent'],
  SecTotAbs: ['Secondary', 'overallAbsencePercent'],
  SecAuth: ['Secondary', 'authorisedAbsencePercent'],
  SecUnauth: ['Secondary', 'unauthorisedAbsencePercent'],
  SFSecPerAbNew: ['Secondary', 'persistentAbsencePercent'],
  SFSecSevPerAbNew: ['Secondary', 'severeAbsencePercent'],
  total_absence_special: ['Special', 'overallAbsencePercent'],
  authorised_absence_special: ['Special', 'authorisedAbsencePercent'],
  unauthorised_absence_special: ['Special', 'unauthorisedAbsencePercent'],
  SpecPerAbNew: ['Special', 'persistentAbsencePercent'],
  SpecSevPerAbNew: ['Special', 'severeAbsencePercent'],
  TotAbs: ['Total', 'overallAbsencePercent'],
  TotPerAbNew: ['Total', 'persistentAbsencePercent'],
  TotSevPerAbNew: ['Total', 'severeAbsencePercent'],
};
/** LAIT measure codes left out on purpose, with why. Any other code is an error, so nothing drops silently. */
const CENSUS_MEASURES_LEFT_OUT = {
  '4yrAbsence': 'four-year-olds are below compulsory school age; the product compares the statutory cohort',
  CINPermAbsent_3Term:
    'children in need are shipped from the social care file, by phase and with its symbols',
};
const CENSUS_COLUMNS = [
  'overallAbsencePercent',
  'authorisedAbsencePercent',
  'unauthorisedAbsencePercent',
  'persistentAbsencePercent',
  'severeAbsencePercent',
];
/** LAIT numbers these areas; Inner and Outer London are sub-regions the product does not compare with. */
const LAIT_ENGLAND_NUMBER = '970';
const LAIT_SUB_REGION_NUMBERS = ['987', '988'];
const LAIT_FIRST_REGION_NUMBER = 980;

const SOCIAL_CARE_FILE = {
  file: 'social_care_groups_nat_reg_la_201819-202425.csv',
  module: 'census-social-care-groups',
  origin: 'dfe-analytical-services/CSC_outcomes_and_enablers @ 2f5d11a43105 : data-raw/absence_la.csv',
};
/** Earlier years are left out to keep the shipped data small (the file starts in 2018/19). */
const SOCIAL_CARE_FIRST_ACADEMIC_YEAR = '2022/23';
/** @type {Record<string, string>} */
const SOCIAL_CARE_GROUPS = {
  'CINO at 31 March': 'CIN',
  'CPPO at 31 March': 'CPP',
  'CLA 12 months at 31 March': 'CLA',
};
/** Alternative provision is left out (the product compares primary, secondary and special schools). */
/** @type {Record<string, Phase | null>} */
const SOCIAL_CARE_PHASES = {
  'State-funded primary': 'Primary',
  'State-funded secondary': 'Secondary',
  Special: 'Special',
  Total: 'Total',
  'State-funded alternative provision school': null,
};
/** @type {[string, string][]} */
const SOCIAL_CARE_COLUMNS = [
  ['t_pupils', 'pupils'],
  ['pt_overall', 'overallAbsencePercent'],
  ['pt_sess_authorised', 'authorisedAbsencePercent'],
  ['pt_sess_unauthorised', 'unauthorisedAbsencePercent'],
  ['pt_pupils_pa_10_exact', 'persistentAbsencePercent'],
  ['pt_pupils_pa_50_exact', 'severeAbsencePercent'],
];

/** A published value as a number, or the DfE symbol as published; anything else names where it was. */
export function readFigure(/** @type {string} */ text, /** @type {string} */ where) {
  const trimmed = text.trim();
  if (DFE_SYMBOLS.includes(trimmed)) return trimmed;
  if (/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return Number(trimmed);
  throw new Error(`${where}: value "${text}", expected a number or a DfE symbol (${DFE_SYMBOLS.join(' ')})`);
}

/** Parses a CSV with a header row (byte-order mark dropped) into records that know their line. */
export function readCsv(
  /** @type {string} */ text,
  /** @type {string} */ file,
  /** @type {string[]} */ required,
) {
  const parsed = /** @type {{ record: string[], info: { lines: number } }[]} */ (
    /** @type {unknown} */ (parse(text, { bom: true, info: true, skip_empty_lines: true }))
  );
  const [header, ...body] = parsed;
  if (header === undefined) throw new Error(`${file}: empty file, expected a header row`);
  const names = header.record.map((name) => name.trim());
  const missing = required.find((name) => !names.includes(name));
  if (missing !== undefined) {
    throw new Error(`${file} line 1: no column "${missing}" (expected ${required.join(', ')})`);
  }
  return body.map(({ record, info }) => {
    /** @type {Record<string, string>} */
    const values = {};
    names.forEach((name, index) => (values[name] = record[index] ?? ''));
    return { values, line: info.lines };
  });
}

function where(/** @type {string} */ file, /** @type {CsvRecord} */ record, /** @type {string} */ column) {
  return `${file} line ${record.line} column ${column}`;
}

function expectValue(
  /** @type {string} */ file,
  /** @type {CsvRecord} */ record,
  /** @type {string} */ column,
  /** @type {string[]} */ allowed,
) {
  const value = record.values[column] ?? '';
  if (!allowed.includes(value)) {
    throw new Error(`${where(file, record, column)}: value "${value}", expected ${allowed.join(' or ')}`);
  }
  return value;
}

/** Where a row of each geographic level keeps its area code, and what that GSS code looks like. */
/** @type {Record<string, { column: string, pattern: RegExp }>} */
const AREA_CODES = {
  National: { column: 'country_code', pattern: /^E92\d{6}$/ },
  Regional: { column: 'region_code', pattern: /^E1[23]\d{6}$/ },
  'Local authority': { column: 'new_la_code', pattern: /^E\d{8}$/ },
};

/** The area code of a row by its geographic level: E92 England, E12 (E13: inner/outer London) region, LA. */
function areaCodeOf(/** @type {string} */ file, /** @type {CsvRecord} */ record) {
  const level = expectValue(file, record, 'geographic_level', Object.keys(AREA_CODES));
  const { column, pattern } = /** @type {{ column: string, pattern: RegExp }} */ (AREA_CODES[level]);
  const code = record.values[column] ?? '';
  if (!pattern.test(code)) {
    throw new Error(`${where(file, record, column)}: value "${code}", expected a ${level} GSS code`);
  }
  return code;
}

/** One row per area and phase in each table: a second is an error rather than a silent overwrite. */
function addRow(/** @type {Map<string, Row>} */ rows, /** @type {Row} */ row, /** @type {string} */ place) {
  const key = `${row[0]} ${row[1]}`;
  if (rows.has(key)) throw new Error(`${place}: a second row for ${row[0]} ${row[1]}`);
  rows.set(key, row);
}

/**
 * One line per area: its code, then the figures of each phase in PHASES order, or null where the source has no
 * row for that phase (e.g. an LA without a special school). Sorted by code so re-imports diff cleanly.
 */
function areaRows(/** @type {Iterable<Row>} */ rows) {
  /** @type {Map<string, AreaRow>} */
  const byArea = new Map();
  for (const [code, phase, ...figures] of rows) {
    const areaRow = byArea.get(code) ?? /** @type {AreaRow} */ ([code, null, null, null, null]);
    areaRow[PHASES.indexOf(phase) + 1] = figures;
    byArea.set(code, areaRow);
  }
  return [...byArea.values()].sort((a, b) => a[0].localeCompare(b[0]));
}

function numberIn(/** @type {CsvRecord} */ record, /** @type {string} */ column) {
  const value = Number(record.values[column]);
  return Number.isFinite(value) ? value : null;
}

/**
 * How the file's Total rows were formed, read from the figures rather than assumed: each Total's overall
 * absence rate is either its phases' sessions pooled or its phases' rates weighted by census enrolments
 * (`total_enrolments`). Every Total whose phases are all published must agree, else the file is not understood.
 * @param {string} file
 * @param {{ areaCode: string, phase: string, record: CsvRecord }[]} entries
 */
export function detectTotalBasis(file, entries) {
  /** @type {Map<string, Map<string, CsvRecord>>} */
  const byArea = new Map();
  for (const { areaCode, phase, record } of entries) {
    const phases = byArea.get(areaCode) ?? new Map();
    phases.set(phase, record);
    byArea.set(areaCode, phases);
  }
  /** @type {Set<string>} */
  const bases = new Set();
  for (const [areaCode, phases] of byArea) {
    const total = phases.get('Total');
    const parts = ['Primary', 'Secondary', 'Special'].map((phase) => phases.get(phase));
    if (total === undefined) continue;
    const rate = numberIn(total, 'overall_absence_perc');
    const figures = parts.map((part) =>
      part === undefined
        ? null
        : {
            absence: numberIn(part, 'overall_absence'),
            possible: numberIn(part, 'possible_sessions'),
            rate: numberIn(part, 'overall_absence_perc'),
            censusEnrolments: numberIn(part, 'total_enrolments'),
          },
    );
    if (rate === null || figures.some((f) => f === null || Object.values(f).some((v) => v === null))) {
      continue;
    }
    const known =
      /** @type {{ absence: number, possible: number, rate: number, censusEnrolments: number }[]} */ (
        figures
      );
    const sum = (/** @type {(f: (typeof known)[number]) => number} */ pick) =>
      known.reduce((total, f) => total + pick(f), 0);
    const pooled = (100 * sum((f) => f.absence)) / sum((f) => f.possible);
    const weighted = sum((f) => f.rate * f.censusEnrolments) / sum((f) => f.censusEnrolments);
    const close = (/** @type {number} */ value) => Math.abs(value - rate) < 1e-9;
    if (close(pooled) && !close(weighted)) bases.add('pooled-sessions');
    else if (close(weighted) && !close(pooled)) bases.add('phase-rates-weighted-by-census-enrolments');
    else {
      throw new Error(
        `${file} line ${total.line}: Total overall absence ${rate} for ${areaCode} is neither its phases pooled ` +
          `(${pooled}) nor weighted by census enrolments (${weighted})`,
      );
    }
  }
  if (bases.size > 1) {
    throw new Error(`${file}: Total rows formed in more than one way (${[...bases].join(', ')})`);
  }
  const [basis] = bases;
  return basis ?? null;
}

/** @returns {{ source: Source, entries: LaEntry[], regions: { code: string, name: string }[] }} */
function convertDailyAttendance(
  /** @type {(typeof DAILY_ATTENDANCE_FILES)[number]} */ spec,
  /** @type {string} */ text,
) {
  const file = spec.file;
  const phaseColumn = spec.phaseColumn;
  const records = readCsv(text, file, [
    'time_period',
    'time_identifier',
    'geographic_level',
    phaseColumn,
    'overall_absence',
    'total_enrolments',
    ...DAILY_COLUMNS.map(([column]) => column),
  ]);
  const timePeriod = spec.academicYear.replace('/', '');
  /** @type {Map<string, Row>} */
  const rows = new Map();
  const phased = [];
  const laEntries = [];
  const regions = [];
  for (const record of records) {
    expectValue(file, record, 'time_period', [timePeriod]);
    expectValue(file, record, 'time_identifier', [spec.timeIdentifier]);
    const phase = /** @type {Phase} */ (
      expectValue(file, record, phaseColumn, ['Primary', 'Secondary', 'Special', 'Total'])
    );
    const areaCode = areaCodeOf(file, record);
    const figures = DAILY_COLUMNS.map(([column]) =>
      readFigure(record.values[column] ?? '', where(file, record, column)),
    );
    addRow(rows, [areaCode, phase, ...figures], `${file} line ${record.line}`);
    phased.push({ areaCode, phase, record });
    if (record.values.geographic_level === 'Regional') {
      regions.push({ code: areaCode, name: record.values.region_name ?? '' });
    }
    if (record.values.geographic_level === 'Local authority') {
      laEntries.push({
        file,
        areaCode,
        record,
        name: record.values.la_name ?? '',
        oldCode: record.values.old_la_code ?? '',
        regionCode: record.values.region_code ?? '',
      });
    }
  }
  return {
    source: {
      dataset: 'daily-attendance',
      file,
      sha256: sha256(text),
      origin: spec.origin,
      ...DAILY_PUBLICATION,
      tables: [
        {
          academicYear: spec.academicYear,
          period: spec.period,
          toWeek: spec.toWeek,
          totalBasis: detectTotalBasis(file, phased),
          socialCareGroup: null,
          columns: DAILY_COLUMNS.map(([, column]) => column),
          rows: areaRows(rows.values()),
        },
      ],
    },
    entries: laEntries,
    regions,
  };
}

/**
 * Persistent absence year to date at each fortnightly release of 2024/25. Its "All schools" rows are read as
 * Totals formed like the 2024/25 full-year file's (the week 30 release equals that file's pa_perc to 2 dp).
 */
function convertPersistentAbsenceByWeek(/** @type {string} */ text) {
  const spec = PERSISTENT_ABSENCE_BY_WEEK_FILE;
  const file = spec.file;
  const records = readCsv(text, file, [
    'time_period',
    'time_identifier',
    'time_frame',
    'geographic_level',
    'education_phase',
    'persistent_absence_percent',
  ]);
  /** @type {Map<number, Map<string, Row>>} */
  const weeks = new Map();
  for (const record of records) {
    expectValue(file, record, 'time_period', [String(spec.calendarYear)]);
    expectValue(file, record, 'time_frame', ['Year to date']);
    const match = /^Week (\d{1,2})$/.exec(record.values.time_identifier ?? '');
    if (match === null) {
      throw new Error(
        `${where(file, record, 'time_identifier')}: value "${record.values.time_identifier}", expected "Week N"`,
      );
    }
    const week = Number(match[1]);
    if (!PERSISTENT_ABSENCE_WEEKS_KEPT.includes(week)) continue;
    const published = expectValue(file, record, 'education_phase', [
      'Primary',
      'Secondary',
      'Special',
      'All schools',
    ]);
    const phase = /** @type {Phase} */ (published === 'All schools' ? 'Total' : published);
    const column = 'persistent_absence_percent';
    const rows = weeks.get(week) ?? new Map();
    const figure = readFigure(record.values[column] ?? '', where(file, record, column));
    addRow(rows, [areaCodeOf(file, record), phase, figure], `${file} line ${record.line}`);
    weeks.set(week, rows);
  }
  return {
    dataset: 'daily-persistent-absence-by-week',
    file,
    sha256: sha256(text),
    origin: spec.origin,
    ...DAILY_PUBLICATION,
    tables: [...weeks.keys()]
      .sort((a, b) => a - b)
      .map((week) => ({
        academicYear: spec.academicYear,
        period: 'year-to-date',
        toWeek: { year: spec.calendarYear, week },
        totalBasis: 'phase-rates-weighted-by-census-enrolments',
        socialCareGroup: null,
        columns: ['persistentAbsencePercent'],
        rows: areaRows(weeks.get(week)?.values() ?? []),
      })),
  };
}

/** The academic year a summer year ends (2025 -> "2024/25"). */
function academicYearEnding(/** @type {number} */ summerYear) {
  return `${summerYear - 1}/${String(summerYear % 100).padStart(2, '0')}`;
}

function normalisedName(/** @type {string} */ name) {
  return name.trim().toLowerCase();
}

/**
 * Annual census rates from LAIT, keyed to the GSS codes of the daily files: LAs by their 3-digit number,
 * regions by name, England by LAIT's number 970. A row with no figure at all ("-" throughout) is left out, and
 * so is a year with no figures (2019/20: no census absence figures were published), so a lookup answers
 * undefined rather than a row of gaps.
 */
function convertCensus(
  /** @type {string} */ text,
  /** @type {string} */ dictionaryText,
  /** @type {Areas} */ areas,
) {
  const spec = CENSUS_FILE;
  const file = spec.file;
  const described = new Set(
    readCsv(dictionaryText, spec.dictionary, ['Measure_short']).map((record) => record.values.Measure_short),
  );
  const records = readCsv(text, file, ['la_number', 'la_and_regions', 'short_desc', 'years', 'value']);
  const laByOldCode = new Map(areas.localAuthorities.map((la) => [la.oldCode, la.code]));
  const regionByName = new Map(areas.regions.map((region) => [normalisedName(region.name), region.code]));
  /** @type {Map<string, Map<string, Figure[]>>} year -> "code phase" -> figures */
  const years = new Map();
  for (const record of records) {
    const measure = record.values.short_desc ?? '';
    if (!described.has(measure)) {
      throw new Error(
        `${where(file, record, 'short_desc')}: value "${measure}", expected a measure in ${spec.dictionary}`,
      );
    }
    if (measure in CENSUS_MEASURES_LEFT_OUT) continue;
    const kept = CENSUS_MEASURES[measure];
    if (kept === undefined) {
      throw new Error(
        `${where(file, record, 'short_desc')}: value "${measure}", expected one of the measures this script knows`,
      );
    }
    const number = /^(\d{3})(\.0)?$/.exec(record.values.la_number ?? '')?.[1];
    if (number === undefined) {
      throw new Error(
        `${where(file, record, 'la_number')}: value "${record.values.la_number}", expected a 3-digit LA number`,
      );
    }
    if (LAIT_SUB_REGION_NUMBERS.includes(number)) continue;
    const name = record.values.la_and_regions ?? '';
    const areaCode =
      number === LAIT_ENGLAND_NUMBER
        ? ENGLAND.code
        : Number(number) >= LAIT_FIRST_REGION_NUMBER
          ? regionByName.get(normalisedName(name))
          : laByOldCode.get(number);
    if (areaCode === undefined) {
      throw new Error(
        `${where(file, record, 'la_number')}: value "${number}" (${name}), expected an area in the daily or social care files`,
      );
    }
    const summerYear = Number(record.values.years);
    if (!Number.isInteger(summerYear) || summerYear < 2000) {
      throw new Error(
        `${where(file, record, 'years')}: value "${record.values.years}", expected a summer year such as 2025`,
      );
    }
    const [phase, column] = kept;
    const academicYear = academicYearEnding(summerYear);
    const table = years.get(academicYear) ?? new Map();
    const key = `${areaCode} ${phase}`;
    const figures = table.get(key) ?? CENSUS_COLUMNS.map(() => null);
    const index = CENSUS_COLUMNS.indexOf(column);
    if (figures[index] !== null) {
      throw new Error(`${file} line ${record.line}: a second ${measure} for ${name} in ${summerYear}`);
    }
    figures[index] = readFigure(record.values.value ?? '', where(file, record, 'value'));
    table.set(key, figures);
    years.set(academicYear, table);
  }
  return {
    dataset: 'census-absence',
    file,
    sha256: sha256(text),
    origin: spec.origin,
    ...CENSUS_PUBLICATION,
    tables: [...years]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([academicYear, figuresByKey]) => ({
        academicYear,
        period: 'full-year',
        toWeek: null,
        totalBasis: 'pooled-sessions',
        socialCareGroup: null,
        columns: CENSUS_COLUMNS,
        rows: areaRows(
          [...figuresByKey]
            .filter(([, figures]) => figures.some((figure) => figure !== '-' && figure !== null))
            .map(([key, figures]) => {
              const [code, phase] = /** @type {[string, Phase]} */ (key.split(' '));
              return /** @type {Row} */ ([code, phase, ...figures]);
            }),
        ),
      }))
      .filter((table) => table.rows.length > 0),
  };
}

/** @returns {{ source: Source, entries: LaEntry[] }} */
function convertSocialCare(/** @type {string} */ text) {
  const spec = SOCIAL_CARE_FILE;
  const file = spec.file;
  const records = readCsv(text, file, [
    'time_period',
    'time_identifier',
    'geographic_level',
    'absence_terms',
    'social_care_group',
    'phase_type_grouping',
    ...SOCIAL_CARE_COLUMNS.map(([column]) => column),
  ]);
  /** @type {Map<string, Map<string, Row>>} "year group" -> rows */
  const tables = new Map();
  const laEntries = [];
  for (const record of records) {
    expectValue(file, record, 'time_identifier', ['Academic year']);
    expectValue(file, record, 'absence_terms', ['six half terms']);
    const period = record.values.time_period ?? '';
    if (!/^\d{6}$/.test(period) || (Number(period.slice(0, 4)) + 1) % 100 !== Number(period.slice(4))) {
      throw new Error(
        `${where(file, record, 'time_period')}: value "${period}", expected an academic year such as 202425`,
      );
    }
    const group =
      SOCIAL_CARE_GROUPS[expectValue(file, record, 'social_care_group', Object.keys(SOCIAL_CARE_GROUPS))];
    const phase =
      SOCIAL_CARE_PHASES[expectValue(file, record, 'phase_type_grouping', Object.keys(SOCIAL_CARE_PHASES))];
    const areaCode = areaCodeOf(file, record);
    if (record.values.geographic_level === 'Local authority') {
      laEntries.push({
        file,
        areaCode,
        record,
        name: record.values.la_name ?? '',
        oldCode: record.values.old_la_code ?? '',
        regionCode: record.values.region_code ?? '',
      });
    }
    const academicYear = `${period.slice(0, 4)}/${period.slice(4)}`;
    if (phase === null || phase === undefined || areaCode.startsWith('E13')) continue;
    if (academicYear < SOCIAL_CARE_FIRST_ACADEMIC_YEAR) continue;
    const key = `${academicYear} ${group}`;
    const rows = tables.get(key) ?? new Map();
    const figures = SOCIAL_CARE_COLUMNS.map(([column]) =>
      readFigure(record.values[column] ?? '', where(file, record, column)),
    );
    addRow(rows, [areaCode, phase, ...figures], `${file} line ${record.line}`);
    tables.set(key, rows);
  }
  const groupOrder = Object.values(SOCIAL_CARE_GROUPS);
  return {
    source: {
      dataset: 'census-social-care',
      file,
      sha256: sha256(text),
      origin: spec.origin,
      ...SOCIAL_CARE_PUBLICATION,
      tables: [...tables.keys()]
        .map((key) => /** @type {[string, string]} */ (key.split(' ')))
        .sort(
          ([yearA, groupA], [yearB, groupB]) =>
            yearA.localeCompare(yearB) || groupOrder.indexOf(groupA) - groupOrder.indexOf(groupB),
        )
        .map(([academicYear, group]) => ({
          academicYear,
          period: 'full-year',
          toWeek: null,
          totalBasis: 'pooled-sessions',
          socialCareGroup: group,
          columns: SOCIAL_CARE_COLUMNS.map(([, column]) => column),
          rows: areaRows(tables.get(`${academicYear} ${group}`)?.values() ?? []),
        })),
    },
    entries: laEntries,
  };
}

/**
 * England, the nine regions and every LA. An LA is current if the latest daily file has it (its name and
 * region come from there); LAs only in the social care file are former LAs (e.g. Northamptonshire), kept so
 * older census figures still have an area.
 * @param {LaEntry[][]} dailyEntries  oldest file first
 * @param {LaEntry[]} socialCareEntries
 * @param {{ code: string, name: string }[]} dailyRegions
 * @returns {Areas}
 */
function collectAreas(dailyEntries, socialCareEntries, dailyRegions) {
  const regions = new Map(dailyRegions.map((region) => [region.code, region]));
  const latest = new Set((dailyEntries.at(-1) ?? []).map((entry) => entry.areaCode));
  /** @type {Map<string, LocalAuthority>} */
  const localAuthorities = new Map();
  for (const entry of [...socialCareEntries, ...dailyEntries.flat()]) {
    if (!/^\d{3}$/.test(entry.oldCode)) {
      throw new Error(
        `${where(entry.file, entry.record, 'old_la_code')}: value "${entry.oldCode}", expected a 3-digit LA number`,
      );
    }
    const known = localAuthorities.get(entry.areaCode);
    const regionCode = regions.has(entry.regionCode)
      ? entry.regionCode
      : (known?.regionCode ?? entry.regionCode);
    localAuthorities.set(entry.areaCode, {
      code: entry.areaCode,
      oldCode: entry.oldCode,
      name: entry.name,
      regionCode,
      current: latest.has(entry.areaCode),
    });
  }
  for (const la of localAuthorities.values()) {
    if (!regions.has(la.regionCode)) {
      throw new Error(`${la.name} (${la.code}): region ${la.regionCode} is not a region of the daily files`);
    }
  }
  return {
    england: ENGLAND,
    regions: [...regions.values()].sort((a, b) => a.code.localeCompare(b.code)),
    localAuthorities: [...localAuthorities.values()].sort((a, b) => a.code.localeCompare(b.code)),
  };
}

function sha256(/** @type {string} */ text) {
  return createHash('sha256').update(text).digest('hex');
}

/** The SHA-256 of this script, recorded in every module so a script change without a re-run is caught. */
export function generatorSha256() {
  return sha256(readFileSync(SCRIPT_PATH, 'utf8'));
}

const HEADER_PREFIX = '// content-sha256 ';

/**
 * A module's text: the content-hash line, then the content. The content is what the hash covers, so a hand
 * edit shows. Rows go one per line so a re-import's diff shows which areas changed.
 * @param {string} comment
 * @param {string} typeImport
 * @param {string} declaration
 * @param {string} body
 */
function moduleText(comment, typeImport, declaration, body) {
  const content = `// ${comment}\n// Generated by libs/dfe-benchmarks/scripts/import-benchmarks.mjs. Do not edit: re-run the script.\n${typeImport}\n\n${declaration} = ${body};\n`;
  return `${HEADER_PREFIX}${sha256(content)}\n${content}`;
}

/** The hash a module's first line claims and the hash of what follows it (equal unless edited by hand). */
export function moduleHashes(/** @type {string} */ text) {
  const newline = text.indexOf('\n');
  const first = text.slice(0, newline);
  return {
    claimed: first.startsWith(HEADER_PREFIX) ? first.slice(HEADER_PREFIX.length) : null,
    actual: sha256(text.slice(newline + 1)),
  };
}

function renderSource(/** @type {Source} */ source, /** @type {string} */ generator) {
  const { tables, ...about } = source;
  const renderedTables = tables.map((table) => {
    const { rows, ...meta } = table;
    const metaJson = JSON.stringify(meta).slice(0, -1);
    return `${metaJson},"rows":[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]}`;
  });
  const aboutJson = JSON.stringify({ ...about, generatorSha256: generator }).slice(0, -1);
  return moduleText(
    `DfE figures from ${source.file} (Open Government Licence v3.0).`,
    "import type { GeneratedSource } from '../generated-source.types.js';",
    'export const source: GeneratedSource',
    `${aboutJson},"tables":[\n${renderedTables.join(',\n')}\n]}`,
  );
}

function renderAreas(/** @type {Areas} */ areas, /** @type {string} */ generator) {
  const las = areas.localAuthorities.map((la) => JSON.stringify(la)).join(',\n');
  return moduleText(
    'England, regions and local authorities named in the DfE files (Open Government Licence v3.0).',
    "import type { GeneratedAreas } from '../generated-source.types.js';",
    'export const areas: GeneratedAreas',
    `{"generatorSha256":${JSON.stringify(generator)},"england":${JSON.stringify(areas.england)},"regions":${JSON.stringify(areas.regions)},"localAuthorities":[\n${las}\n]}`,
  );
}

function renderIndex(/** @type {string[]} */ modules, /** @type {string} */ generator) {
  const imports = modules.map(
    (module, index) => `import { source as source${index} } from './${module}.js';`,
  );
  return moduleText(
    'Every generated DfE source, in import order.',
    ["import type { GeneratedSource } from '../generated-source.types.js';", ...imports].join('\n'),
    `export { areas } from './areas.js';\nexport const GENERATOR_SHA256 = ${JSON.stringify(generator)};\nexport const sources: readonly GeneratedSource[]`,
    `[${modules.map((_, index) => `source${index}`).join(', ')}]`,
  );
}

/**
 * Every generated module, by file name, from the source files `read` returns. Pure apart from `read`, so a
 * test can run it on fixtures.
 * @param {ReadSource} read
 * @param {string} generator  the SHA-256 of the script to record
 * @returns {Map<string, string>}
 */
export function generateModules(read, generator) {
  const daily = DAILY_ATTENDANCE_FILES.map((spec) => convertDailyAttendance(spec, read(spec.file)));
  const socialCare = convertSocialCare(read(SOCIAL_CARE_FILE.file));
  const areas = collectAreas(
    daily.map((converted) => converted.entries),
    socialCare.entries,
    daily.flatMap((converted) => converted.regions),
  );
  const sources = [
    ...daily.map((converted, index) => ({
      module: DAILY_ATTENDANCE_FILES[index]?.module ?? '',
      source: converted.source,
    })),
    {
      module: PERSISTENT_ABSENCE_BY_WEEK_FILE.module,
      source: convertPersistentAbsenceByWeek(read(PERSISTENT_ABSENCE_BY_WEEK_FILE.file)),
    },
    {
      module: CENSUS_FILE.module,
      source: convertCensus(read(CENSUS_FILE.file), read(CENSUS_FILE.dictionary), areas),
    },
    { module: SOCIAL_CARE_FILE.module, source: socialCare.source },
  ];
  /** @type {Map<string, string>} */
  const modules = new Map();
  modules.set('areas.ts', renderAreas(areas, generator));
  for (const { module, source } of sources) modules.set(`${module}.ts`, renderSource(source, generator));
  modules.set(
    'index.ts',
    renderIndex(
      sources.map(({ module }) => module),
      generator,
    ),
  );
  return modules;
}

function argument(/** @type {string[]} */ args, /** @type {string} */ name, /** @type {string} */ fallback) {
  const index = args.indexOf(name);
  return index === -1 ? fallback : resolve(args[index + 1] ?? fallback);
}

function main(/** @type {string[]} */ args) {
  const sourceDir = argument(args, '--source', DEFAULT_SOURCE_DIR);
  const outDir = argument(args, '--out', DEFAULT_OUT_DIR);
  const modules = generateModules((file) => readFileSync(join(sourceDir, file), 'utf8'), generatorSha256());
  mkdirSync(outDir, { recursive: true });
  for (const stale of readdirSync(outDir)) {
    if (stale.endsWith('.ts') && !modules.has(stale)) rmSync(join(outDir, stale));
  }
  let bytes = 0;
  for (const [name, text] of modules) {
    writeFileSync(join(outDir, name), text);
    bytes += Buffer.byteLength(text);
    console.log(`${name.padEnd(48)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(5)} KiB`);
  }
  console.log(`${modules.size} modules, ${(bytes / 1024).toFixed(0)} KiB, from ${sourceDir} into ${outDir}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === SCRIPT_PATH) {
  main(process.argv.slice(2));
}
