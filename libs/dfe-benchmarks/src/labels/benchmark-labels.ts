import { DFE_BENCHMARKS_ATTRIBUTION } from '../attribution.js';
import type {
  AcademicYear,
  BenchmarkDataset,
  BenchmarkMethod,
  BenchmarkPeriod,
  CalendarWeek,
  Phase,
  SocialCareGroup,
  TotalBasis,
} from '../benchmark.types.js';
import type { GeneratedSource, GeneratedTable } from '../generated-source.types.js';

/** Where a figure was published and where this library took it from. */
export interface BenchmarkSource {
  readonly publisher: 'Department for Education';
  readonly publication: string;
  readonly url: string;
  /** The file in ../shared/benchmarks the figure was imported from. */
  readonly file: string;
  /** Where that file came from: repository @ commit : path. */
  readonly origin: string;
  readonly licence: 'Open Government Licence v3.0';
  readonly attribution: string;
}

/** Everything a screen or export must say next to a figure. */
export interface BenchmarkLabels {
  readonly method: BenchmarkMethod;
  /** "Daily attendance data" or "Annual school census". */
  readonly methodLabel: string;
  readonly academicYear: AcademicYear;
  readonly period: BenchmarkPeriod;
  /** e.g. "Full academic year", "Autumn term", "Year to date (to week 26 of 2026)". */
  readonly periodLabel: string;
  readonly toWeek: CalendarWeek | null;
  /** How the Total was formed; null when the figure is for one phase. */
  readonly totalBasis: TotalBasis | null;
  readonly totalBasisLabel: string | null;
  /** The social care group, for social care figures only. */
  readonly socialCareGroup: SocialCareGroup | null;
  readonly socialCareGroupLabel: string | null;
  readonly source: BenchmarkSource;
  /** One line for a caption: method, year, period, how a Total was formed, publication and file. */
  readonly summary: string;
}

export const METHOD_LABELS: Readonly<Record<BenchmarkMethod, string>> = {
  'daily-attendance': 'Daily attendance data',
  'annual-census': 'Annual school census',
};

export const SOCIAL_CARE_GROUP_LABELS: Readonly<Record<SocialCareGroup, string>> = {
  CIN: 'Children in need at 31 March (not on a child protection plan or looked after)',
  CPP: 'On a child protection plan at 31 March (not looked after)',
  CLA: 'Looked after continuously for 12 months at 31 March',
};

const PERIOD_LABELS: Readonly<Record<BenchmarkPeriod, string>> = {
  'full-year': 'Full academic year',
  'autumn-term': 'Autumn term',
  'spring-term': 'Spring term',
  'summer-term': 'Summer term',
  'year-to-date': 'Year to date',
};

export function periodLabel(period: BenchmarkPeriod, toWeek: CalendarWeek | null): string {
  return toWeek === null
    ? PERIOD_LABELS[period]
    : `${PERIOD_LABELS[period]} (to week ${toWeek.week} of ${toWeek.year})`;
}

export function methodOf(dataset: BenchmarkDataset): BenchmarkMethod {
  return dataset.startsWith('daily-') ? 'daily-attendance' : 'annual-census';
}

function totalBasisLabel(basis: TotalBasis, dataset: BenchmarkDataset): string {
  if (basis === 'phase-rates-weighted-by-census-enrolments') {
    return (
      "Total weights each phase's rate by its census enrolments (its session counts are sums, so a rate " +
      'recomputed from them differs)'
    );
  }
  return dataset === 'census-social-care'
    ? 'Total pools the sessions of all state-funded schools, alternative provision included'
    : 'Total pools the sessions of state-funded primary, secondary and special schools';
}

export function benchmarkLabels(
  source: GeneratedSource,
  table: GeneratedTable,
  phase: Phase,
): BenchmarkLabels {
  const method = methodOf(source.dataset);
  const totalBasis = phase === 'Total' ? table.totalBasis : null;
  const basisLabel = totalBasis === null ? null : totalBasisLabel(totalBasis, source.dataset);
  const group = table.socialCareGroup;
  const groupLabel = group === null ? null : SOCIAL_CARE_GROUP_LABELS[group];
  const period = periodLabel(table.period, table.toWeek);
  const summary = [
    `DfE ${METHOD_LABELS[method].toLowerCase()}, ${table.academicYear}, ${period.toLowerCase()}`,
    groupLabel,
    basisLabel,
    `Source: Department for Education, ${source.publication} (${source.file})`,
  ]
    .filter((part) => part !== null)
    .join('. ');
  return {
    method,
    methodLabel: METHOD_LABELS[method],
    academicYear: table.academicYear,
    period: table.period,
    periodLabel: period,
    toWeek: table.toWeek,
    totalBasis,
    totalBasisLabel: basisLabel,
    socialCareGroup: group,
    socialCareGroupLabel: groupLabel,
    source: {
      publisher: 'Department for Education',
      publication: source.publication,
      url: source.url,
      file: source.file,
      origin: source.origin,
      licence: 'Open Government Licence v3.0',
      attribution: DFE_BENCHMARKS_ATTRIBUTION,
    },
    summary: `${summary}.`,
  };
}
