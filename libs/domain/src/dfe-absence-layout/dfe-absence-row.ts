import { DFE_REASON_COLUMNS, type SessionCounts } from '../measures/session-counts.js';
import {
  DFE_ABSENCE_COLUMNS,
  type DfeAbsenceColumnName,
  type DfeAbsenceRow,
  type DfeCountColumnName,
  type DfeFigureColumnName,
  type DfeLabelColumnName,
} from './dfe-absence-columns.js';
import { DfeAbsenceLayoutError } from './dfe-absence-layout-error.js';
import { dfePercent } from './dfe-percent.js';
import { type DfeSymbol, DFE_SYMBOLS, isDfeSymbol } from './dfe-symbols.js';
import {
  DFE_SCHOOL_TYPES,
  DFE_TIME_IDENTIFIERS,
  type DfeCharacteristic,
  type DfeSchoolType,
  type DfeTimeIdentifier,
  dfeTimePeriod,
  isDfeCharacteristic,
} from './dfe-vocabulary.js';

// One group's figures as one row of the DfE absence layout. Every rate is computed here from the unrounded
// counts (never from rounded figures), as the DfE does: session rates over possible sessions, persistent and
// severe absence over enrolments. A rate over nothing (no possible sessions, no enrolments) is `z`, not 0%.
//
// Disclosure symbols: a figure given a symbol is written as that symbol. A rate also takes the symbol of its
// numerator, then of its denominator, when it has none of its own: a rate next to its shown denominator would
// give a suppressed count back (and a rate next to its shown numerator a suppressed denominator).

/** Where the group is: the LA's geography as the DfE codes it. */
export interface DfeArea {
  countryCode: string;
  countryName: string;
  regionCode: string;
  regionName: string;
  oldLaCode: string;
  newLaCode: string;
  laName: string;
}

export interface DfeSchoolLabel {
  urn: string;
  name: string;
}

export interface DfeAbsenceRowLabels {
  /** Start year of the academic year: 2024 for 2024/25 (time_period 202425). */
  academicYearStart: number;
  timeIdentifier: DfeTimeIdentifier;
  area: DfeArea;
  /** The school of a School row; null for a Local authority row. */
  school: DfeSchoolLabel | null;
  schoolType: DfeSchoolType;
  characteristic: DfeCharacteristic;
}

/**
 * A group's counts, in the shape of the domain's `EnrolmentSummary` (which fits as it is): enrolments with at
 * least one possible session, the persistently (10%+) and severely (50%+) absent among them, and the sessions
 * summed over them.
 */
export interface DfeAbsenceGroupCounts {
  enrolments: number;
  persistentlyAbsent: number;
  severelyAbsent: number;
  totals: Pick<SessionCounts, 'possible' | 'authorised' | 'unauthorised' | 'byReason'>;
}

/** A figure column's symbol in place of its value (from the disclosure rules, or `u` for a stale export). */
export type DfeFigureSymbols = Partial<Record<DfeFigureColumnName, DfeSymbol>>;

export interface DfeAbsenceGroup {
  labels: DfeAbsenceRowLabels;
  counts: DfeAbsenceGroupCounts;
  symbols?: DfeFigureSymbols;
}

const FIGURE_COLUMNS: ReadonlySet<string> = new Set(
  DFE_ABSENCE_COLUMNS.filter((column) => column.kind !== 'text').map((column) => column.name),
);

const AUTHORISED_REASONS = DFE_REASON_COLUMNS.filter((column) => column.startsWith('sess_auth_'));
const UNAUTHORISED_REASONS = DFE_REASON_COLUMNS.filter((column) => column.startsWith('sess_unauth_'));

function describeGroup(labels: DfeAbsenceRowLabels): string {
  const place = labels.school
    ? `school ${labels.school.urn}`
    : `local authority ${labels.area.oldLaCode} ${labels.area.laName}`;
  const { topic, breakdown } = labels.characteristic;
  return `DfE absence row for ${place} (${labels.schoolType}, ${topic}: ${breakdown})`;
}

