import type {
  AcademicYear,
  BenchmarkDataset,
  BenchmarkFigure,
  BenchmarkPeriod,
  CalendarWeek,
  SocialCareGroup,
  TotalBasis,
} from './benchmark.types.js';

// The shape scripts/import-benchmarks.mjs writes into src/generated/. Only the lookups read it.

/** A figure, or null where the source has no such figure for the row (e.g. LAIT has no authorised rate for Total). */
export type GeneratedFigure = BenchmarkFigure | null;

/** One area: its GSS code, then the figures of Primary, Secondary, Special and Total (null: no row published). */
export type GeneratedAreaRow = readonly [
  areaCode: string,
  primary: readonly GeneratedFigure[] | null,
  secondary: readonly GeneratedFigure[] | null,
  special: readonly GeneratedFigure[] | null,
  total: readonly GeneratedFigure[] | null,
];

export interface GeneratedTable {
  readonly academicYear: AcademicYear;
  readonly period: BenchmarkPeriod;
  readonly toWeek: CalendarWeek | null;
  /** How the file's Total rows were formed (read from the figures by the script); null if it has none. */
  readonly totalBasis: TotalBasis | null;
  readonly socialCareGroup: SocialCareGroup | null;
  /** The names of the figures in each phase's array, in order. */
  readonly columns: readonly string[];
  readonly rows: readonly GeneratedAreaRow[];
}

export interface GeneratedSource {
  readonly dataset: BenchmarkDataset;
  readonly file: string;
  readonly sha256: string;
  /** Where ../shared/benchmarks took the file from: repository @ commit : path. */
  readonly origin: string;
  readonly publication: string;
  readonly url: string;
  readonly generatorSha256: string;
  readonly tables: readonly GeneratedTable[];
}

export interface GeneratedLocalAuthority {
  readonly code: string;
  /** The DfE's 3-digit LA number (`old_la_code`). */
  readonly oldCode: string;
  readonly name: string;
  readonly regionCode: string;
  /** False for an LA that no longer exists (e.g. Northamptonshire), kept for older census figures. */
  readonly current: boolean;
}

export interface GeneratedAreas {
  readonly generatorSha256: string;
  readonly england: { readonly code: string; readonly name: string };
  readonly regions: readonly { readonly code: string; readonly name: string }[];
  readonly localAuthorities: readonly GeneratedLocalAuthority[];
}