type Check = (field: string, value: unknown, ok: boolean, expected: string) => void;

function checkLabels(labels: DfeAbsenceRowLabels, check: Check): void {
  const { area, school } = labels;
  const text = (field: string, value: unknown) =>
    check(field, value, typeof value === 'string' && value.trim() !== '', 'non-empty text');
  const code = (field: string, value: unknown, pattern: RegExp, expected: string) =>
    check(field, value, typeof value === 'string' && pattern.test(value), expected);

  check(
    'labels.academicYearStart',
    labels.academicYearStart,
    Number.isInteger(labels.academicYearStart) &&
      labels.academicYearStart >= 1900 &&
      labels.academicYearStart <= 9998,
    'the four-digit year the academic year starts in, e.g. 2024',
  );
  check(
    'labels.timeIdentifier',
    labels.timeIdentifier,
    (DFE_TIME_IDENTIFIERS as readonly string[]).includes(labels.timeIdentifier),
    `one of ${DFE_TIME_IDENTIFIERS.join(', ')}`,
  );
  code('labels.area.countryCode', area.countryCode, /^[EKNSW]\d{8}$/, 'an ONS country code, e.g. E92000001');
  text('labels.area.countryName', area.countryName);
  code('labels.area.regionCode', area.regionCode, /^E1[23]\d{6}$/, 'an ONS region code, e.g. E12000006');
  text('labels.area.regionName', area.regionName);
  code('labels.area.oldLaCode', area.oldLaCode, /^\d{3}$/, 'a three-digit DfE LA code, e.g. 935');
  code('labels.area.newLaCode', area.newLaCode, /^E\d{8}$/, 'a nine-character ONS LA code, e.g. E10000029');
  text('labels.area.laName', area.laName);
  if (school !== null) {
    code('labels.school.urn', school.urn, /^\d{6}$/, 'a six-digit URN');
    text('labels.school.name', school.name);
  }
  check(
    'labels.schoolType',
    labels.schoolType,
    (DFE_SCHOOL_TYPES as readonly string[]).includes(labels.schoolType),
    `one of ${DFE_SCHOOL_TYPES.join(', ')}`,
  );
  check(
    'labels.characteristic',
    labels.characteristic,
    isDfeCharacteristic(labels.characteristic),
    'a breakdown_topic and one of its breakdowns from DFE_CHARACTERISTICS',
  );
}

function checkCounts(counts: DfeAbsenceGroupCounts, check: Check): void {
  const { totals } = counts;
  const whole = (field: string, value: unknown) =>
    check(field, value, Number.isSafeInteger(value) && (value as number) >= 0, 'a whole number of 0 or more');
  whole('counts.enrolments', counts.enrolments);
  whole('counts.persistentlyAbsent', counts.persistentlyAbsent);
  whole('counts.severelyAbsent', counts.severelyAbsent);
  whole('counts.totals.possible', totals.possible);
  whole('counts.totals.authorised', totals.authorised);
  whole('counts.totals.unauthorised', totals.unauthorised);
  for (const column of DFE_REASON_COLUMNS) whole(`counts.totals.byReason.${column}`, totals.byReason[column]);

  const sum = (columns: readonly (typeof DFE_REASON_COLUMNS)[number][]) =>
    columns.reduce((total, column) => total + totals.byReason[column], 0);
  check(
    'counts.totals.authorised',
    totals.authorised,
    totals.authorised === sum(AUTHORISED_REASONS),
    `the sum of the sess_auth_* reasons (${sum(AUTHORISED_REASONS)})`,
  );
  check(
    'counts.totals.unauthorised',
    totals.unauthorised,
    totals.unauthorised === sum(UNAUTHORISED_REASONS),
    `the sum of the sess_unauth_* reasons (${sum(UNAUTHORISED_REASONS)})`,
  );
  check(
    'counts.totals.possible',
    totals.possible,
    totals.possible >= totals.authorised + totals.unauthorised,
    `at least authorised + unauthorised (${totals.authorised + totals.unauthorised})`,
  );
  // Each counted enrolment has at least one possible session, and every possible session belongs to one.
  check(
    'counts.enrolments',
    counts.enrolments,
    counts.enrolments <= totals.possible && (totals.possible === 0) === (counts.enrolments === 0),
    `at most the possible sessions (${totals.possible}), and 0 exactly when they are 0`,
  );
  check(
    'counts.persistentlyAbsent',
    counts.persistentlyAbsent,
    counts.persistentlyAbsent <= counts.enrolments,
    `at most enrolments (${counts.enrolments})`,
  );
  check(
    'counts.severelyAbsent',
    counts.severelyAbsent,
    counts.severelyAbsent <= counts.persistentlyAbsent,
    `at most persistentlyAbsent (${counts.persistentlyAbsent}): severe absentees are persistent absentees too`,
  );
}

function checkSymbols(symbols: DfeFigureSymbols, check: Check): void {
  for (const [column, symbol] of Object.entries(symbols)) {
    check('symbols', column, FIGURE_COLUMNS.has(column), 'keys that name count or percent columns');
    if (symbol === undefined) continue;
    check(`symbols.${column}`, symbol, isDfeSymbol(symbol), `one of ${Object.keys(DFE_SYMBOLS).join(', ')}`);
  }
}

function labelCells(labels: DfeAbsenceRowLabels): Record<DfeLabelColumnName, string> {
  const { area, school } = labels;
  return {
    time_period: dfeTimePeriod(labels.academicYearStart),
    time_identifier: labels.timeIdentifier,
    geographic_level: school === null ? 'Local authority' : 'School',
    country_code: area.countryCode,
    country_name: area.countryName,
    region_code: area.regionCode,
    region_name: area.regionName,
    old_la_code: area.oldLaCode,
    new_la_code: area.newLaCode,
    la_name: area.laName,
    school_urn: school?.urn ?? '',
    school_name: school?.name ?? '',
    school_type: labels.schoolType,
    breakdown_topic: labels.characteristic.topic,
    breakdown: labels.characteristic.breakdown,
  };
}

function countValues(counts: DfeAbsenceGroupCounts): Record<DfeCountColumnName, number> {
  const { totals } = counts;
  return {
    enrolments: counts.enrolments,
    sess_possible: totals.possible,
    sess_overall: totals.authorised + totals.unauthorised,
    sess_authorised: totals.authorised,
    sess_unauthorised: totals.unauthorised,
    enrolments_pa_10_exact: counts.persistentlyAbsent,
    enrolments_pa_50_exact: counts.severelyAbsent,
    ...totals.byReason,
  };
}

/**
 * One row of the DfE absence layout for a group, every cell as CSV-ready text. Throws `DfeAbsenceLayoutError`
 * naming the group, the field, its value and what was expected when a label or count is not valid.
 */
export function dfeAbsenceRow(group: DfeAbsenceGroup): DfeAbsenceRow {
  const { labels, counts } = group;
  const symbols = group.symbols ?? {};
  const where = describeGroup(labels);
  const check: Check = (field, value, ok, expected) => {
    if (!ok) throw new DfeAbsenceLayoutError(where, field, value, expected);
  };
  checkLabels(labels, check);
  checkCounts(counts, check);
  checkSymbols(symbols, check);

  const values = countValues(counts);
  const cells: Partial<Record<DfeAbsenceColumnName, string>> = labelCells(labels);
  for (const column of DFE_ABSENCE_COLUMNS) {
    if (column.kind === 'count') {
      cells[column.name] = symbols[column.name] ?? String(values[column.name]);
    } else if (column.kind === 'percent') {
      const denominator = values[column.denominator];
      cells[column.name] =
        symbols[column.name] ??
        symbols[column.numerator] ??
        symbols[column.denominator] ??
        (denominator === 0 ? 'z' : dfePercent(values[column.numerator], denominator));
    }
  }
  return cells as DfeAbsenceRow;
}
